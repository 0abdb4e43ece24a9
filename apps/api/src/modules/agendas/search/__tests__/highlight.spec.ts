import { findAll, snippetOf } from '../highlight';

describe('findAll', () => {
  it('finds every occurrence, case-insensitively, Unicode included', () => {
    expect(findAll('Death penalty: DEATH sentences', 'death')).toEqual([
      { start: 0, length: 5 },
      { start: 15, length: 5 },
    ]);
    expect(findAll('Tibet: ÉCOLES et écoles', 'écoles')).toEqual([
      { start: 7, length: 6 },
      { start: 17, length: 6 },
    ]);
  });

  it('takes regular-expression characters literally', () => {
    expect(findAll('Quota of 50%_ (a) .* x', '50%_')).toEqual([{ start: 9, length: 4 }]);
    expect(findAll('Quota of 50%_ (a) .* x', '(a)')).toEqual([{ start: 14, length: 3 }]);
    expect(findAll('Quota of 50%_ (a) .* x', '.*')).toEqual([{ start: 18, length: 2 }]);
    expect(findAll('anything', '')).toEqual([]);
  });
});

describe('snippetOf', () => {
  it('keeps a short text whole, whitespace folded, with the highlights', () => {
    expect(snippetOf('Ask about  the reform\nof detention.', 'REFORM')).toEqual({
      text: 'Ask about the reform of detention.',
      highlights: [{ start: 14, length: 6 }],
    });
    expect(snippetOf('   ', 'x')).toBeNull();
  });

  it('cuts a long text between words around the first match, marking the cuts', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`);
    words[80] = 'evictions';
    const snippet = snippetOf(words.join(' '), 'Evictions', 120)!;
    expect(snippet.text.startsWith('…word')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    const [h] = snippet.highlights;
    expect(snippet.text.slice(h.start, h.start + h.length)).toBe('evictions');
    // Whole words only at both ends.
    expect(snippet.text).toMatch(/^…word\d+ .* word\d+…$/);
  });

  it('starts at the beginning when nothing matches', () => {
    const text = 'x'.repeat(50) + ' ' + 'y'.repeat(300);
    const snippet = snippetOf(text, 'zzz', 100)!;
    expect(snippet.text.startsWith('xxx')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights).toEqual([]);
  });
});
