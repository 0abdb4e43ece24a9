import {
  ASSESSMENT_SCORES,
  computeTrend,
  halfYearOf,
  statusOfScore,
  type AssessmentStatus,
  type PartnerCode,
  type Trend,
} from '@berne/domain';

/** What the trend and heat-map arithmetic needs of an (effective) assessment. */
export interface ScoredAssessment {
  id: string;
  benchmarkId: string;
  partnerCode: PartnerCode;
  date: string;
  status: AssessmentStatus;
  meetingId: string | null;
  recordedAt: Date;
}

export interface TrendView extends Trend {
  latestStatus: AssessmentStatus | null;
  latestDate: string | null;
  explanation: string;
}

/** Oldest first: by date, then by when it was recorded. */
export const chronological = <T extends ScoredAssessment>(rows: readonly T[]): T[] =>
  [...rows].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.recordedAt.getTime() - b.recordedAt.getTime() ||
      a.id.localeCompare(b.id),
  );

export const scoreOf = (status: AssessmentStatus) => ASSESSMENT_SCORES[status];

const STATUS_WORDS: Record<AssessmentStatus, string> = {
  REGRESSED: 'regressed',
  NO_PROGRESS: 'no progress',
  LIMITED: 'limited',
  SUBSTANTIAL: 'substantial',
  ACHIEVED: 'achieved',
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** One sentence a reader can check against the numbers. */
export function explainTrend(trend: Trend, unit: string, first?: number, last?: number): string {
  if (trend.count === 0) return 'Not assessed yet.';
  if (trend.slope === null) return `Only one ${unit} so far: no trend yet.`;
  const word =
    trend.direction === 'IMPROVING'
      ? 'Improving'
      : trend.direction === 'WORSENING'
        ? 'Worsening'
        : 'Stable';
  const span =
    first !== undefined && last !== undefined
      ? `, from ${STATUS_WORDS[statusOfScore(first)]} (${first}) to ${STATUS_WORDS[statusOfScore(last)]} (${last})`
      : '';
  return `${word} over the last ${trend.count} ${unit}s${span}: ${signed(trend.slope)} steps per ${unit} on the 0–4 scale (average ${trend.average}).`;
}

/** A trend over a series of scores, with its explanation. */
export function trendOf(
  scores: readonly number[],
  unit: string,
  latest: { status: AssessmentStatus; date: string } | null,
): TrendView {
  const trend = computeTrend(scores);
  const window = scores.slice(-trend.window);
  return {
    ...trend,
    latestStatus: latest?.status ?? null,
    latestDate: latest?.date ?? null,
    explanation: explainTrend(trend, unit, window[0], window[window.length - 1]),
  };
}

/** One line per partner on a benchmark's chart, and its trend over the last assessments. */
export function partnerTrends(effective: readonly ScoredAssessment[]) {
  const byPartner = new Map<PartnerCode, ScoredAssessment[]>();
  for (const a of chronological(effective)) {
    byPartner.set(a.partnerCode, [...(byPartner.get(a.partnerCode) ?? []), a]);
  }
  return [...byPartner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([partnerCode, rows]) => {
      const last = rows[rows.length - 1];
      return {
        partnerCode,
        points: rows.map((a) => ({
          assessmentId: a.id,
          date: a.date,
          status: a.status,
          score: scoreOf(a.status),
          meetingId: a.meetingId,
        })),
        trend: trendOf(
          rows.map((a) => scoreOf(a.status)),
          'assessment',
          { status: last.status, date: last.date },
        ),
      };
    });
}

/** Each partner's latest assessment of each benchmark within a group of assessments. */
export function latestPerPartner<T extends ScoredAssessment>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const a of chronological(rows)) latest.set(`${a.benchmarkId}|${a.partnerCode}`, a);
  return [...latest.values()];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round2 = (n: number) => Math.round(n * 100) / 100;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * A benchmark's overall trend: per half-year, the mean of each partner's latest status in it;
 * the trend over the last half-years that have assessments.
 */
export function overallTrend(effective: readonly ScoredAssessment[]): TrendView {
  const byPeriod = new Map<string, ScoredAssessment[]>();
  for (const a of effective) {
    const p = halfYearOf(a.date);
    byPeriod.set(p, [...(byPeriod.get(p) ?? []), a]);
  }
  const series = [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, rows]) => round2(mean(latestPerPartner(rows).map((a) => scoreOf(a.status)))));
  const ordered = chronological(effective);
  const last = ordered[ordered.length - 1];
  return trendOf(series, 'half-year', last ? { status: last.status, date: last.date } : null);
}

/** The latest of some assessments, the holder's own first (the holder judges its own benchmark). */
export function holderLatest(
  effective: readonly ScoredAssessment[],
  holder: PartnerCode,
): ScoredAssessment | null {
  const ordered = chronological(effective);
  const own = ordered.filter((a) => a.partnerCode === holder);
  return own[own.length - 1] ?? ordered[ordered.length - 1] ?? null;
}

export interface HeatCell {
  meetingId: string;
  count: number;
  benchmarkCount: number;
  average: number;
  median: number;
  medianStatus: AssessmentStatus;
}

/** Averages and medians of each partner's latest assessment per benchmark, round by round. */
export function heatCells(
  byRound: ReadonlyMap<string, readonly ScoredAssessment[]>,
  roundOrder: readonly string[],
): HeatCell[] {
  const cells: HeatCell[] = [];
  for (const meetingId of roundOrder) {
    const rows = byRound.get(meetingId);
    if (!rows?.length) continue;
    const latest = latestPerPartner(rows);
    const scores = latest.map((a) => scoreOf(a.status));
    const med = median(scores);
    cells.push({
      meetingId,
      count: latest.length,
      benchmarkCount: new Set(latest.map((a) => a.benchmarkId)).size,
      average: round2(mean(scores)),
      median: med,
      medianStatus: statusOfScore(med),
    });
  }
  return cells;
}

export interface RoundPeriod {
  meetingId: string;
  /** The round's own (local) date. */
  date: string;
  /** First date counted for it. */
  periodStart: string;
}

/** How far back a round reaches for assessments not made at a meeting (when rounds are sparse). */
export const ROUND_REACH_DAYS = 365;

/**
 * The round an assessment counts for: the round it was made at, if that is a round; otherwise the
 * first round on or after its date — the one it was prepared for — provided the date is within
 * that round's period (after the previous round, and at most a year before).
 */
export function roundOf(a: ScoredAssessment, rounds: readonly RoundPeriod[]): string | null {
  if (a.meetingId && rounds.some((r) => r.meetingId === a.meetingId)) return a.meetingId;
  const next = rounds.find((r) => r.date >= a.date);
  return next && a.date >= next.periodStart ? next.meetingId : null;
}
