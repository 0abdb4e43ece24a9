import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { In, type Repository } from 'typeorm';
import {
  ASSESSMENT_STATUSES,
  PARTNER_CODES,
  THEMES,
  UPCOMING_DEADLINE_DAYS,
  type AssessmentStatus,
  type BenchmarkKind,
  type MeetingKind,
} from '@berne/domain';
import { AccessService } from '../../../access/access.service';
import type { Principal } from '../../../access/principal';
import { MeetingEntity } from '../../meetings/meeting.entity';
import { MEETING } from '../../meetings/meetings.policy';
import { checkDate, daysBetween, todayUtc } from '../benchmark-fields';
import { BenchmarkReader } from '../benchmark-reader';
import {
  AlignedObjectiveEntity,
  BenchmarkEntity,
  BenchmarkThemeEntity,
  type BenchmarkAssessmentEntity,
} from '../benchmark.entity';
import type {
  BenchmarkDashboardModel,
  BenchmarkDeadlineModel,
  BenchmarkMatrixCellModel,
  BenchmarkMatrixModel,
  BenchmarkMatrixRowModel,
} from '../benchmark.model';
import type { BenchmarkDashboardFilter, BenchmarkMatrixFilter } from '../benchmarks.inputs';
import { BenchmarkConflictsService } from '../conflicts/benchmark-conflicts.service';
import { benchmarkScope } from '../conflicts/conflict-rules';
import {
  heatCells,
  holderLatest,
  partnerTrends,
  ROUND_REACH_DAYS,
  roundOf,
  trendOf,
  type RoundPeriod,
} from './trend-math';

const MEMBERS = PARTNER_CODES.filter((c) => c !== 'SECRETARIAT');
const DEFAULT_KINDS: readonly BenchmarkKind[] = ['OBJECTIVE', 'PRECONDITION'];
const DEFAULT_ROUND_KINDS: readonly MeetingKind[] = ['BERNE_PROCESS'];
const MEETING_SCOPE = {
  resourceType: MEETING,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'hostPartner',
} as const;
const DASHBOARD_LIMIT = 2000;

/**
 * What the benchmarks add up to: the alignment matrix (partners × aligned objectives) and the
 * dashboard (a heat map of themes × rounds, deadlines, statuses). Everything is computed from
 * the benchmarks, assessments and meetings the principal may read (scoped in SQL).
 */
@Injectable()
export class BenchmarkInsightsService {
  constructor(
    @InjectRepository(AlignedObjectiveEntity)
    private readonly objectives: Repository<AlignedObjectiveEntity>,
    @InjectRepository(BenchmarkThemeEntity)
    private readonly themes: Repository<BenchmarkThemeEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly access: AccessService,
    private readonly reader: BenchmarkReader,
    private readonly conflicts: BenchmarkConflictsService,
  ) {}

  // ---- the alignment matrix ----------------------------------------------------------------

  async matrix(principal: Principal, filter: BenchmarkMatrixFilter): Promise<BenchmarkMatrixModel> {
    this.reader.requireStaff(principal);
    const qb = this.reader.scoped(principal).andWhere('b.withdrawnAt IS NULL');
    if (!filter.includeUnaligned) qb.andWhere('b.alignedObjectiveId IS NOT NULL');
    if (filter.kinds?.length) qb.andWhere('b.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.themeCodes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM benchmark_themes bt WHERE bt."benchmarkId" = b.id AND bt."themeCode" IN (:...themes))',
        { themes: filter.themeCodes },
      );
    }
    const members = await qb.orderBy('b.ownerPartner', 'ASC').limit(DASHBOARD_LIMIT).getMany();
    const filtered = !!(filter.kinds?.length || filter.themeCodes?.length);
    const ids = members.map((m) => m.id);
    const [objectives, themeRows, effective, open] = await Promise.all([
      this.objectives.find({ order: { title: 'ASC', id: 'ASC' }, take: 1000 }),
      ids.length ? this.themes.find({ where: { benchmarkId: In(ids) } }) : [],
      this.reader.effectiveAssessments(ids),
      this.conflicts.openVisible(principal),
    ]);
    const today = todayUtc();
    const cell = (b: BenchmarkEntity): BenchmarkMatrixCellModel => {
      const own = effective.filter((a) => a.benchmarkId === b.id);
      const latest = holderLatest(own, b.ownerPartner)?.status ?? null;
      const holderLine = partnerTrends(own).find((t) => t.partnerCode === b.ownerPartner);
      return {
        partnerCode: b.ownerPartner,
        benchmarkId: b.id,
        statement: b.statement,
        kind: b.kind,
        targetDate: b.targetDate,
        classification: b.classification,
        latestStatus: latest,
        trend: holderLine?.trend.direction ?? 'INSUFFICIENT_DATA',
        overdue: !!b.targetDate && b.targetDate < today && latest !== 'ACHIEVED',
      };
    };
    const themesOf = (bs: readonly BenchmarkEntity[]) =>
      [
        ...new Set(
          themeRows.filter((t) => bs.some((b) => b.id === t.benchmarkId)).map((t) => t.themeCode),
        ),
      ].sort();
    const flagsOf = (match: (c: (typeof open)[number]) => boolean) => {
      const flags = open.filter(match);
      return {
        openConflictCount: flags.length,
        conflictKinds: [...new Set(flags.map((c) => c.kind))].sort(),
      };
    };
    const rows: BenchmarkMatrixRowModel[] = [];
    for (const o of objectives) {
      const own = members.filter((m) => m.alignedObjectiveId === o.id);
      // Filters keep the objectives they match; without filters every objective shows, held or not.
      if (filtered && own.length === 0) continue;
      rows.push({
        alignedObjective: { id: o.id, title: o.title },
        title: o.title,
        themeCodes: themesOf(own),
        cells: own.map(cell),
        ...flagsOf((c) => c.alignedObjectiveId === o.id),
      });
    }
    if (filter.includeUnaligned) {
      for (const b of members
        .filter((m) => !m.alignedObjectiveId)
        .sort((x, y) => x.statement.localeCompare(y.statement))) {
        rows.push({
          alignedObjective: null,
          title: b.statement,
          themeCodes: themesOf([b]),
          cells: [cell(b)],
          ...flagsOf((c) => c.scopeKey === benchmarkScope(b.id)),
        });
      }
    }
    return { partners: [...MEMBERS], rows };
  }

  // ---- the dashboard -----------------------------------------------------------------------

  async dashboard(
    principal: Principal,
    filter: BenchmarkDashboardFilter,
  ): Promise<BenchmarkDashboardModel> {
    this.reader.requireStaff(principal);
    const today = todayUtc();
    const from = filter.from?.trim()
      ? checkDate(filter.from, 'from')
      : DateTime.fromISO(today).minus({ years: 5 }).toISODate()!;
    const to = filter.to?.trim()
      ? checkDate(filter.to, 'to')
      : DateTime.fromISO(today).plus({ days: 200 }).toISODate()!;
    const kinds = filter.kinds?.length ? filter.kinds : DEFAULT_KINDS;

    const qb = this.reader.scoped(principal).andWhere('b.kind IN (:...kinds)', { kinds });
    if (filter.holders?.length) {
      qb.andWhere('b.ownerPartner IN (:...holders)', { holders: filter.holders });
    }
    if (filter.themeCodes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM benchmark_themes bt WHERE bt."benchmarkId" = b.id AND bt."themeCode" IN (:...themes))',
        { themes: filter.themeCodes },
      );
    }
    const benchmarks = await qb.orderBy('b.id', 'ASC').limit(DASHBOARD_LIMIT).getMany();
    const ids = benchmarks.map((b) => b.id);
    const [themeRows, effective, rounds, open, objectives] = await Promise.all([
      ids.length ? this.themes.find({ where: { benchmarkId: In(ids) } }) : [],
      this.reader.effectiveAssessments(ids),
      this.rounds(principal, filter.roundKinds?.length ? filter.roundKinds : DEFAULT_ROUND_KINDS),
      this.conflicts.openVisible(principal),
      this.objectives.find({
        where: {
          id: In([
            ...new Set(benchmarks.map((b) => b.alignedObjectiveId).filter((x): x is string => !!x)),
          ]),
        },
      }),
    ]);

    // The heat map: each assessment counts for one round; columns are the rounds in range.
    const shown = rounds.filter((r) => r.date >= from && r.date <= to);
    const roundIds = shown.map((r) => r.meetingId);
    const assigned = new Map<string, string>();
    for (const a of effective) {
      const round = roundOf(a, rounds);
      if (round && roundIds.includes(round)) assigned.set(a.id, round);
    }
    const wanted = filter.themeCodes?.length ? filter.themeCodes : THEMES.map((t) => t.code);
    const rowFor = (themeCode: string | null, members: ReadonlySet<string>) => {
      const byRound = new Map<string, BenchmarkAssessmentEntity[]>();
      for (const a of effective) {
        const round = assigned.get(a.id);
        if (!round || !members.has(a.benchmarkId)) continue;
        byRound.set(round, [...(byRound.get(round) ?? []), a]);
      }
      const cells = heatCells(byRound, roundIds);
      return {
        themeCode,
        cells,
        trend: trendOf(
          cells.map((c) => c.average),
          'round',
          null,
        ),
        benchmarkCount: members.size,
      };
    };
    const rows = [];
    for (const code of THEMES.map((t) => t.code).filter((c) => wanted.includes(c))) {
      const members = new Set(
        themeRows.filter((t) => t.themeCode === code).map((t) => t.benchmarkId),
      );
      if (members.size) rows.push(rowFor(code, members));
    }
    rows.push(rowFor(null, new Set(ids)));

    // Deadlines and statuses of the active benchmarks.
    const latestOf = (b: BenchmarkEntity) =>
      holderLatest(
        effective.filter((a) => a.benchmarkId === b.id),
        b.ownerPartner,
      )?.status ?? null;
    const active = benchmarks.filter((b) => !b.withdrawnAt);
    const deadline = (b: BenchmarkEntity): BenchmarkDeadlineModel => {
      const objective = objectives.find((o) => o.id === b.alignedObjectiveId);
      return {
        benchmarkId: b.id,
        statement: b.statement,
        holder: b.ownerPartner,
        kind: b.kind,
        targetDate: b.targetDate!,
        daysLeft: daysBetween(today, b.targetDate!),
        latestStatus: latestOf(b),
        alignedObjective: objective ? { id: objective.id, title: objective.title } : null,
      };
    };
    const dated = active
      .filter((b) => b.targetDate && latestOf(b) !== 'ACHIEVED')
      .map(deadline)
      .sort(
        (x, y) =>
          x.targetDate.localeCompare(y.targetDate) || x.statement.localeCompare(y.statement),
      );
    const counts = new Map<AssessmentStatus | null, number>();
    for (const b of active) counts.set(latestOf(b), (counts.get(latestOf(b)) ?? 0) + 1);
    const visibleIds = new Set(ids);
    return {
      rounds: shown.map((r) => ({
        meetingId: r.meetingId,
        title: r.meeting.title,
        kind: r.meeting.kind,
        city: r.meeting.city,
        startsAt: r.meeting.startsAt,
        periodStart: r.periodStart,
        periodEnd: r.date,
      })),
      rows,
      upcoming: dated.filter((d) => d.daysLeft >= 0 && d.daysLeft <= UPCOMING_DEADLINE_DAYS),
      overdue: dated.filter((d) => d.daysLeft < 0),
      statusCounts: [...ASSESSMENT_STATUSES, null]
        .map((status) => ({ status, count: counts.get(status) ?? 0 }))
        .filter((c) => c.count > 0),
      benchmarkCount: active.length,
      openConflictCount: open.filter(
        (c) =>
          (c.sideABenchmarkId && visibleIds.has(c.sideABenchmarkId)) ||
          (c.sideBBenchmarkId && visibleIds.has(c.sideBBenchmarkId)) ||
          (!c.sideABenchmarkId && !c.sideBBenchmarkId),
      ).length,
    };
  }

  /** The rounds the principal may read, oldest first, each with the period it covers. */
  private async rounds(
    principal: Principal,
    kinds: readonly MeetingKind[],
  ): Promise<(RoundPeriod & { meeting: MeetingEntity })[]> {
    const meetings = await this.meetings
      .createQueryBuilder('m')
      .where(this.access.readScope(principal, 'm', MEETING_SCOPE))
      .andWhere('m.kind IN (:...kinds)', { kinds })
      .andWhere('m.status NOT IN (:...skipped)', { skipped: ['CANCELLED', 'POSTPONED'] })
      .orderBy('m.startsAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(DASHBOARD_LIMIT)
      .getMany();
    let previous: string | null = null;
    return meetings.map((meeting) => {
      const date = DateTime.fromJSDate(meeting.startsAt, { zone: meeting.timeZone }).toISODate()!;
      const reach = DateTime.fromISO(date).minus({ days: ROUND_REACH_DAYS }).toISODate()!;
      const afterPrevious = previous
        ? DateTime.fromISO(previous).plus({ days: 1 }).toISODate()!
        : reach;
      previous = date;
      return {
        meetingId: meeting.id,
        date,
        periodStart: afterPrevious > reach ? afterPrevious : reach,
        meeting,
      };
    });
  }
}
