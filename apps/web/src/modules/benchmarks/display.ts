import {
  ASSESSMENT_SCORES,
  ASSESSMENT_STATUSES,
  BENCHMARK_KINDS,
  TREND_DIRECTIONS,
  type AssessmentStatus,
  type BenchmarkConflictKind,
  type BenchmarkConflictStatus,
  type BenchmarkKind,
  type TrendDirection,
} from '@berne/domain';

export type StatusLabelKey = `benchmarks.statuses.${AssessmentStatus}` | 'benchmarks.statuses.none';

export function statusLabelKey(status: AssessmentStatus | null | undefined): StatusLabelKey {
  return status ? `benchmarks.statuses.${status}` : 'benchmarks.statuses.none';
}

export function kindLabelKey(kind: BenchmarkKind): `benchmarks.kinds.${BenchmarkKind}` {
  return `benchmarks.kinds.${kind}`;
}

export function trendLabelKey(direction: TrendDirection): `benchmarks.trends.${TrendDirection}` {
  return `benchmarks.trends.${direction}`;
}

export function conflictKindLabelKey(
  kind: BenchmarkConflictKind,
): `benchmarks.conflictKinds.${BenchmarkConflictKind}` {
  return `benchmarks.conflictKinds.${kind}`;
}

export function conflictStatusLabelKey(
  status: BenchmarkConflictStatus,
): `benchmarks.conflictStatuses.${BenchmarkConflictStatus}` {
  return `benchmarks.conflictStatuses.${status}`;
}

export function isBenchmarkKind(value: string): value is BenchmarkKind {
  return (BENCHMARK_KINDS as readonly string[]).includes(value);
}

export function isAssessmentStatus(value: string): value is AssessmentStatus {
  return (ASSESSMENT_STATUSES as readonly string[]).includes(value);
}

export function isTrendDirection(value: string): value is TrendDirection {
  return (TREND_DIRECTIONS as readonly string[]).includes(value);
}

/**
 * Heat-map and badge backgrounds, light enough for the dark text written on them (≥ 7:1 with
 * #212529). Colour is never the only sign: every cell also says the status and the number.
 */
export const STATUS_BACKGROUNDS: Record<AssessmentStatus, string> = {
  REGRESSED: '#f5c2c7',
  NO_PROGRESS: '#fcd9bd',
  LIMITED: '#fff3bf',
  SUBSTANTIAL: '#d3f0d8',
  ACHIEVED: '#a3dbb0',
};
export const NOT_ASSESSED_BACKGROUND = '#f1f3f5';
export const CELL_TEXT = '#212529';

/** An arrow beside the trend's name (the name is what screen readers and the colour-blind get). */
export function trendIcon(direction: TrendDirection): string {
  switch (direction) {
    case 'IMPROVING':
      return '↗';
    case 'WORSENING':
      return '↘';
    case 'STABLE':
      return '→';
    case 'INSUFFICIENT_DATA':
      return '·';
  }
}

/** A score or average on the 0–4 scale with at most one decimal, in the reader's language. */
export function formatScore(value: number, language: 'en' | 'fr'): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(value);
}

export interface HeatCellInput {
  medianStatus: AssessmentStatus;
  average: number;
  count: number;
}

/**
 * What one heat-map cell says: the median status's name and the average score, e.g.
 * "Limited progress 2.3"; the full sentence (with the number of assessments) is for the title
 * and screen readers.
 */
export function heatCellLabel(
  cell: HeatCellInput | null | undefined,
  statusName: (status: AssessmentStatus) => string,
  language: 'en' | 'fr',
): { short: string; score: string | null; background: string } {
  if (!cell || cell.count === 0) {
    return { short: '—', score: null, background: NOT_ASSESSED_BACKGROUND };
  }
  return {
    short: statusName(cell.medianStatus),
    score: formatScore(cell.average, language),
    background: STATUS_BACKGROUNDS[cell.medianStatus],
  };
}

/** The y axis of the trend chart: one tick per status, 0 (regressed) to 4 (achieved). */
export const SCORE_TICKS = ASSESSMENT_STATUSES.map((status) => ASSESSMENT_SCORES[status]);

export function statusOfTick(score: number): AssessmentStatus | null {
  return ASSESSMENT_STATUSES.find((status) => ASSESSMENT_SCORES[status] === score) ?? null;
}

export interface TrendPointInput {
  date: string;
  score: number;
  status: AssessmentStatus;
}

export interface PartnerLineInput {
  partnerCode: string;
  points: readonly TrendPointInput[];
}

/** One row per date: the date and each partner's score that day (the latest of the day wins). */
export type ChartRow = { date: string } & Record<string, number | string>;

/** The trend chart's data: dates in order, one column per partner (absent on days it did not assess). */
export function chartRows(lines: readonly PartnerLineInput[]): ChartRow[] {
  const byDate = new Map<string, ChartRow>();
  for (const line of lines) {
    for (const point of line.points) {
      const row = byDate.get(point.date) ?? { date: point.date };
      row[line.partnerCode] = point.score;
      byDate.set(point.date, row);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export interface ImportErrorInput {
  row: number;
  column: string;
  message: string;
}

/** The import report's problems in file order: by row, then column (as the CSV lays them out). */
export function sortedImportErrors<T extends ImportErrorInput>(
  errors: readonly T[],
  columnOrder: readonly string[],
): T[] {
  const position = (column: string) => {
    const index = columnOrder.indexOf(column);
    return index < 0 ? columnOrder.length : index;
  };
  return [...errors].sort(
    (a, b) =>
      a.row - b.row ||
      position(a.column) - position(b.column) ||
      a.message.localeCompare(b.message),
  );
}

export interface ImportReportInput {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  errors: readonly ImportErrorInput[];
}

export type ImportOutcome = 'invalid' | 'ready' | 'imported';

/** Where an import stands: bad rows, a clean dry run (ready to import), or done. */
export function importOutcome(report: ImportReportInput): ImportOutcome {
  if (!report.ok || report.errors.length > 0) return 'invalid';
  return report.dryRun ? 'ready' : 'imported';
}

/** Rows with at least one problem. */
export function badRowCount(errors: readonly ImportErrorInput[]): number {
  return new Set(errors.map((e) => e.row)).size;
}

/** Days to a deadline as words' keys: "in 12 days", "today", "30 days late". */
export function deadlineKey(
  daysLeft: number,
): 'benchmarks.deadline.inDays' | 'benchmarks.deadline.today' | 'benchmarks.deadline.late' {
  if (daysLeft === 0) return 'benchmarks.deadline.today';
  return daysLeft > 0 ? 'benchmarks.deadline.inDays' : 'benchmarks.deadline.late';
}
