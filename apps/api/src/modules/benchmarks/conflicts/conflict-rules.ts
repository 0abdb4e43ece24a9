import {
  DEADLINE_GAP_MONTHS,
  halfYearOf,
  NEGATIVE_STATUSES,
  POSITIVE_STATUSES,
  type AssessmentStatus,
  type BenchmarkConflictKind,
  type BenchmarkKind,
  type PartnerCode,
} from '@berne/domain';
import { addMonths, durationText } from '../benchmark-fields';

/** A benchmark as the rules see it. */
export interface RuleMember {
  id: string;
  holder: PartnerCode;
  kind: BenchmarkKind;
  targetDate: string | null;
  active: boolean;
  statement: string;
}

/** An effective (not corrected) assessment. */
export interface RuleAssessment {
  id: string;
  benchmarkId: string;
  partnerCode: PartnerCode;
  date: string;
  status: AssessmentStatus;
  recordedAt: Date;
}

/**
 * What one recomputation covers: the members of an aligned objective, or one benchmark that is
 * not aligned (then only opposite assessments can apply).
 */
export interface RuleScope {
  scopeKey: string;
  objective: { id: string; title: string } | null;
  members: RuleMember[];
  assessments: RuleAssessment[];
}

export interface DetectedSide {
  benchmarkId: string;
  partner: PartnerCode;
  assessmentId: string | null;
}

export interface DetectedConflict {
  kind: BenchmarkConflictKind;
  /** The condition's identity: kind, period and both sides (not their dates or statuses). */
  key: string;
  /** The facts it rests on; a resolution covers these facts only. */
  facts: string;
  period: string | null;
  sideA: DetectedSide | null;
  sideB: DetectedSide | null;
  message: string;
}

export const objectiveScope = (id: string) => `objective:${id}`;
export const benchmarkScope = (id: string) => `benchmark:${id}`;

const KIND_LABEL: Record<BenchmarkKind, string> = {
  OBJECTIVE: 'an objective',
  PRECONDITION: 'a precondition',
  SUSPENSION_CRITERION: 'a suspension criterion',
};

const STATUS_LABEL: Record<AssessmentStatus, string> = {
  REGRESSED: 'regressed',
  NO_PROGRESS: 'no progress',
  LIMITED: 'limited progress',
  SUBSTANTIAL: 'substantial progress',
  ACHIEVED: 'achieved',
};

const periodLabel = (period: string) =>
  `the ${period.endsWith('H1') ? 'first' : 'second'} half of ${period.slice(0, 4)}`;

const quote = (text: string) => `“${text.length > 120 ? `${text.slice(0, 117)}…` : text}”`;

const pairs = <T>(items: readonly T[]): [T, T][] =>
  items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));

/** Sorted ids, so that a pair has one key whichever side comes first. */
const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * The conflict rules (rec. 8d), applied to one scope:
 * - DEADLINE_GAP: two active members of an aligned objective whose target dates are more than
 *   six calendar months apart (the later date is after the earlier one plus six months);
 * - KIND_MISMATCH: two active members held as different kinds (an objective for one partner, a
 *   precondition — or a suspension criterion — for another);
 * - OPPOSITE_ASSESSMENTS: in the same half-year, two partners' latest assessments of the objective
 *   (of one benchmark, or of members of the same aligned objective) on opposite sides of LIMITED:
 *   substantial or achieved for one, no progress or regressed for the other;
 * - NO_HOLDER: an aligned objective with no active member (never held, or every holder withdrew
 *   or left).
 * Pair flags name both sides; side A is the earlier deadline, or the better assessment.
 */
export function detectConflicts(scope: RuleScope): DetectedConflict[] {
  const found: DetectedConflict[] = [];
  const title = scope.objective?.title ?? scope.members[0]?.statement ?? '';
  const active = scope.members.filter((m) => m.active);

  if (scope.objective) {
    for (const [x, y] of pairs(active)) {
      if (x.targetDate && y.targetDate) {
        const [early, late] = x.targetDate <= y.targetDate ? [x, y] : [y, x];
        if (late.targetDate! > addMonths(early.targetDate!, DEADLINE_GAP_MONTHS)) {
          found.push({
            kind: 'DEADLINE_GAP',
            key: `DEADLINE_GAP:${pairKey(x.id, y.id)}`,
            facts: `${early.id}=${early.targetDate}|${late.id}=${late.targetDate}`,
            period: null,
            sideA: { benchmarkId: early.id, partner: early.holder, assessmentId: null },
            sideB: { benchmarkId: late.id, partner: late.holder, assessmentId: null },
            message:
              `${early.holder}’s time limit (${early.targetDate}) and ${late.holder}’s (${late.targetDate}) ` +
              `for ${quote(title)} are ${durationText(early.targetDate!, late.targetDate!)} apart ` +
              `(more than ${DEADLINE_GAP_MONTHS} months): agree on one time limit.`,
          });
        }
      }
      if (x.kind !== y.kind) {
        const [a, b] = x.id < y.id ? [x, y] : [y, x];
        found.push({
          kind: 'KIND_MISMATCH',
          key: `KIND_MISMATCH:${pairKey(x.id, y.id)}`,
          facts: `${a.kind}|${b.kind}`,
          period: null,
          sideA: { benchmarkId: a.id, partner: a.holder, assessmentId: null },
          sideB: { benchmarkId: b.id, partner: b.holder, assessmentId: null },
          message: `${quote(title)} is ${KIND_LABEL[a.kind]} for ${a.holder} but ${KIND_LABEL[b.kind]} for ${b.holder}.`,
        });
      }
    }
    if (active.length === 0) {
      const withdrawn = scope.members.length;
      found.push({
        kind: 'NO_HOLDER',
        key: `NO_HOLDER:${scope.objective.id}`,
        facts: '',
        period: null,
        sideA: null,
        sideB: null,
        message: withdrawn
          ? `No partner holds ${quote(title)} any more: its ${withdrawn === 1 ? 'only benchmark was' : `${withdrawn} benchmarks were`} withdrawn.`
          : `No partner holds ${quote(title)}: join a benchmark to it, or delete it.`,
      });
    }
  }

  // Each partner's latest assessment of each benchmark in each half-year.
  const latest = new Map<string, RuleAssessment>();
  const ordered = [...scope.assessments].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.recordedAt.getTime() - b.recordedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
  for (const a of ordered) latest.set(`${halfYearOf(a.date)}|${a.benchmarkId}|${a.partnerCode}`, a);
  const byPeriod = new Map<string, RuleAssessment[]>();
  for (const [k, a] of latest) {
    const period = k.split('|')[0];
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), a]);
  }
  const statementOf = new Map(scope.members.map((m) => [m.id, m.statement]));
  for (const [period, entries] of [...byPeriod].sort(([p], [q]) => p.localeCompare(q))) {
    const sorted = entries.sort((a, b) =>
      `${a.benchmarkId}:${a.partnerCode}`.localeCompare(`${b.benchmarkId}:${b.partnerCode}`),
    );
    for (const [x, y] of pairs(sorted)) {
      if (x.partnerCode === y.partnerCode) continue;
      const opposite =
        (POSITIVE_STATUSES.includes(x.status) && NEGATIVE_STATUSES.includes(y.status)) ||
        (NEGATIVE_STATUSES.includes(x.status) && POSITIVE_STATUSES.includes(y.status));
      if (!opposite) continue;
      const [good, bad] = POSITIVE_STATUSES.includes(x.status) ? [x, y] : [y, x];
      const what =
        good.benchmarkId === bad.benchmarkId
          ? quote(statementOf.get(good.benchmarkId) ?? title)
          : quote(title);
      found.push({
        kind: 'OPPOSITE_ASSESSMENTS',
        key: `OPPOSITE_ASSESSMENTS:${period}:${x.benchmarkId}:${x.partnerCode}:${y.benchmarkId}:${y.partnerCode}`,
        facts: `${good.id}|${bad.id}`,
        period,
        sideA: { benchmarkId: good.benchmarkId, partner: good.partnerCode, assessmentId: good.id },
        sideB: { benchmarkId: bad.benchmarkId, partner: bad.partnerCode, assessmentId: bad.id },
        message:
          `In ${periodLabel(period)}, ${good.partnerCode} assessed ${what} as ${STATUS_LABEL[good.status]} (${good.date}) ` +
          `while ${bad.partnerCode} assessed it as ${STATUS_LABEL[bad.status]} (${bad.date}).`,
      });
    }
  }
  return found;
}
