import { ERROR_CODES, type ErrorCode } from '@berne/domain';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** Codes the web app can show: the API's codes plus failures that never reached the API. */
export type UiErrorCode = ErrorCode | 'NETWORK_ERROR';

export const UI_ERROR_CODES: readonly UiErrorCode[] = [...ERROR_CODES, 'NETWORK_ERROR'];

export type ErrorMessageKey = `errors.${UiErrorCode}`;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The translation key of the sentence shown for a code. */
export function errorMessageKey(code: UiErrorCode): ErrorMessageKey {
  return `errors.${code}`;
}

/** Every error code carried by a GraphQL error, in order; unknown codes are dropped. */
export function graphQLErrorCodes(error: unknown): ErrorCode[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => e.extensions?.['code']).filter(isErrorCode);
}

/**
 * Reduces any error an Apollo operation can produce to one code for the user.
 * GraphQL errors keep their `extensions.code` (the API promises one from ERROR_CODES); transport
 * failures become NETWORK_ERROR; anything else is an internal error.
 */
export function errorCodeOf(error: unknown): UiErrorCode {
  if (error == null) return 'INTERNAL_SERVER_ERROR';
  if (CombinedGraphQLErrors.is(error)) {
    return graphQLErrorCodes(error)[0] ?? 'INTERNAL_SERVER_ERROR';
  }
  if (ServerError.is(error)) {
    // A 4xx/5xx with a GraphQL body (e.g. CSRF prevention, query limits) still names a code.
    const code = codeFromBody(error.bodyText);
    if (code) return code;
    return error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
  }
  if (ServerParseError.is(error)) return 'INTERNAL_SERVER_ERROR';
  if (error instanceof TypeError) return 'NETWORK_ERROR'; // fetch() rejects with TypeError offline
  return 'INTERNAL_SERVER_ERROR';
}

function codeFromBody(bodyText: string | undefined): ErrorCode | undefined {
  if (!bodyText) return undefined;
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: { code?: unknown } }[] };
    return body.errors?.map((e) => e.extensions?.code).find(isErrorCode);
  } catch {
    return undefined;
  }
}

/** The session is gone: the user must sign in again. */
export function isSessionLost(error: unknown): boolean {
  return graphQLErrorCodes(error).some(
    (code) => code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED',
  );
}
