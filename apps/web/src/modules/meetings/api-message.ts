import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Codes whose sentence is written for the user (what to fix), not an internal detail. */
const SPOKEN_CODES = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN']);

/**
 * The API's own sentence for a mistake the user can act on ("The end must be after the start."),
 * or null for other failures, which are shown from their code alone.
 */
export function apiSentence(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const spoken = error.errors.find((e) => SPOKEN_CODES.has(String(e.extensions?.['code'] ?? '')));
  return spoken?.message?.trim() || null;
}
