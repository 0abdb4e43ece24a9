import { CombinedGraphQLErrors } from '@apollo/client/errors';

export const COMMENT_MAX = 4000;
export const QUOTE_MAX = 500;

export type CommentProblem =
  | 'bodyRequired'
  | 'bodyTooLong'
  | 'anchorGone'
  | 'badAnchor'
  | 'cannotMention'
  | 'tooManyMentions'
  | 'resolvedReadOnly';

export type CommentProblemKey = `notes.comments.problems.${CommentProblem}`;

export function commentProblemKey(problem: CommentProblem): CommentProblemKey {
  return `notes.comments.problems.${problem}`;
}

/** The text a thread quotes: the selection on one line, cut to what the API keeps. */
export function quoteOf(selected: string): string {
  const text = selected.replace(/\s+/g, ' ').trim();
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : text;
}

/** The API's rules for a comment, checked before sending. */
export function checkCommentBody(raw: string): CommentProblem | null {
  const body = raw.trim();
  if (!body) return 'bodyRequired';
  if (body.length > COMMENT_MAX) return 'bodyTooLong';
  return null;
}

type Fields = Record<string, unknown>;

/**
 * The problem a BAD_USER_INPUT answer names through `extensions.fields` (with the names of people
 * who cannot be mentioned). A reply refused without fields means the thread was resolved meanwhile.
 */
export function commentProblemOf(
  error: unknown,
  action: 'start' | 'reply',
): { problem: CommentProblem; names?: string[] } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (e.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = (e.extensions['fields'] ?? {}) as Fields;
    const first = (key: string) => {
      const value = fields[key];
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
    };
    const body = first('body');
    if (body?.[0] === 'required') return { problem: 'bodyRequired' };
    if (body?.[0] === 'too long') return { problem: 'bodyTooLong' };
    const anchor = first('anchorStart');
    if (anchor?.[0] === 'not in the note') return { problem: 'anchorGone' };
    if (anchor || first('quote')) return { problem: 'badAnchor' };
    const mentions = first('mentionUserIds');
    if (mentions?.[0] === 'too many') return { problem: 'tooManyMentions' };
    if (mentions) return { problem: 'cannotMention', names: mentions };
    if (action === 'reply' && Object.keys(fields).length === 0) {
      return { problem: 'resolvedReadOnly' };
    }
  }
  return null;
}

/**
 * Threads in the order of their text in the note; those whose text is gone (detached) come last,
 * oldest first, as the API lists them.
 */
export function threadsInTextOrder<T extends { id: string }>(
  threads: readonly T[],
  positions: ReadonlyMap<string, number>,
): T[] {
  const located = threads.filter((t) => positions.has(t.id));
  const detached = threads.filter((t) => !positions.has(t.id));
  located.sort((a, b) => (positions.get(a.id) ?? 0) - (positions.get(b.id) ?? 0));
  return [...located, ...detached];
}
