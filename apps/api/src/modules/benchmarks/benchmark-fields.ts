import { DateTime } from 'luxon';
import { UPR_CYCLE_MAX } from '@berne/domain';
import { isCalendarDate } from '../meetings/action-items/due-date';
import {
  ARTICLE_MAX,
  BenchmarkErrors,
  DESCRIPTION_MAX,
  INDICATOR_MAX,
  INDICATORS_MAX,
  OBJECTIVE_TITLE_MAX,
  STATEMENT_MAX,
  YEAR_MAX,
  YEAR_MIN,
} from './benchmarks.errors';

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;
/** Control characters other than tab and line breaks (PostgreSQL refuses NUL in text). */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of text: whitespace runs (line breaks included) become one space. */
const oneLine = (raw: string) => raw.replace(/\s+/g, ' ').replace(CONTROL_CHARS, '').trim();

/*
 * Field rules shared by the GraphQL mutations and the CSV import: each returns the clean value or
 * throws the AppError whose sentence the import report repeats for the cell.
 */

export function cleanStatement(raw: string): string {
  const statement = oneLine(raw);
  if (!statement) throw BenchmarkErrors.statementEmpty();
  if (statement.length > STATEMENT_MAX) throw BenchmarkErrors.statementTooLong();
  return statement;
}

export function cleanLongText(
  raw: string | null | undefined,
  max = DESCRIPTION_MAX,
  tooLong: () => Error = BenchmarkErrors.descriptionTooLong,
): string {
  const text = (raw ?? '').replace(STRAY_CONTROL_CHARS, '').trim();
  if (text.length > max) throw tooLong();
  return text;
}

export function checkDate(raw: string, field: string): string {
  const text = raw.trim();
  if (!isCalendarDate(text)) throw BenchmarkErrors.badDate(field, text);
  const year = Number(text.slice(0, 4));
  if (year < YEAR_MIN || year > YEAR_MAX) throw BenchmarkErrors.dateOutOfRange(field);
  return text;
}

export function cleanArticle(raw: string | null | undefined): string | null {
  const article = oneLine(raw ?? '');
  if (!article) return null;
  if (article.length > ARTICLE_MAX) throw BenchmarkErrors.articleTooLong();
  return article;
}

export function checkUprCycle(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > UPR_CYCLE_MAX) {
    throw BenchmarkErrors.badUprCycle(value);
  }
  return value;
}

export function cleanIndicators(raw: readonly string[]): string[] {
  const indicators = raw.map(oneLine).filter(Boolean);
  if (indicators.length > INDICATORS_MAX) throw BenchmarkErrors.tooManyIndicators();
  if (indicators.some((i) => i.length > INDICATOR_MAX)) throw BenchmarkErrors.indicatorTooLong();
  return indicators;
}

export function cleanObjectiveTitle(raw: string): string {
  const title = oneLine(raw);
  if (!title) throw BenchmarkErrors.objectiveTitleEmpty();
  if (title.length > OBJECTIVE_TITLE_MAX) throw BenchmarkErrors.objectiveTitleTooLong();
  return title;
}

/** Today's date in UTC, YYYY-MM-DD: deadlines are compared the same way from Canberra to Washington. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days')
      .days,
  );
}

/** The date `months` calendar months after `date` (clamped to the month's end, as luxon does). */
export function addMonths(date: string, months: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months }).toISODate()!;
}

/** "12 months", "6 months and 1 day": the calendar distance from `from` to `to` (`from` ≤ `to`). */
export function durationText(from: string, to: string): string {
  const { months, days } = DateTime.fromISO(to, { zone: 'utc' })
    .diff(DateTime.fromISO(from, { zone: 'utc' }), ['months', 'days'])
    .toObject();
  const m = Math.floor(months ?? 0);
  const d = Math.round(days ?? 0);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (m === 0) return plural(d, 'day');
  return d ? `${plural(m, 'month')} and ${plural(d, 'day')}` : plural(m, 'month');
}
