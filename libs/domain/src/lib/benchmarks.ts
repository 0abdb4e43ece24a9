/**
 * Benchmarks (seed rec. 8): objectives and preconditions with time limits, held by partners and
 * assessed over time so that trends, not isolated results, are visible; suspension criteria
 * (rec. 2a) are tracked the same way. Shared by the API and the web app; no runtime dependencies.
 */

/** What a benchmark is for its holder (rec. 8a: objectives, which may also be preconditions). */
export const BENCHMARK_KINDS = ['OBJECTIVE', 'PRECONDITION', 'SUSPENSION_CRITERION'] as const;
export type BenchmarkKind = (typeof BENCHMARK_KINDS)[number];

/** The fixed assessment scale, worst first. */
export const ASSESSMENT_STATUSES = [
  'REGRESSED',
  'NO_PROGRESS',
  'LIMITED',
  'SUBSTANTIAL',
  'ACHIEVED',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The ordinal value of each status (0 = regressed … 4 = achieved), used for trends and averages. */
export const ASSESSMENT_SCORES: Readonly<Record<AssessmentStatus, number>> = {
  REGRESSED: 0,
  NO_PROGRESS: 1,
  LIMITED: 2,
  SUBSTANTIAL: 3,
  ACHIEVED: 4,
};

/** The status nearest to an average or median score (ties go to the better status). */
export function statusOfScore(score: number): AssessmentStatus {
  const index = Math.min(4, Math.max(0, Math.floor(score + 0.5)));
  return ASSESSMENT_STATUSES[index];
}

/**
 * Two assessments are opposite when one is on the good side of LIMITED (substantial, achieved) and
 * the other on the bad side (regressed, no progress).
 */
export const POSITIVE_STATUSES: readonly AssessmentStatus[] = ['SUBSTANTIAL', 'ACHIEVED'];
export const NEGATIVE_STATUSES: readonly AssessmentStatus[] = ['REGRESSED', 'NO_PROGRESS'];

export const TREND_DIRECTIONS = ['IMPROVING', 'STABLE', 'WORSENING', 'INSUFFICIENT_DATA'] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** How many of the latest points a trend looks at. */
export const TREND_WINDOW = 4;
/** Slope (scale steps per point) from which a trend counts as improving or worsening. */
export const TREND_THRESHOLD = 0.25;

export interface Trend {
  direction: TrendDirection;
  /** Least-squares slope over the window, in scale steps per point (2 decimals); null below 2 points. */
  slope: number | null;
  /** Last score minus first score within the window; null below 2 points. */
  change: number | null;
  /** Mean score within the window (2 decimals); null without points. */
  average: number | null;
  /** Points used (at most `window`). */
  count: number;
  window: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The trend of a series of scores in chronological order, over its last `window` points: the
 * least-squares slope against the point's position, IMPROVING at or above +TREND_THRESHOLD,
 * WORSENING at or below −TREND_THRESHOLD, STABLE in between; fewer than two points say nothing.
 */
export function computeTrend(scores: readonly number[], window = TREND_WINDOW): Trend {
  const points = scores.slice(-window);
  const n = points.length;
  const average = n ? round2(points.reduce((a, b) => a + b, 0) / n) : null;
  if (n < 2) {
    return { direction: 'INSUFFICIENT_DATA', slope: null, change: null, average, count: n, window };
  }
  const meanX = (n - 1) / 2;
  const meanY = points.reduce((a, b) => a + b, 0) / n;
  let cov = 0;
  let varX = 0;
  points.forEach((y, x) => {
    cov += (x - meanX) * (y - meanY);
    varX += (x - meanX) ** 2;
  });
  const slope = round2(cov / varX);
  const direction: TrendDirection =
    slope >= TREND_THRESHOLD ? 'IMPROVING' : slope <= -TREND_THRESHOLD ? 'WORSENING' : 'STABLE';
  return {
    direction,
    slope,
    change: round2(points[n - 1] - points[0]),
    average,
    count: n,
    window,
  };
}

/** Conflict flags between partners' benchmarks (rec. 8d: no tangle of inconsistent objectives). */
export const BENCHMARK_CONFLICT_KINDS = [
  /** The same aligned objective with target dates more than DEADLINE_GAP_MONTHS apart. */
  'DEADLINE_GAP',
  /** The same aligned objective held as different kinds (an objective for one, a precondition for another). */
  'KIND_MISMATCH',
  /** Opposite assessments of the same objective by two partners in the same half-year. */
  'OPPOSITE_ASSESSMENTS',
  /** An aligned objective that no partner holds (any more). */
  'NO_HOLDER',
] as const;
export type BenchmarkConflictKind = (typeof BENCHMARK_CONFLICT_KINDS)[number];

/** OPEN: holds and unresolved; RESOLVED: a partner explained it with a note; CLEARED: no longer holds. */
export const BENCHMARK_CONFLICT_STATUSES = ['OPEN', 'RESOLVED', 'CLEARED'] as const;
export type BenchmarkConflictStatus = (typeof BENCHMARK_CONFLICT_STATUSES)[number];

export const DEADLINE_GAP_MONTHS = 6;
/** Deadlines this close (in days) are "upcoming" on the dashboard. */
export const UPCOMING_DEADLINE_DAYS = 90;

/** The half-year a calendar date (YYYY-MM-DD) falls in: "2025-H1" or "2025-H2". */
export function halfYearOf(date: string): string {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** Treaty bodies and special procedures a benchmark can refer to (rec. 9), besides its instrument. */
export const UN_MECHANISMS = [
  { code: 'HUMAN_RIGHTS_COMMITTEE', name: 'Human Rights Committee (ICCPR)' },
  { code: 'CESCR', name: 'Committee on Economic, Social and Cultural Rights' },
  { code: 'COMMITTEE_AGAINST_TORTURE', name: 'Committee against Torture' },
  { code: 'CERD', name: 'Committee on the Elimination of Racial Discrimination' },
  { code: 'CEDAW', name: 'Committee on the Elimination of Discrimination against Women' },
  { code: 'CRC', name: 'Committee on the Rights of the Child' },
  {
    code: 'ILO_SUPERVISORY_BODIES',
    name: 'ILO Committee of Experts / Committee on Freedom of Association',
  },
  { code: 'SR_TORTURE', name: 'Special Rapporteur on torture' },
  {
    code: 'SR_FREEDOM_OF_EXPRESSION',
    name: 'Special Rapporteur on freedom of opinion and expression',
  },
  { code: 'SR_FREEDOM_OF_RELIGION', name: 'Special Rapporteur on freedom of religion or belief' },
  { code: 'SR_HUMAN_RIGHTS_DEFENDERS', name: 'Special Rapporteur on human rights defenders' },
  {
    code: 'SR_INDEPENDENCE_OF_JUDGES',
    name: 'Special Rapporteur on the independence of judges and lawyers',
  },
  { code: 'SR_ADEQUATE_HOUSING', name: 'Special Rapporteur on adequate housing' },
  {
    code: 'SR_EXTRAJUDICIAL_EXECUTIONS',
    name: 'Special Rapporteur on extrajudicial, summary or arbitrary executions',
  },
  { code: 'WG_ARBITRARY_DETENTION', name: 'Working Group on Arbitrary Detention' },
  { code: 'HIGH_COMMISSIONER', name: 'UN High Commissioner for Human Rights' },
] as const;
export type UnMechanism = (typeof UN_MECHANISMS)[number]['code'];

/** China's Universal Periodic Review cycles so far: 2009, 2013, 2018, 2024. */
export const UPR_CYCLE_MAX = 9;

/**
 * Columns of the benchmark CSV, in export order. Import needs `kind`, `statement` and `holder`;
 * `themes` are codes separated by ";", `indicators` one per line; `withdrawn_on` is informational
 * (withdrawing happens in the portal) and ignored on import.
 */
export const BENCHMARK_CSV_COLUMNS = [
  'id',
  'kind',
  'statement',
  'description',
  'holder',
  'target_date',
  'themes',
  'un_instrument',
  'un_article',
  'un_mechanism',
  'upr_cycle',
  'classification',
  'aligned_objective',
  'indicators',
  'withdrawn_on',
] as const;
export type BenchmarkCsvColumn = (typeof BENCHMARK_CSV_COLUMNS)[number];
