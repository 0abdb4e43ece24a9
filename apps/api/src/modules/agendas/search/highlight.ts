/** A stretch of a string: `length` UTF-16 code units from `start`. */
export interface TextRange {
  start: number;
  length: number;
}

export interface Snippet {
  text: string;
  highlights: TextRange[];
}

const ELLIPSIS = '…';
/** How far a cut may move back to fall between words. */
const WORD_SLACK = 24;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of `query` in `text`, case-insensitively (Unicode case folding). */
export function findAll(text: string, query: string): TextRange[] {
  if (!query) return [];
  const out: TextRange[] = [];
  for (const match of text.matchAll(new RegExp(escapeRegExp(query), 'giu'))) {
    out.push({ start: match.index ?? 0, length: match[0].length });
  }
  return out;
}

/**
 * A short extract of `text` around the first occurrence of `query` (or its beginning), cut
 * between words, with "…" where it was cut, and where `query` occurs in it. Plain text and
 * offsets — never markup — so a client can highlight without injecting HTML. Null when `text` is
 * empty.
 */
export function snippetOf(text: string, query: string, width = 200): Snippet | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const first = findAll(clean, query)[0];
  let start = 0;
  if (first && clean.length > width) {
    // Some context before the match, more after it.
    start = Math.max(0, Math.min(first.start - Math.floor(width / 4), clean.length - width));
    const space = clean.lastIndexOf(' ', start);
    if (start > 0 && space >= 0 && start - space <= WORD_SLACK) start = space + 1;
    if (clean[start] === ' ') start++;
  }
  let end = Math.min(clean.length, start + width);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    const keep = first ? first.start + first.length : start;
    if (space > keep && end - space <= WORD_SLACK) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const body = clean.slice(start, end).trimEnd();
  const suffix = end < clean.length ? ELLIPSIS : '';
  return {
    text: `${prefix}${body}${suffix}`,
    highlights: findAll(body, query).map((r) => ({ ...r, start: r.start + prefix.length })),
  };
}
