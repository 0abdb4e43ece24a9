import type { CaseAnswerKind } from '@berne/domain';
import { answerTotals, answersByYear, kindsPresent } from '../answers-chart';
import { CHART_ANSWER_ORDER } from '../display';

const raising = (raisedOn: string, answerKind: CaseAnswerKind) => ({ raisedOn, answerKind });

describe('answers by year (the chart of the case list)', () => {
  it('counts each kind of answer per year raised, across all the listed cases', () => {
    const rows = answersByYear([
      { raisings: [raising('2023-01-20', 'REFUSED'), raising('2024-05-10', 'PARTIAL')] },
      { raisings: [raising('2023-01-20', 'NONE'), raising('2024-06-13', 'REFUSED')] },
      { raisings: [raising('2024-05-10', 'PARTIAL'), raising('2024-11-05', 'AWAITED')] },
      { raisings: [] },
    ]);
    expect(rows).toEqual([
      { year: '2023', total: 2, AWAITED: 0, NONE: 1, PARTIAL: 0, FULL: 0, REFUSED: 1 },
      { year: '2024', total: 4, AWAITED: 1, NONE: 0, PARTIAL: 2, FULL: 0, REFUSED: 1 },
    ]);
  });

  it('keeps the years without raisings between the first and the last, at zero', () => {
    const rows = answersByYear([
      { raisings: [raising('2025-03-01', 'FULL'), raising('2022-03-01', 'NONE')] },
    ]);
    expect(rows.map((r) => [r.year, r.total])).toEqual([
      ['2022', 1],
      ['2023', 0],
      ['2024', 0],
      ['2025', 1],
    ]);
  });

  it('has no bars without raisings, and ignores malformed dates', () => {
    expect(answersByYear([])).toEqual([]);
    expect(answersByYear([{ raisings: [raising('20-1-2024', 'FULL')] }])).toEqual([]);
  });

  it('totals the rows and lists only the kinds that occur, in the chart’s order', () => {
    const rows = answersByYear([
      { raisings: [raising('2024-01-01', 'AWAITED'), raising('2024-02-01', 'FULL')] },
      { raisings: [raising('2025-01-01', 'FULL')] },
    ]);
    expect(answerTotals(rows)).toMatchObject({ total: 3, FULL: 2, AWAITED: 1, NONE: 0 });
    expect(kindsPresent(rows, CHART_ANSWER_ORDER)).toEqual(['FULL', 'AWAITED']);
  });
});
