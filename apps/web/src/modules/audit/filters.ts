export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_OUTCOMES = ['SUCCESS', 'FAILURE', 'DENIED'] as const;
export type AuditOutcomeValue = (typeof AUDIT_OUTCOMES)[number];

/** What the filter form holds: plain strings, dates as `YYYY-MM-DD` from `<input type="date">`. */
export interface AuditFilterForm {
  action: string;
  actorEmail: string;
  outcome: AuditOutcomeValue | '';
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = {
  action: '',
  actorEmail: '',
  outcome: '',
  from: '',
  to: '',
};

export interface AuditFilterInput {
  action?: string;
  actorEmail?: string;
  outcome?: AuditOutcomeValue;
  from?: string;
  to?: string;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start (or the last millisecond at the end) of a calendar day in the reader's zone, as ISO UTC. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string | undefined {
  const match = DATE_PATTERN.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const value =
    edge === 'start'
      ? new Date(year, month, date, 0, 0, 0, 0)
      : new Date(year, month, date, 23, 59, 59, 999);
  if (Number.isNaN(value.getTime()) || value.getMonth() !== month) return undefined;
  return value.toISOString();
}

/** Turns the form into the `AuditFilter` input, leaving out empty fields. */
export function buildAuditFilter(form: AuditFilterForm): AuditFilterInput {
  const filter: AuditFilterInput = {};
  const action = form.action.trim();
  const actorEmail = form.actorEmail.trim();
  if (action) filter.action = action;
  if (actorEmail) filter.actorEmail = actorEmail;
  if (form.outcome) filter.outcome = form.outcome;
  const from = dayBoundary(form.from, 'start');
  const to = dayBoundary(form.to, 'end');
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** A "to" day before the "from" day can match nothing: say so rather than show an empty table. */
export function isDateRangeInverted(form: Pick<AuditFilterForm, 'from' | 'to'>): boolean {
  const from = dayBoundary(form.from, 'start');
  const to = dayBoundary(form.to, 'end');
  return Boolean(from && to && from > to);
}

export function pageOffset(page: number, pageSize = AUDIT_PAGE_SIZE): number {
  return Math.max(0, Math.floor(page) - 1) * pageSize;
}

export function pageCount(total: number, pageSize = AUDIT_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** 1-based inclusive range shown as "51–100 of 230". */
export function pageRange(
  page: number,
  total: number,
  pageSize = AUDIT_PAGE_SIZE,
): { first: number; last: number } {
  if (total === 0) return { first: 0, last: 0 };
  const first = pageOffset(page, pageSize) + 1;
  return { first, last: Math.min(total, first + pageSize - 1) };
}
