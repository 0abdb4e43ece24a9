import {
  AUDIT_PAGE_SIZE,
  EMPTY_AUDIT_FILTER,
  buildAuditFilter,
  dayBoundary,
  isDateRangeInverted,
  pageCount,
  pageOffset,
  pageRange,
} from '../filters';

describe('audit log filters', () => {
  it('sends nothing for an empty form', () => {
    expect(buildAuditFilter(EMPTY_AUDIT_FILTER)).toEqual({});
  });

  it('trims text and keeps chosen fields only', () => {
    expect(
      buildAuditFilter({
        ...EMPTY_AUDIT_FILTER,
        action: ' auth.login ',
        actorEmail: ' eu.diplomat@berne.example',
        outcome: 'DENIED',
      }),
    ).toEqual({
      action: 'auth.login',
      actorEmail: 'eu.diplomat@berne.example',
      outcome: 'DENIED',
    });
  });

  it('turns calendar days into the whole local day, in UTC', () => {
    const filter = buildAuditFilter({
      ...EMPTY_AUDIT_FILTER,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(filter.from).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).toISOString());
    expect(filter.to).toBe(new Date(2026, 2, 31, 23, 59, 59, 999).toISOString());
  });

  it('ignores malformed or impossible dates', () => {
    expect(dayBoundary('2026-02-30', 'start')).toBeUndefined();
    expect(dayBoundary('01/03/2026', 'start')).toBeUndefined();
    expect(dayBoundary('', 'end')).toBeUndefined();
  });

  it('spots an end date before the start date', () => {
    expect(isDateRangeInverted({ from: '2026-03-02', to: '2026-03-01' })).toBe(true);
    expect(isDateRangeInverted({ from: '2026-03-01', to: '2026-03-01' })).toBe(false);
    expect(isDateRangeInverted({ from: '', to: '2026-03-01' })).toBe(false);
  });
});

describe('audit log pagination', () => {
  it('pages by 50', () => {
    expect(AUDIT_PAGE_SIZE).toBe(50);
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(3)).toBe(100);
    expect(pageOffset(0)).toBe(0);
  });

  it('counts pages, with at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(230)).toBe(5);
  });

  it('describes the visible range', () => {
    expect(pageRange(1, 0)).toEqual({ first: 0, last: 0 });
    expect(pageRange(1, 230)).toEqual({ first: 1, last: 50 });
    expect(pageRange(5, 230)).toEqual({ first: 201, last: 230 });
  });
});
