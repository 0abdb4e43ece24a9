/**
 * Error codes put in GraphQL `extensions.code` and in REST error bodies.
 * The web app maps each to a translated sentence; the API also sends an English sentence.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'ACCOUNT_DISABLED',
  'SESSION_EXPIRED',
  'WEAK_PASSWORD',
  'EMAIL_TAKEN',
  'INVALID_TOKEN',
  'QUERY_TOO_COMPLEX',
  /** The record's state does not allow this any more (sealed, already done). */
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
