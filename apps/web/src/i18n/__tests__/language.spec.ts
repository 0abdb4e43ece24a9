import {
  LANGUAGE_STORAGE_KEY,
  isLanguage,
  readStoredLanguage,
  resolveLanguage,
  storeLanguage,
} from '../language';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('language choice', () => {
  it('prefers the stored choice over the browser', () => {
    expect(resolveLanguage('fr', ['en-GB'])).toBe('fr');
    expect(resolveLanguage('en', ['fr-CH'])).toBe('en');
  });

  it('falls back to the first supported browser language, then English', () => {
    expect(resolveLanguage(null, ['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(resolveLanguage(undefined, ['FR'])).toBe('fr');
    expect(resolveLanguage('es', ['de-DE', 'hu'])).toBe('en');
    expect(resolveLanguage(null)).toBe('en');
  });

  it('recognises only supported languages', () => {
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('stores and reads the choice under one key', () => {
    const storage = memoryStorage();
    storeLanguage(storage, 'fr');
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('fr');
    expect(readStoredLanguage(storage)).toBe('fr');
  });

  it('survives storage that throws (private browsing)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredLanguage(broken)).toBeNull();
    expect(() => storeLanguage(broken, 'en')).not.toThrow();
    expect(readStoredLanguage(undefined)).toBeNull();
  });
});
