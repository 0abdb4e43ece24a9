import en from '../en.json';
import fr from '../fr.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

const english = flatten(en as Tree);
const french = flatten(fr as Tree);

describe('translation files', () => {
  it('have exactly the same keys in English and French', () => {
    const onlyEnglish = [...english.keys()].filter((k) => !french.has(k));
    const onlyFrench = [...french.keys()].filter((k) => !english.has(k));
    expect(onlyEnglish).toEqual([]);
    expect(onlyFrench).toEqual([]);
    expect(english.size).toBeGreaterThan(100);
  });

  it('have no empty strings', () => {
    const empty = [...english, ...french]
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const mismatched = [...english.keys()].filter(
      (key) =>
        placeholders(english.get(key) ?? '').join() !== placeholders(french.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translate the visible sentences (French differs from English)', () => {
    // Proper names and words spelled alike in both languages may stay identical; sentences may not.
    const untranslated = [...english.keys()].filter((key) => {
      const value = english.get(key) ?? '';
      return value.split(' ').length > 3 && value === french.get(key);
    });
    expect(untranslated).toEqual([]);
  });

  it('name the application and its not-built notice in both languages', () => {
    expect(english.get('app.name')).toBe('Berne Process');
    expect(english.get('notBuilt.body')).toBe('Not built yet — scheduled in a later release.');
    expect(french.get('notBuilt.body')).toMatch(/prévu/);
  });
});
