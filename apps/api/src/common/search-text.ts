import type { PipeTransform } from '@nestjs/common';
import { Transform } from 'class-transformer';

/*
 * Text typed into a search or a filter reaches SQL as a parameter, and PostgreSQL refuses NUL in
 * one ("invalid byte sequence"): without this, a stray "\u0000" turned a search into an internal
 * error on PostgreSQL where SQLite simply found nothing. Control characters mean nothing in a
 * search, so they are dropped silently rather than refused: the search runs on what is left.
 */

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/** For a LIKE pattern with ESCAPE '\\': % and _ (and the escape character) match themselves. */
export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The text without control characters (line breaks and tabs included). */
export const withoutControlChars = (raw: string): string => raw.replace(CONTROL_CHARS, '');

/**
 * One line of text: whitespace runs (tabs, line breaks) become one space, so they still separate
 * search words; other control characters are dropped; the ends are trimmed.
 */
export const oneLine = (raw: string | null | undefined): string =>
  withoutControlChars((raw ?? '').replace(/\s+/g, ' ')).trim();

const mapStrings = (value: unknown, clean: (raw: string) => string): unknown => {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? clean(v) : v));
  return value;
};

/**
 * On an `@InputType` field of free search text: made `oneLine` by the global ValidationPipe before
 * validation, so the length limit applies to what is searched. The resolver's argument must be
 * typed `filter?: TheInput`, not `TheInput | null`: a union reflects as Object, and the pipe then
 * skips the input altogether (no transform, no validation).
 */
export const SearchText = (): PropertyDecorator =>
  Transform(({ value }) => mapStrings(value, oneLine));

/** On an `@InputType` field holding a code or a list of codes to filter by (e.g. theme codes). */
export const FilterCodes = (): PropertyDecorator =>
  Transform(({ value }) => mapStrings(value, withoutControlChars));

/** `@Args('themeCode', FilterCodesPipe)`: the same for a plain argument (a code or a list). */
export const FilterCodesPipe: PipeTransform = {
  transform: (value: unknown) => mapStrings(value, withoutControlChars),
};
