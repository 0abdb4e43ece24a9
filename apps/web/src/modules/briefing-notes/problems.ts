import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A mistake in a note form, found before sending or named by the API in `extensions.fields`. */
export type NoteProblem =
  | 'titleRequired'
  | 'titleTooLong'
  | 'titleOneLine'
  | 'unknownThemes'
  | 'ownerRequired'
  | 'wouldLoseAccess'
  | 'restrictWithoutAccess'
  | 'restrictedToPublic'
  | 'unchanged';

export type NoteField = 'title' | 'themes' | 'classification' | 'ownerPartner';

export type NoteProblemKey = `notes.problems.${NoteProblem}`;

export function noteProblemKey(problem: NoteProblem): NoteProblemKey {
  return `notes.problems.${problem}`;
}

export const NOTE_TITLE_MAX = 200;

/** The form field a problem belongs to, so the message appears next to it. */
export const PROBLEM_FIELDS: Record<NoteProblem, NoteField> = {
  titleRequired: 'title',
  titleTooLong: 'title',
  titleOneLine: 'title',
  unknownThemes: 'themes',
  ownerRequired: 'ownerPartner',
  wouldLoseAccess: 'classification',
  restrictWithoutAccess: 'classification',
  restrictedToPublic: 'classification',
  unchanged: 'classification',
};

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** The same title rules as the API, checked before sending. */
export function checkTitle(raw: string): NoteProblem | null {
  const title = raw.trim();
  if (!title) return 'titleRequired';
  if (title.length > NOTE_TITLE_MAX) return 'titleTooLong';
  if (CONTROL_CHARS.test(title)) return 'titleOneLine';
  return null;
}

type Fields = Record<string, unknown>;

function problemOfFields(fields: Fields): NoteProblem | null {
  const first = (key: string): string | undefined => {
    const value = fields[key];
    return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
  };
  const title = first('title');
  if (title === 'required') return 'titleRequired';
  if (title === 'too long') return 'titleTooLong';
  if (title === 'control characters') return 'titleOneLine';
  if (first('themeCodes') !== undefined) return 'unknownThemes';
  if (first('ownerPartner') !== undefined) return 'ownerRequired';
  const classification = first('classification');
  if (classification === 'you would lose access') return 'wouldLoseAccess';
  if (classification === 'RESTRICTED to PUBLIC') return 'restrictedToPublic';
  if (classification === 'unchanged') return 'unchanged';
  if (first('namedReaderIds') === 'include yourself') return 'restrictWithoutAccess';
  return null;
}

/**
 * The form problem a BAD_USER_INPUT answer names through `extensions.fields`, if any. Other
 * errors (FORBIDDEN, NETWORK_ERROR…) are shown by ErrorAlert from their code.
 */
export function noteProblemOf(error: unknown): NoteProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions['fields'];
    if (fields && typeof fields === 'object') {
      const problem = problemOfFields(fields as Fields);
      if (problem) return problem;
    }
  }
  return null;
}
