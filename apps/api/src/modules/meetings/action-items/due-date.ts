import type { ActionStatus } from '@berne/domain';

/** Statuses of work still to be done. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS'];

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A sanity bound: dates outside it are typing mistakes, not plans. */
export const DUE_YEAR_MIN = 1990;
export const DUE_YEAR_MAX = 2100;

/** Whether `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Today's date in UTC, YYYY-MM-DD. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/**
 * The overdue rule: an item is overdue when it is still open (OPEN or IN_PROGRESS) and its due
 * date is before today's date in UTC. A due date means "by the end of that day", so an item due
 * today is not overdue yet; UTC keeps the answer the same for readers from Canberra to Washington
 * (and in SQL, where dates are compared as YYYY-MM-DD strings).
 */
export function isOverdue(
  item: { status: ActionStatus; dueDate: string },
  now: Date = new Date(),
): boolean {
  return OPEN_ACTION_STATUSES.includes(item.status) && item.dueDate < todayUtc(now);
}
