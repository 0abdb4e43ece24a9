import { NulCharacterPipe, withoutNulCharacters } from '../nul-character.pipe';

class TitleInput {
  title = 'Brief\u0000ing';
  themeCodes = ['DEATH_PENALTY\u0000', 'TORTURE_PREVENTION'];
  nested = { note: '\u0000a\u0000b\u0000', count: 3, when: new Date(0) };
}

describe('withoutNulCharacters', () => {
  it('drops NUL from strings, in lists and in objects, in place', () => {
    const input = new TitleInput();
    const cleaned = withoutNulCharacters(input);
    expect(cleaned).toBe(input);
    expect(cleaned).toBeInstanceOf(TitleInput);
    expect(cleaned.title).toBe('Briefing');
    expect(cleaned.themeCodes).toEqual(['DEATH_PENALTY', 'TORTURE_PREVENTION']);
    expect(cleaned.nested).toEqual({ note: 'ab', count: 3, when: new Date(0) });
  });

  it('keeps every other character, control characters included (fields decide on those)', () => {
    const text = 'Tab\there, line\nbreak, bell \u0007, 汉字, emoji 🕊️';
    expect(withoutNulCharacters(text)).toBe(text);
    expect(withoutNulCharacters(`${text}\u0000`)).toBe(text);
  });

  it('leaves bytes, numbers, booleans and null alone', () => {
    const bytes = new Uint8Array([0, 1, 0]);
    expect(withoutNulCharacters(bytes)).toBe(bytes);
    expect(Array.from(bytes)).toEqual([0, 1, 0]);
    for (const value of [0, 1.5, true, false, null, undefined]) {
      expect(withoutNulCharacters(value)).toBe(value);
    }
  });

  it('visits each object once and stops at a depth no input type reaches (a cycle cannot hang it)', () => {
    const cyclic: Record<string, unknown> = { name: 'a\u0000' };
    cyclic.self = cyclic;
    expect(() => withoutNulCharacters(cyclic)).not.toThrow();
    expect(cyclic.name).toBe('a');
  });

  it('is what the global pipe does to what callers send, not to what the server supplies', () => {
    const pipe = new NulCharacterPipe();
    expect(pipe.transform('note\u0000id', { type: 'body' })).toBe('noteid');
    expect(pipe.transform({ q: 'a\u0000' }, { type: 'query' })).toEqual({ q: 'a' });
    // A parameter decorator's value (the principal, the request) is not the caller's input.
    const request = { cookie: 'x\u0000', self: {} as unknown };
    request.self = request;
    expect(pipe.transform(request, { type: 'custom' })).toBe(request);
    expect(request.cookie).toBe('x\u0000');
  });
});
