import i18next from 'i18next';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES } from '@berne/domain';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import {
  UI_ERROR_CODES,
  errorCodeOf,
  errorMessageKey,
  graphQLErrorCodes,
  isSessionLost,
} from '../error-messages';

function graphQLError(...codes: (string | undefined)[]) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: codes.map((code) => ({
      message: `server says ${code}`,
      extensions: code ? { code } : {},
    })),
  });
}

describe('error code to message', () => {
  const i18n = i18next.createInstance();

  beforeAll(async () => {
    await i18n.init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: 'en',
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
  });

  it.each(['en', 'fr'] as const)('has a sentence for every domain error code in %s', (language) => {
    const t = i18n.getFixedT(language);
    for (const code of UI_ERROR_CODES) {
      const key = errorMessageKey(code);
      expect(i18n.exists(key, { lng: language, fallbackLng: false })).toBe(true);
      const message = t(key);
      expect(message).not.toBe(key);
      expect(message.length).toBeGreaterThan(10);
    }
  });

  it('covers ERROR_CODES exactly, plus the network failure', () => {
    expect(UI_ERROR_CODES).toEqual([...ERROR_CODES, 'NETWORK_ERROR']);
    expect(Object.keys(en.errors).sort()).toEqual([...UI_ERROR_CODES].sort());
    expect(Object.keys(fr.errors).sort()).toEqual([...UI_ERROR_CODES].sort());
  });

  it('gives different sentences for different codes', () => {
    for (const messages of [en.errors, fr.errors]) {
      const values = Object.values(messages);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('says plainly when the credentials are wrong, in both languages', () => {
    expect(i18n.getFixedT('en')(errorMessageKey('INVALID_CREDENTIALS'))).toBe(
      'The email address or password is incorrect.',
    );
    expect(i18n.getFixedT('fr')(errorMessageKey('INVALID_CREDENTIALS'))).toMatch(/incorrect/);
  });
});

describe('errorCodeOf', () => {
  it.each(ERROR_CODES.map((code) => [code]))('reads %s from extensions.code', (code) => {
    expect(errorCodeOf(graphQLError(code))).toBe(code);
  });

  it('uses the first known code when a response carries several errors', () => {
    expect(errorCodeOf(graphQLError('SOMETHING_ELSE', 'TOO_MANY_ATTEMPTS', 'FORBIDDEN'))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    expect(graphQLErrorCodes(graphQLError('FORBIDDEN', undefined, 'NOT_FOUND'))).toEqual([
      'FORBIDDEN',
      'NOT_FOUND',
    ]);
  });

  it('treats unknown or missing codes as an internal error', () => {
    expect(errorCodeOf(graphQLError('GRAPHQL_VALIDATION_FAILED'))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCodeOf(graphQLError(undefined))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCodeOf(new Error('boom'))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCodeOf(undefined)).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reports a failed fetch as a network error', () => {
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('NETWORK_ERROR');
  });

  it('reads the code from the body of an HTTP error response', () => {
    const bodyText = JSON.stringify({
      errors: [{ message: 'slow down', extensions: { code: 'TOO_MANY_ATTEMPTS' } }],
    });
    const error = new ServerError('Response not successful', {
      response: new Response(bodyText, { status: 429 }),
      bodyText,
    });
    expect(errorCodeOf(error)).toBe('TOO_MANY_ATTEMPTS');
    const opaque = new ServerError('Bad gateway', {
      response: new Response('<html>', { status: 502 }),
      bodyText: '<html>',
    });
    expect(errorCodeOf(opaque)).toBe('INTERNAL_SERVER_ERROR');
  });

  it('knows when the session is gone', () => {
    expect(isSessionLost(graphQLError('UNAUTHENTICATED'))).toBe(true);
    expect(isSessionLost(graphQLError('SESSION_EXPIRED'))).toBe(true);
    expect(isSessionLost(graphQLError('FORBIDDEN'))).toBe(false);
    expect(isSessionLost(new TypeError('offline'))).toBe(false);
  });
});
