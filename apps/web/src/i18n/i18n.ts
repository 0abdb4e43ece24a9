import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import {
  isLanguage,
  readStoredLanguage,
  resolveLanguage,
  storeLanguage,
  type Language,
} from './language';

export const resources = {
  en: { translation: en },
  fr: { translation: fr },
} as const;

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

/** Starts i18next with the stored or browser language and keeps `<html lang>` and storage in step. */
export function initI18n(): typeof i18next {
  const language = resolveLanguage(
    readStoredLanguage(browserStorage()),
    navigator.languages ?? [navigator.language],
  );
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', (next) => {
    applyDocumentLanguage(next);
    if (isLanguage(next)) storeLanguage(browserStorage(), next);
  });
  return i18next;
}

export function currentLanguage(language: string | undefined): Language {
  return isLanguage(language) ? language : 'en';
}
