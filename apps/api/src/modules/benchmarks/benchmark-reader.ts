import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { ASSESSMENT_SCORES, UN_INSTRUMENTS, UN_MECHANISMS, type PartnerCode } from '@berne/domain';
import { decide } from '../../access/access.policy';
import { AccessService } from '../../access/access.service';
import { isStaff, type Principal } from '../../access/principal';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { meetingResource } from '../meetings/meetings.policy';
import { UserEntity } from '../users/user.entity';
import { daysBetween, todayUtc } from './benchmark-fields';
import {
  AlignedObjectiveEntity,
  BenchmarkAssessmentEntity,
  BenchmarkEntity,
  BenchmarkIndicatorEntity,
  BenchmarkThemeEntity,
} from './benchmark.entity';
import type {
  BenchmarkAssessmentModel,
  BenchmarkModel,
  BenchmarkPersonModel,
  UnReferenceModel,
} from './benchmark.model';
import { BenchmarkErrors } from './benchmarks.errors';
import {
  BENCHMARK,
  BENCHMARK_SCOPE,
  benchmarkResource,
  isBenchmarkEditor,
  memberPartnerOf,
} from './benchmarks.policy';
import { BenchmarkConflictsService } from './conflicts/benchmark-conflicts.service';
import { effectiveOnly } from './conflicts/conflict-store';
import { holderLatest, overallTrend, partnerTrends } from './trends/trend-math';

const unique = <T>(xs: readonly (T | null | undefined)[]): T[] => [
  ...new Set(xs.filter((x): x is T => x !== null && x !== undefined)),
];

export function unReferenceOf(
  b: Pick<BenchmarkEntity, 'unInstrument' | 'unArticle' | 'unMechanism' | 'uprCycle'>,
): UnReferenceModel {
  const mechanism = UN_MECHANISMS.find((m) => m.code === b.unMechanism)?.name;
  const instrument = UN_INSTRUMENTS.find((u) => u.code === b.unInstrument)?.code;
  const parts = [
    [instrument, b.unArticle].filter(Boolean).join(' '),
    mechanism,
    b.uprCycle ? `UPR cycle ${b.uprCycle}` : null,
  ].filter(Boolean);
  return {
    instrument: b.unInstrument,
    article: b.unArticle,
    mechanism: b.unMechanism,
    uprCycle: b.uprCycle,
    label: parts.join(' · '),
  };
}

export const parseLinks = (json: string): string[] => {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

/**
 * Reads benchmarks through the access policy (lists scoped in SQL, single records through
 * `require`) and turns them into what the API shows: history, trends, holders and conflict flags.
 */
@Injectable()
export class BenchmarkReader {
  constructor(
    @InjectRepository(BenchmarkEntity) private readonly benchmarks: Repository<BenchmarkEntity>,
    @InjectRepository(BenchmarkThemeEntity)
    private readonly themes: Repository<BenchmarkThemeEntity>,
    @InjectRepository(BenchmarkIndicatorEntity)
    private readonly indicators: Repository<BenchmarkIndicatorEntity>,
    @InjectRepository(BenchmarkAssessmentEntity)
    private readonly assessments: Repository<BenchmarkAssessmentEntity>,
    @InjectRepository(AlignedObjectiveEntity)
    private readonly objectives: Repository<AlignedObjectiveEntity>,
    @InjectRepository(ResourceReaderEntity)
    private readonly readers: Repository<ResourceReaderEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly access: AccessService,
    private readonly conflicts: BenchmarkConflictsService,
  ) {}

  /** Benchmarks are the partners' business: NGO guests are refused (anonymous callers earlier). */
  requireStaff(principal: Principal): void {
    if (!isStaff(principal)) throw BenchmarkErrors.staffOnly();
  }

  /** The benchmarks the principal may read, as a query to refine. */
  scoped(principal: Principal, alias = 'b'): SelectQueryBuilder<BenchmarkEntity> {
    return this.benchmarks
      .createQueryBuilder(alias)
      .where(this.access.readScope(principal, alias, BENCHMARK_SCOPE));
  }

  async namedReadersOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows = await this.readers.find({
      where: { resourceType: BENCHMARK, resourceId: In([...ids]) },
    });
    for (const r of rows) out.set(r.resourceId, [...(out.get(r.resourceId) ?? []), r.userId]);
    return out;
  }

  /** Loads a benchmark after asking the policy; missing and unreadable look the same. */
  async requireBenchmark(principal: Principal, id: string, ip: string | null) {
    this.requireStaff(principal);
    const benchmark = await this.benchmarks.findOne({ where: { id } });
    if (!benchmark) throw BenchmarkErrors.notFound();
    const namedReaders = (await this.namedReadersOf([id])).get(id) ?? [];
    const resource = benchmarkResource(benchmark, namedReaders);
    await this.access.require(principal, 'read', resource, ip);
    return { benchmark, resource, namedReaders };
  }

  async one(principal: Principal, id: string, ip: string | null): Promise<BenchmarkModel> {
    const { benchmark } = await this.requireBenchmark(principal, id, ip);
    return (await this.hydrate(principal, [benchmark]))[0];
  }

  /** Statements of the benchmarks the principal may read (for links from other features). */
  async titlesFor(
    principal: Principal,
    ids: readonly string[],
  ): Promise<Map<string, { title: string; path: string }>> {
    if (ids.length === 0 || !isStaff(principal)) return new Map();
    const rows = await this.scoped(principal)
      .andWhere('b.id IN (:...ids)', { ids: [...ids] })
      .select(['b.id', 'b.statement'])
      .getMany();
    return new Map(rows.map((r) => [r.id, { title: r.statement, path: `/benchmarks/${r.id}` }]));
  }

  /** Effective assessments of some benchmarks (corrections replace what they correct). */
  async effectiveAssessments(
    benchmarkIds: readonly string[],
  ): Promise<BenchmarkAssessmentEntity[]> {
    if (benchmarkIds.length === 0) return [];
    return effectiveOnly(
      await this.assessments.find({ where: { benchmarkId: In([...benchmarkIds]) } }),
    );
  }

  async hydrate(principal: Principal, rows: readonly BenchmarkEntity[]): Promise<BenchmarkModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const objectiveIds = unique(rows.map((r) => r.alignedObjectiveId));
    const restricted = rows.filter((r) => r.classification === 'RESTRICTED').map((r) => r.id);
    const [themes, indicators, assessments, objectives, aligned, named, conflicts] =
      await Promise.all([
        this.themes.find({ where: { benchmarkId: In(ids) } }),
        this.indicators.find({ where: { benchmarkId: In(ids) }, order: { position: 'ASC' } }),
        this.assessments.find({ where: { benchmarkId: In(ids) } }),
        objectiveIds.length ? this.objectives.find({ where: { id: In(objectiveIds) } }) : [],
        objectiveIds.length
          ? this.scoped(principal)
              .select(['b.id', 'b.ownerPartner', 'b.alignedObjectiveId'])
              .andWhere('b.alignedObjectiveId IN (:...objectiveIds)', { objectiveIds })
              .andWhere('b.withdrawnAt IS NULL')
              .getMany()
          : [],
        this.namedReadersOf(restricted),
        this.conflicts.activeFor(principal, ids),
      ]);
    const meetingIds = unique(assessments.map((a) => a.meetingId));
    const meetings = meetingIds.length
      ? (await this.meetings.find({ where: { id: In(meetingIds) } })).filter((m) =>
          this.access.can(principal, 'read', meetingResource(m)),
        )
      : [];
    const userIds = unique([
      ...rows.map((r) => r.createdById),
      ...assessments.map((a) => a.recordedById),
      ...[...named.values()].flat(),
    ]);
    const users = userIds.length
      ? await this.users.find({
          where: { id: In(userIds) },
          select: { id: true, displayName: true, partnerCode: true },
        })
      : [];
    const person = (id: string | null): BenchmarkPersonModel | null => {
      const u = id ? users.find((x) => x.id === id) : undefined;
      return u
        ? { id: u.id, displayName: u.displayName, partnerCode: u.partnerCode ?? null }
        : null;
    };
    const correctedBy = new Map(
      assessments.filter((a) => a.supersedesId).map((a) => [a.supersedesId!, a.id]),
    );
    const toAssessment = (a: BenchmarkAssessmentEntity): BenchmarkAssessmentModel => {
      const meeting = a.meetingId ? meetings.find((m) => m.id === a.meetingId) : undefined;
      return {
        id: a.id,
        benchmarkId: a.benchmarkId,
        partnerCode: a.partnerCode,
        date: a.date,
        status: a.status,
        score: ASSESSMENT_SCORES[a.status],
        evidence: a.evidence,
        links: parseLinks(a.links),
        chinaResponse: a.chinaResponse,
        meeting: meeting
          ? { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt }
          : null,
        supersedesId: a.supersedesId,
        supersededById: correctedBy.get(a.id) ?? null,
        effective: !correctedBy.has(a.id),
        recordedBy: person(a.recordedById),
        recordedAt: a.recordedAt,
      };
    };
    const today = todayUtc();
    return rows.map((b) => {
      const own = assessments.filter((a) => a.benchmarkId === b.id);
      const effective = own.filter((a) => !correctedBy.has(a.id));
      const history = [...own].sort(
        (x, y) =>
          y.date.localeCompare(x.date) ||
          y.recordedAt.getTime() - x.recordedAt.getTime() ||
          y.id.localeCompare(x.id),
      );
      const latestOverall = history.find((a) => !correctedBy.has(a.id)) ?? null;
      const holderStatus = holderLatest(effective, b.ownerPartner)?.status ?? null;
      const active = !b.withdrawnAt;
      const objective = objectives.find((o) => o.id === b.alignedObjectiveId);
      const resource = benchmarkResource(b, named.get(b.id) ?? []);
      const canEdit =
        isBenchmarkEditor(principal, b) && decide(principal, 'update', resource).allowed;
      const canManage = decide(principal, 'share', resource).allowed;
      const holders = unique<PartnerCode>([
        ...(active ? [b.ownerPartner] : []),
        ...(b.alignedObjectiveId
          ? aligned
              .filter((m) => m.alignedObjectiveId === b.alignedObjectiveId)
              .map((m) => m.ownerPartner)
          : []),
      ]).sort();
      return {
        id: b.id,
        statement: b.statement,
        description: b.description,
        kind: b.kind,
        holder: b.ownerPartner,
        holders,
        targetDate: b.targetDate,
        daysToDeadline: b.targetDate ? daysBetween(today, b.targetDate) : null,
        overdue: active && !!b.targetDate && b.targetDate < today && holderStatus !== 'ACHIEVED',
        themeCodes: themes
          .filter((t) => t.benchmarkId === b.id)
          .map((t) => t.themeCode)
          .sort(),
        unReference: unReferenceOf(b),
        indicators: indicators.filter((i) => i.benchmarkId === b.id).map((i) => i.text),
        classification: b.classification,
        namedReaders:
          b.classification === 'RESTRICTED' && (canEdit || canManage)
            ? (named.get(b.id) ?? []).map(person).filter((p): p is BenchmarkPersonModel => !!p)
            : [],
        alignedObjective: objective ? { id: objective.id, title: objective.title } : null,
        active,
        withdrawnAt: b.withdrawnAt,
        withdrawnReason: b.withdrawnReason,
        latestAssessment: latestOverall ? toAssessment(latestOverall) : null,
        trend: overallTrend(effective),
        partnerTrends: partnerTrends(effective),
        assessments: history.map(toAssessment),
        conflicts: conflicts.get(b.id) ?? [],
        canEdit,
        canAssess: active && this.mayAssess(principal, resource),
        canManage,
        createdBy: person(b.createdById),
        createdAt: b.createdAt,
        updatedAt: b.updatedAt,
      };
    });
  }

  /** Any partner's staff (for their partner) and the secretariat (for any) who may write it. */
  mayAssess(principal: Principal, resource: ReturnType<typeof benchmarkResource>): boolean {
    return (
      (principal.kind === 'SECRETARIAT' || !!memberPartnerOf(principal)) &&
      decide(principal, 'create', resource).allowed
    );
  }
}
