import {
  CASE_LIMITS,
  CASE_REFERENCE_PATTERN,
  VULNERABLE_GROUPS,
  type VulnerableGroup,
} from '@berne/domain';
import { oneLine } from '../../common/search-text';
import { isCalendarDate } from '../meetings/action-items/due-date';
import { todayUtc } from '../benchmarks/benchmark-fields';
import { CaseErrors } from './cases.errors';

/** Control characters other than tab and line breaks (PostgreSQL refuses NUL in text). */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/*
 * Field rules of the cases feature. The sentences never repeat what was typed: a mistyped field
 * may hold a name, and error messages travel further than the record.
 */

/** One line of text: whitespace runs (line breaks included) become one space. */
export function cleanLine(
  raw: string | null | undefined,
  field: string,
  max: number = CASE_LIMITS.shortText,
): string {
  const text = oneLine(raw);
  if (text.length > max) throw CaseErrors.tooLong(field, max);
  return text;
}

export function cleanText(
  raw: string | null | undefined,
  field: string,
  max: number = CASE_LIMITS.text,
): string {
  const text = (raw ?? '').replace(STRAY_CONTROL_CHARS, '').trim();
  if (text.length > max) throw CaseErrors.tooLong(field, max);
  return text;
}

export function cleanName(raw: string | null | undefined): string {
  const name = cleanLine(raw, 'name', CASE_LIMITS.name);
  if (!name) throw CaseErrors.nameEmpty();
  return name;
}

export function cleanReference(raw: string): string {
  const reference = raw.trim().toUpperCase();
  if (!CASE_REFERENCE_PATTERN.test(reference)) throw CaseErrors.badReference();
  return reference;
}

export function checkBirthYear(value: number | null | undefined, now = new Date()): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1900 || value > now.getUTCFullYear()) {
    throw CaseErrors.badBirthYear();
  }
  return value;
}

/** A past or present calendar date (YYYY-MM-DD), or null when empty and allowed. */
export function checkPastDate(
  raw: string | null | undefined,
  field: string,
  now = new Date(),
): string | null {
  const text = (raw ?? '').trim();
  if (!text) return null;
  if (!isCalendarDate(text) || Number(text.slice(0, 4)) < 1900) throw CaseErrors.badDate(field);
  if (text > todayUtc(now)) throw CaseErrors.futureDate(field);
  return text;
}

export function cleanGroups(raw: readonly string[]): VulnerableGroup[] {
  return [...new Set(raw)].filter((g): g is VulnerableGroup =>
    (VULNERABLE_GROUPS as readonly string[]).includes(g),
  );
}
