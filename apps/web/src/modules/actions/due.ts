import { ACTION_STATUSES, type ActionStatus } from '@berne/domain';

/** Work still to be done. */
export function isOpenStatus(status: ActionStatus): boolean {
  return status === 'OPEN' || status === 'IN_PROGRESS';
}

export function isActionStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value);
}

export function actionStatusLabelKey(status: ActionStatus): `actions.statuses.${ActionStatus}` {
  return `actions.statuses.${status}`;
}

/** Today's date in UTC, YYYY-MM-DD: the API's overdue rule counts in UTC for every capital alike. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** How an item's due date reads: the API's `overdue` decides; the days are for the sentence. */
export type DueState =
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  | { kind: 'upcoming'; days: number }
  | { kind: 'closed' };

export function dueState(
  item: { status: ActionStatus; dueDate: string; overdue: boolean },
  now: Date = new Date(),
): DueState {
  if (!isOpenStatus(item.status)) return { kind: 'closed' };
  const days = daysBetween(todayUtc(now), item.dueDate);
  if (item.overdue) return { kind: 'overdue', days: Math.max(1, -days) };
  if (days <= 0) return { kind: 'today' };
  return { kind: 'upcoming', days };
}

/** Overdue first (longest overdue first), then open by due date, then done and dropped ones. */
export function sortForAttention<
  T extends { status: ActionStatus; dueDate: string; overdue: boolean; id: string },
>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.overdue ? 0 : isOpenStatus(item.status) ? 1 : 2);
  return [...items].sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    // Closed ones keep the API's order (most recently changed first).
    if (rank(a) === 2) return 0;
    return a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id);
  });
}

/** Checks a due date typed as YYYY-MM-DD (the API's format); a real calendar date. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
