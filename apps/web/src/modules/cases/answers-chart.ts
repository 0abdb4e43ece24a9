import { CASE_ANSWER_KINDS, type CaseAnswerKind } from '@berne/domain';

export interface RaisingForChart {
  raisedOn: string;
  answerKind: CaseAnswerKind;
}

/** One bar of the chart: a year and how many raisings of that year got each kind of answer. */
export type AnswerYearRow = { year: string; total: number } & Record<CaseAnswerKind, number>;

const YEAR = /^(\d{4})-\d{2}-\d{2}$/;

function emptyRow(year: string): AnswerYearRow {
  const row = { year, total: 0 } as AnswerYearRow;
  for (const kind of CASE_ANSWER_KINDS) row[kind] = 0;
  return row;
}

/**
 * What came back, year by year (the year the case was raised), across the listed cases. Years
 * without raisings between the first and the last are kept, at zero, so that the axis does not
 * suggest a steady series where there were gaps. Raisings with a malformed date are left out.
 */
export function answersByYear(
  cases: readonly { raisings: readonly RaisingForChart[] }[],
): AnswerYearRow[] {
  const byYear = new Map<number, AnswerYearRow>();
  for (const c of cases) {
    for (const raising of c.raisings) {
      const match = YEAR.exec(raising.raisedOn);
      if (!match) continue;
      const year = Number(match[1]);
      const row = byYear.get(year) ?? emptyRow(String(year));
      row[raising.answerKind] += 1;
      row.total += 1;
      byYear.set(year, row);
    }
  }
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: AnswerYearRow[] = [];
  for (let year = first; year <= last; year++) {
    rows.push(byYear.get(year) ?? emptyRow(String(year)));
  }
  return rows;
}

/** Totals per answer kind over all the rows (the table's last line). */
export function answerTotals(rows: readonly AnswerYearRow[]): AnswerYearRow {
  const totals = emptyRow('');
  for (const row of rows) {
    for (const kind of CASE_ANSWER_KINDS) totals[kind] += row[kind];
    totals.total += row.total;
  }
  return totals;
}

/** The kinds that occur at least once, in the given order (so the legend lists no empty series). */
export function kindsPresent(
  rows: readonly AnswerYearRow[],
  order: readonly CaseAnswerKind[],
): CaseAnswerKind[] {
  return order.filter((kind) => rows.some((row) => row[kind] > 0));
}
