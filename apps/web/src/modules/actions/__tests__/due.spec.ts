import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import { daysBetween, dueState, isCalendarDate, sortForAttention, todayUtc } from '../due';

const NOW = new Date('2027-03-10T23:30:00Z');

const item = (
  id: string,
  dueDate: string,
  status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED',
  overdue: boolean,
) => ({
  id,
  dueDate,
  status,
  overdue,
});

describe('overdue display', () => {
  it('counts days in UTC, like the API (an item due today is not overdue)', () => {
    expect(todayUtc(NOW)).toBe('2027-03-10');
    expect(daysBetween('2027-03-10', '2027-03-07')).toBe(-3);
    expect(dueState(item('a', '2027-03-07', 'OPEN', true), NOW)).toEqual({
      kind: 'overdue',
      days: 3,
    });
    expect(dueState(item('b', '2027-03-10', 'IN_PROGRESS', false), NOW)).toEqual({ kind: 'today' });
    expect(dueState(item('c', '2027-03-12', 'OPEN', false), NOW)).toEqual({
      kind: 'upcoming',
      days: 2,
    });
  });

  it('trusts the API’s overdue flag and never calls finished work overdue', () => {
    expect(dueState(item('d', '2027-03-01', 'DONE', false), NOW)).toEqual({ kind: 'closed' });
    expect(dueState(item('e', '2027-03-01', 'DROPPED', false), NOW)).toEqual({ kind: 'closed' });
    // The API's clock may already be past midnight UTC when ours is not: its answer wins, at least 1 day.
    expect(dueState(item('f', '2027-03-10', 'OPEN', true), NOW)).toEqual({
      kind: 'overdue',
      days: 1,
    });
  });

  it('says it in words in both languages', () => {
    expect(en.actions.due.overdue_other.replace('{{count}}', '3')).toBe('Overdue by 3 days');
    expect(fr.actions.due.overdue_other.replace('{{count}}', '3')).toBe('En retard de 3 jours');
  });

  it('puts overdue work first, then open by due date, then finished work in the API’s order', () => {
    const sorted = sortForAttention([
      item('done-late', '2027-01-01', 'DONE', false),
      item('open-later', '2027-04-01', 'OPEN', false),
      item('overdue-recent', '2027-03-08', 'OPEN', true),
      item('dropped', '2027-02-01', 'DROPPED', false),
      item('overdue-old', '2027-02-20', 'IN_PROGRESS', true),
      item('open-soon', '2027-03-11', 'IN_PROGRESS', false),
    ]);
    expect(sorted.map((i) => i.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'open-soon',
      'open-later',
      'done-late',
      'dropped',
    ]);
  });

  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2027-02-30')).toBe(false);
    expect(isCalendarDate('28/02/2027')).toBe(false);
  });
});
