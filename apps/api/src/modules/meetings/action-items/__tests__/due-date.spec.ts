import { isCalendarDate, isOverdue, todayUtc } from '../due-date';

describe('due dates', () => {
  it.each(['2026-02-28', '2028-02-29', '2000-02-29', '2027-12-31', '2026-01-01'])(
    'accepts %s',
    (d) => expect(isCalendarDate(d)).toBe(true),
  );

  it.each([
    '2026-02-30',
    '2027-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '31/12/2026',
    '2026-12-31T00:00',
    '',
  ])('refuses %s', (d) => expect(isCalendarDate(d)).toBe(false));

  it('uses the UTC date: late evening in Washington is already tomorrow', () => {
    expect(todayUtc(new Date('2026-11-27T23:30:00-05:00'))).toBe('2026-11-28');
  });

  it('is overdue only while open and after the due day has ended (UTC)', () => {
    const now = new Date('2026-11-27T10:00:00Z');
    expect(isOverdue({ status: 'OPEN', dueDate: '2026-11-26' }, now)).toBe(true);
    expect(isOverdue({ status: 'IN_PROGRESS', dueDate: '2026-11-26' }, now)).toBe(true);
    expect(isOverdue({ status: 'OPEN', dueDate: '2026-11-27' }, now)).toBe(false);
    expect(isOverdue({ status: 'DONE', dueDate: '2020-01-01' }, now)).toBe(false);
    expect(isOverdue({ status: 'DROPPED', dueDate: '2020-01-01' }, now)).toBe(false);
  });
});
