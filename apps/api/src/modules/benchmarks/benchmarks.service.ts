import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, In, IsNull, Not, type EntityManager, type Repository } from 'typeorm';
import {
  BENCHMARK_KINDS,
  type BenchmarkKind,
  type Classification,
  type PartnerCode,
} from '@berne/domain';
import { decide } from '../../access/access.policy';
import { AccessService } from '../../access/access.service';
import { isStaff, type Principal } from '../../access/principal';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { AuditService } from '../../audit/audit.service';
import { CommonErrors } from '../../common/app-error';
import { MeetingsService } from '../meetings/meetings.service';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import {
  checkDate,
  checkUprCycle,
  cleanArticle,
  cleanIndicators,
  cleanLongText,
  cleanObjectiveTitle,
  cleanStatement,
  daysBetween,
  todayUtc,
} from './benchmark-fields';
import { BenchmarkReader } from './benchmark-reader';
import {
  AlignedObjectiveEntity,
  BenchmarkAssessmentEntity,
  BenchmarkEntity,
  BenchmarkIndicatorEntity,
  BenchmarkThemeEntity,
} from './benchmark.entity';
import { BenchmarkEvents } from './benchmark.events';
import type { AlignedObjectiveModel, BenchmarkModel } from './benchmark.model';
import {
  BenchmarkErrors,
  BenchmarkMessages,
  CHINA_RESPONSE_MAX,
  EVIDENCE_MAX,
  LINKS_MAX,
  REASON_MAX,
} from './benchmarks.errors';
import {
  BENCHMARK_LIST_LIMIT,
  type BenchmarkFieldsInput,
  type BenchmarksFilter,
  type CreateAlignedObjectiveInput,
  type CreateBenchmarkInput,
  type RecordAssessmentInput,
  type UpdateAlignedObjectiveInput,
  type UpdateBenchmarkInput,
} from './benchmarks.inputs';
import {
  ALIGNED_OBJECTIVE,
  ALIGNED_OBJECTIVE_CLASSIFICATION,
  BENCHMARK,
  BENCHMARK_ASSESSMENT,
  benchmarkResource,
  isBenchmarkEditor,
  memberPartnerOf,
} from './benchmarks.policy';
import { BenchmarkConflictsService } from './conflicts/benchmark-conflicts.service';
import { benchmarkScope, objectiveScope } from './conflicts/conflict-rules';
import { likeEscape } from '../../common/search-text';

/** The fields of a benchmark a write sets, cleaned; left out means unchanged. */
export interface CleanBenchmarkFields {
  statement?: string;
  description?: string;
  kind?: BenchmarkKind;
  targetDate?: string | null;
  themeCodes?: string[];
  unInstrument?: string | null;
  unArticle?: string | null;
  unMechanism?: string | null;
  uprCycle?: number | null;
  indicators?: string[];
}

const DEFAULT_KINDS: readonly BenchmarkKind[] = ['OBJECTIVE', 'PRECONDITION'];
const STAFF_ROLES = ['SECRETARIAT', 'COORDINATOR', 'DIPLOMAT'] as const;

/** The scope whose conflict flags a benchmark's changes affect. */
export const scopeOf = (b: Pick<BenchmarkEntity, 'id' | 'alignedObjectiveId'>) =>
  b.alignedObjectiveId ? objectiveScope(b.alignedObjectiveId) : benchmarkScope(b.id);

/**
 * Benchmarks (rec. 8) and suspension criteria (rec. 2a): held by partners, aligned into shared
 * objectives, assessed over time. Reads go through the access policy (lists scoped in SQL); the
 * holder's staff and the secretariat change a benchmark; any partner that may write it assesses
 * it. Every write is audited, recomputes the conflict flags it may affect, and is announced live.
 */
@Injectable()
export class BenchmarksService {
  constructor(
    @InjectRepository(BenchmarkEntity) private readonly benchmarks: Repository<BenchmarkEntity>,
    @InjectRepository(BenchmarkAssessmentEntity)
    private readonly assessments: Repository<BenchmarkAssessmentEntity>,
    @InjectRepository(AlignedObjectiveEntity)
    private readonly objectives: Repository<AlignedObjectiveEntity>,
    @InjectRepository(BenchmarkThemeEntity)
    private readonly benchmarkThemes: Repository<BenchmarkThemeEntity>,
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly events: BenchmarkEvents,
    private readonly reader: BenchmarkReader,
    private readonly conflicts: BenchmarkConflictsService,
  ) {}

  // ---- reads -------------------------------------------------------------------------------

  async list(
    principal: Principal,
    filter: BenchmarksFilter,
    kinds: readonly BenchmarkKind[] = filter.kinds?.length ? filter.kinds : DEFAULT_KINDS,
  ): Promise<BenchmarkModel[]> {
    this.reader.requireStaff(principal);
    const qb = this.reader.scoped(principal).andWhere('b.kind IN (:...kinds)', { kinds });
    if (!filter.includeWithdrawn) qb.andWhere('b.withdrawnAt IS NULL');
    if (filter.themeCodes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM benchmark_themes bt WHERE bt."benchmarkId" = b.id AND bt."themeCode" IN (:...themes))',
        { themes: filter.themeCodes },
      );
    }
    if (filter.holders?.length)
      qb.andWhere('b.ownerPartner IN (:...holders)', { holders: filter.holders });
    if (filter.alignedObjectiveId) {
      qb.andWhere('b.alignedObjectiveId = :objective', { objective: filter.alignedObjectiveId });
    }
    const search = filter.search?.trim().toLowerCase();
    if (search) {
      qb.andWhere("LOWER(b.statement) LIKE :search ESCAPE '\\'", {
        search: `%${likeEscape(search)}%`,
      });
    }
    const rows = await qb
      .orderBy('b.targetDate', 'ASC', 'NULLS LAST')
      .addOrderBy('b.statement', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(Math.min(filter.limit ?? 200, BENCHMARK_LIST_LIMIT))
      .getMany();
    return this.reader.hydrate(principal, rows);
  }

  get(principal: Principal, id: string, ip: string | null): Promise<BenchmarkModel> {
    return this.reader.one(principal, id, ip);
  }

  // ---- benchmarks --------------------------------------------------------------------------

  async create(
    principal: Principal,
    input: CreateBenchmarkInput,
    ip: string | null,
  ): Promise<BenchmarkModel> {
    this.reader.requireStaff(principal);
    const holder = this.holderFor(principal, input.holder ?? null);
    const fields = await this.cleanFields(input, true);
    if (fields.unArticle && !fields.unInstrument) throw BenchmarkErrors.articleWithoutInstrument();
    const classification = input.classification ?? 'PARTNERS';
    const namedReaders = await this.cleanReaders(classification, input.namedReaderIds);
    const id = randomUUID();
    const resource = benchmarkResource({ id, classification, ownerPartner: holder }, namedReaders);
    if (!this.access.can(principal, 'create', resource)) {
      throw BenchmarkErrors.classificationNotYours(classification);
    }
    const objective = input.alignedObjectiveId
      ? await this.requireObjective(principal, input.alignedObjectiveId)
      : null;
    if (objective) await this.assertNotHolding(objective, holder, null);
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(BenchmarkEntity, {
        id,
        statement: fields.statement!,
        description: fields.description ?? '',
        kind: fields.kind!,
        ownerPartner: holder,
        targetDate: fields.targetDate ?? null,
        classification,
        unInstrument: fields.unInstrument ?? null,
        unArticle: fields.unArticle ?? null,
        unMechanism: fields.unMechanism ?? null,
        uprCycle: fields.uprCycle ?? null,
        alignedObjectiveId: objective?.id ?? null,
        withdrawnAt: null,
        withdrawnReason: null,
        createdById: principal.userId!,
        // Explicit, with milliseconds: the column default has one-second precision on SQLite.
        createdAt: now,
        updatedAt: now,
      });
      await this.writeLists(manager, id, fields);
      await this.writeReaders(manager, id, namedReaders);
    });
    // No statements in the audit log: a partner-private statement must not leak through it.
    await this.audit.record({
      action: 'benchmark.created',
      actor: principal,
      resourceType: BENCHMARK,
      resourceId: id,
      ip,
      details: {
        kind: fields.kind,
        holder,
        classification,
        targetDate: fields.targetDate ?? null,
        alignedObjectiveId: objective?.id ?? null,
      },
    });
    await this.afterWrite(principal, [scopeOf({ id, alignedObjectiveId: objective?.id ?? null })], {
      id,
      classification,
      ownerPartner: holder,
    });
    return this.reader.one(principal, id, ip);
  }

  async update(
    principal: Principal,
    input: UpdateBenchmarkInput,
    ip: string | null,
  ): Promise<BenchmarkModel> {
    const { benchmark, resource, namedReaders } = await this.requireEditor(principal, input.id, ip);
    if (benchmark.withdrawnAt) throw BenchmarkErrors.withdrawn();
    const fields = await this.cleanFields(input, false);
    const instrument =
      fields.unInstrument !== undefined ? fields.unInstrument : benchmark.unInstrument;
    const article = fields.unArticle !== undefined ? fields.unArticle : benchmark.unArticle;
    if (article && !instrument) throw BenchmarkErrors.articleWithoutInstrument();

    const classification = input.classification ?? benchmark.classification;
    let readers = namedReaders;
    if (input.namedReaderIds !== undefined) {
      readers = await this.cleanReaders(classification, input.namedReaderIds);
    } else if (classification !== 'RESTRICTED') {
      readers = [];
    }
    const sharingChanged =
      classification !== benchmark.classification ||
      readers.length !== namedReaders.length ||
      readers.some((r) => !namedReaders.includes(r));
    if (sharingChanged) {
      // Re-sharing belongs to the holder's coordinator and the secretariat.
      await this.access.require(principal, 'share', resource, ip);
      const after = benchmarkResource({ ...benchmark, classification }, readers);
      if (!decide(principal, 'update', after).allowed) {
        throw BenchmarkErrors.classificationNotYours(classification);
      }
    }
    const patch: Partial<BenchmarkEntity> = {};
    for (const key of [
      'statement',
      'description',
      'kind',
      'targetDate',
      'unInstrument',
      'unArticle',
      'unMechanism',
      'uprCycle',
    ] as const) {
      if (fields[key] !== undefined && fields[key] !== benchmark[key]) {
        (patch as Record<string, unknown>)[key] = fields[key];
      }
    }
    if (classification !== benchmark.classification) patch.classification = classification;
    const lists = await this.listChanges(benchmark.id, fields);
    const changed = [...Object.keys(patch), ...lists, ...(sharingChanged ? ['namedReaders'] : [])];
    if (changed.length === 0) return this.reader.one(principal, benchmark.id, ip);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        BenchmarkEntity,
        { id: benchmark.id },
        { ...patch, updatedAt: new Date() },
      );
      await this.writeLists(manager, benchmark.id, fields, true);
      if (sharingChanged) await this.writeReaders(manager, benchmark.id, readers, true);
    });
    await this.audit.record({
      action: 'benchmark.updated',
      actor: principal,
      resourceType: BENCHMARK,
      resourceId: benchmark.id,
      ip,
      details: {
        changed: [...new Set(changed)],
        ...(patch.targetDate !== undefined ? { targetDate: patch.targetDate } : {}),
        ...(patch.kind ? { kind: patch.kind } : {}),
        ...(patch.classification ? { from: benchmark.classification, to: classification } : {}),
      },
    });
    // Readers under the old classification hear of it too (it left their lists).
    if (classification !== benchmark.classification) this.announce(principal, benchmark);
    await this.afterWrite(principal, [scopeOf(benchmark)], { ...benchmark, classification });
    return this.reader.one(principal, benchmark.id, ip);
  }

  async withdraw(
    principal: Principal,
    id: string,
    rawReason: string,
    ip: string | null,
  ): Promise<BenchmarkModel> {
    const { benchmark } = await this.requireEditor(principal, id, ip);
    if (benchmark.withdrawnAt) throw BenchmarkErrors.alreadyWithdrawn();
    const reason = rawReason.replace(/\s+/g, ' ').trim();
    if (!reason) throw BenchmarkErrors.reasonRequired();
    if (reason.length > REASON_MAX) throw BenchmarkErrors.reasonTooLong();
    const now = new Date();
    await this.benchmarks.update(
      { id },
      { withdrawnAt: now, withdrawnReason: reason, updatedAt: now },
    );
    await this.audit.record({
      action: 'benchmark.withdrawn',
      actor: principal,
      resourceType: BENCHMARK,
      resourceId: id,
      ip,
    });
    await this.afterWrite(principal, [scopeOf(benchmark)], benchmark);
    return this.reader.one(principal, id, ip);
  }

  async reinstate(principal: Principal, id: string, ip: string | null): Promise<BenchmarkModel> {
    const { benchmark } = await this.requireEditor(principal, id, ip);
    if (!benchmark.withdrawnAt) throw BenchmarkErrors.notWithdrawn();
    if (benchmark.alignedObjectiveId) {
      const objective = await this.objectives.findOneOrFail({
        where: { id: benchmark.alignedObjectiveId },
      });
      await this.assertNotHolding(objective, benchmark.ownerPartner, benchmark.id);
    }
    await this.benchmarks.update(
      { id },
      { withdrawnAt: null, withdrawnReason: null, updatedAt: new Date() },
    );
    await this.audit.record({
      action: 'benchmark.reinstated',
      actor: principal,
      resourceType: BENCHMARK,
      resourceId: id,
      ip,
    });
    await this.afterWrite(principal, [scopeOf(benchmark)], benchmark);
    return this.reader.one(principal, id, ip);
  }

  /** Deletes a benchmark entered by mistake; one with assessments is withdrawn instead. */
  async delete(principal: Principal, id: string, ip: string | null): Promise<boolean> {
    const { benchmark, resource } = await this.reader.requireBenchmark(principal, id, ip);
    await this.access.require(principal, 'delete', resource, ip);
    const count = await this.assessments.count({ where: { benchmarkId: id } });
    if (count) throw BenchmarkErrors.hasAssessments(count);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ResourceReaderEntity, { resourceType: BENCHMARK, resourceId: id });
      await manager.delete(BenchmarkEntity, { id });
    });
    await this.audit.record({
      action: 'benchmark.deleted',
      actor: principal,
      resourceType: BENCHMARK,
      resourceId: id,
      ip,
      details: { holder: benchmark.ownerPartner, classification: benchmark.classification },
    });
    await this.afterWrite(
      principal,
      benchmark.alignedObjectiveId ? [objectiveScope(benchmark.alignedObjectiveId)] : [],
      benchmark,
    );
    return true;
  }

  /** Joins a benchmark to an aligned objective, or takes it out (null). */
  async align(
    principal: Principal,
    id: string,
    objectiveId: string | null,
    ip: string | null,
  ): Promise<BenchmarkModel> {
    const { benchmark } = await this.requireEditor(principal, id, ip);
    if ((benchmark.alignedObjectiveId ?? null) === objectiveId) {
      return this.reader.one(principal, id, ip);
    }
    const objective = objectiveId ? await this.requireObjective(principal, objectiveId) : null;
    if (objective && !benchmark.withdrawnAt) {
      await this.assertNotHolding(objective, benchmark.ownerPartner, benchmark.id);
    }
    await this.benchmarks.update(
      { id },
      { alignedObjectiveId: objective?.id ?? null, updatedAt: new Date() },
    );
    await this.audit.record({
      action: 'benchmark.aligned',
      actor: principal,
      resourceType: BENCHMARK,
      resourceId: id,
      ip,
      details: { from: benchmark.alignedObjectiveId, to: objective?.id ?? null },
    });
    await this.afterWrite(
      principal,
      [scopeOf(benchmark), scopeOf({ id, alignedObjectiveId: objective?.id ?? null })],
      benchmark,
    );
    return this.reader.one(principal, id, ip);
  }

  // ---- assessments -------------------------------------------------------------------------

  async assess(
    principal: Principal,
    input: RecordAssessmentInput,
    ip: string | null,
  ): Promise<BenchmarkModel> {
    const { benchmark, resource } = await this.reader.requireBenchmark(
      principal,
      input.benchmarkId,
      ip,
    );
    await this.access.require(principal, 'create', resource, ip);
    if (benchmark.withdrawnAt) throw BenchmarkErrors.withdrawn();

    let corrected: BenchmarkAssessmentEntity | null = null;
    if (input.correctsId) {
      corrected = await this.assessments.findOne({ where: { id: input.correctsId } });
      if (!corrected) throw BenchmarkErrors.assessmentNotFound();
      if (corrected.benchmarkId !== benchmark.id) throw BenchmarkErrors.correctionElsewhere();
      if (input.partnerCode && input.partnerCode !== corrected.partnerCode) {
        throw BenchmarkErrors.correctionPartner(corrected.partnerCode);
      }
      if (await this.assessments.exists({ where: { supersedesId: corrected.id } })) {
        throw BenchmarkErrors.alreadyCorrected();
      }
    }
    const partnerCode = this.assessingPartner(
      principal,
      corrected?.partnerCode ?? input.partnerCode ?? null,
    );
    const meeting = input.meetingId
      ? (await this.meetings.requireMeeting(principal, input.meetingId, 'read', ip)).meeting
      : null;
    let date: string;
    if (input.date?.trim()) date = checkDate(input.date, 'date');
    else if (meeting)
      date = DateTime.fromJSDate(meeting.startsAt, { zone: meeting.timeZone }).toISODate()!;
    else date = todayUtc();
    // A day of slack: it is already tomorrow in Canberra while it is still today in UTC.
    if (daysBetween(todayUtc(), date) > 1) throw BenchmarkErrors.assessmentInFuture();
    const evidence = cleanLongText(input.evidence, EVIDENCE_MAX, BenchmarkErrors.evidenceTooLong);
    const chinaResponse = cleanLongText(
      input.chinaResponse,
      CHINA_RESPONSE_MAX,
      BenchmarkErrors.chinaResponseTooLong,
    );
    const links = this.cleanLinks(input.links ?? []);

    const id = randomUUID();
    try {
      await this.assessments.insert({
        id,
        benchmarkId: benchmark.id,
        partnerCode,
        date,
        meetingId: meeting?.id ?? null,
        status: input.status,
        evidence,
        links: JSON.stringify(links),
        chinaResponse,
        supersedesId: corrected?.id ?? null,
        recordedById: principal.userId!,
        recordedAt: new Date(),
      });
    } catch (error) {
      // Two corrections of the same assessment at once: the unique supersedesId keeps one.
      if (corrected) throw BenchmarkErrors.alreadyCorrected();
      throw error;
    }
    await this.audit.record({
      action: corrected ? 'benchmark-assessment.corrected' : 'benchmark-assessment.recorded',
      actor: principal,
      resourceType: BENCHMARK_ASSESSMENT,
      resourceId: id,
      ip,
      details: {
        benchmarkId: benchmark.id,
        partnerCode,
        date,
        status: input.status,
        ...(corrected ? { corrects: corrected.id } : {}),
        ...(meeting ? { meetingId: meeting.id } : {}),
      },
    });
    this.events.changed({
      type: BENCHMARK_ASSESSMENT,
      id,
      benchmarkId: benchmark.id,
      audience: { classification: benchmark.classification, ownerPartner: benchmark.ownerPartner },
      by: principal.displayName,
    });
    await this.conflicts.recompute([scopeOf(benchmark)], principal.displayName);
    return this.reader.one(principal, benchmark.id, ip);
  }

  // ---- aligned objectives ------------------------------------------------------------------

  async objectivesList(principal: Principal): Promise<AlignedObjectiveModel[]> {
    this.reader.requireStaff(principal);
    const rows = await this.objectives.find({ order: { title: 'ASC', id: 'ASC' }, take: 500 });
    return this.objectiveModels(principal, rows);
  }

  async objective(principal: Principal, id: string): Promise<AlignedObjectiveModel> {
    const objective = await this.requireObjective(principal, id);
    return (await this.objectiveModels(principal, [objective]))[0];
  }

  async createObjective(
    principal: Principal,
    input: CreateAlignedObjectiveInput,
    ip: string | null,
  ): Promise<AlignedObjectiveModel> {
    this.reader.requireStaff(principal);
    const title = cleanObjectiveTitle(input.title);
    const description = cleanLongText(input.description);
    await this.assertTitleFree(title, null);
    const joining: BenchmarkEntity[] = [];
    for (const benchmarkId of [...new Set(input.benchmarkIds ?? [])]) {
      joining.push((await this.requireEditor(principal, benchmarkId, ip)).benchmark);
    }
    const holders = joining.filter((b) => !b.withdrawnAt).map((b) => b.ownerPartner);
    const twice = holders.find((h, i) => holders.indexOf(h) !== i);
    if (twice) throw BenchmarkErrors.alreadyHolds(twice, title);
    const id = randomUUID();
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(AlignedObjectiveEntity, {
        id,
        title,
        description,
        createdByPartner: principal.partnerCode ?? 'SECRETARIAT',
        createdById: principal.userId!,
        createdAt: now,
        updatedAt: now,
      });
      if (joining.length) {
        await manager.update(
          BenchmarkEntity,
          { id: In(joining.map((b) => b.id)) },
          { alignedObjectiveId: id, updatedAt: now },
        );
      }
    });
    await this.audit.record({
      action: 'aligned-objective.created',
      actor: principal,
      resourceType: ALIGNED_OBJECTIVE,
      resourceId: id,
      ip,
      details: { title, benchmarkIds: joining.map((b) => b.id) },
    });
    this.events.changed({
      type: ALIGNED_OBJECTIVE,
      id,
      audience: { classification: ALIGNED_OBJECTIVE_CLASSIFICATION, ownerPartner: null },
      by: principal.displayName,
    });
    await this.conflicts.recompute(
      [objectiveScope(id), ...joining.map((b) => scopeOf(b))],
      principal.displayName,
    );
    for (const b of joining) this.announce(principal, b);
    return this.objective(principal, id);
  }

  async updateObjective(
    principal: Principal,
    input: UpdateAlignedObjectiveInput,
    ip: string | null,
  ): Promise<AlignedObjectiveModel> {
    const objective = await this.requireObjective(principal, input.id);
    this.assertObjectiveEditor(principal, objective);
    const patch: Partial<AlignedObjectiveEntity> = {};
    if (input.title !== undefined) {
      const title = cleanObjectiveTitle(input.title);
      if (title !== objective.title) {
        await this.assertTitleFree(title, objective.id);
        patch.title = title;
      }
    }
    if (input.description !== undefined) {
      const description = cleanLongText(input.description);
      if (description !== objective.description) patch.description = description;
    }
    if (Object.keys(patch).length === 0) return this.objective(principal, objective.id);
    await this.objectives.update({ id: objective.id }, { ...patch, updatedAt: new Date() });
    await this.audit.record({
      action: 'aligned-objective.updated',
      actor: principal,
      resourceType: ALIGNED_OBJECTIVE,
      resourceId: objective.id,
      ip,
      details: { changed: Object.keys(patch), ...(patch.title ? { title: patch.title } : {}) },
    });
    this.events.changed({
      type: ALIGNED_OBJECTIVE,
      id: objective.id,
      audience: { classification: ALIGNED_OBJECTIVE_CLASSIFICATION, ownerPartner: null },
      by: principal.displayName,
    });
    // Flags quote the title.
    await this.conflicts.recompute([objectiveScope(objective.id)], principal.displayName);
    return this.objective(principal, objective.id);
  }

  async deleteObjective(principal: Principal, id: string, ip: string | null): Promise<boolean> {
    const objective = await this.requireObjective(principal, id);
    this.assertObjectiveEditor(principal, objective);
    if (await this.benchmarks.exists({ where: { alignedObjectiveId: id } })) {
      throw BenchmarkErrors.objectiveNotEmpty();
    }
    await this.objectives.delete({ id });
    await this.audit.record({
      action: 'aligned-objective.deleted',
      actor: principal,
      resourceType: ALIGNED_OBJECTIVE,
      resourceId: id,
      ip,
      details: { title: objective.title },
    });
    this.events.changed({
      type: ALIGNED_OBJECTIVE,
      id,
      audience: { classification: ALIGNED_OBJECTIVE_CLASSIFICATION, ownerPartner: null },
      by: principal.displayName,
    });
    return true;
  }

  private async objectiveModels(
    principal: Principal,
    objectives: readonly AlignedObjectiveEntity[],
  ): Promise<AlignedObjectiveModel[]> {
    if (objectives.length === 0) return [];
    const ids = objectives.map((o) => o.id);
    const memberRows = await this.reader
      .scoped(principal)
      .andWhere('b.alignedObjectiveId IN (:...ids)', { ids })
      .orderBy('b.ownerPartner', 'ASC')
      .addOrderBy('b.createdAt', 'ASC')
      .getMany();
    const [members, open, creators] = await Promise.all([
      this.reader.hydrate(principal, memberRows),
      this.conflicts.openVisible(principal),
      this.users.find({
        where: { id: In([...new Set(objectives.map((o) => o.createdById))]) },
        select: { id: true, displayName: true, partnerCode: true },
      }),
    ]);
    return objectives.map((o) => {
      const own = members.filter((m) => m.alignedObjective?.id === o.id);
      const active = own.filter((m) => m.active);
      const dates = active
        .map((m) => m.targetDate)
        .filter((d): d is string => !!d)
        .sort();
      const creator = creators.find((u) => u.id === o.createdById);
      return {
        id: o.id,
        title: o.title,
        description: o.description,
        createdByPartner: o.createdByPartner,
        createdBy: creator
          ? { id: creator.id, displayName: creator.displayName, partnerCode: creator.partnerCode }
          : null,
        members: own,
        holders: [...new Set(active.map((m) => m.holder))].sort(),
        themeCodes: [...new Set(own.flatMap((m) => m.themeCodes))].sort(),
        earliestTargetDate: dates[0] ?? null,
        latestTargetDate: dates[dates.length - 1] ?? null,
        deadlineSpreadDays: dates.length ? daysBetween(dates[0], dates[dates.length - 1]) : null,
        openConflictCount: open.filter((c) => c.alignedObjectiveId === o.id).length,
        canEdit: this.isObjectiveEditor(principal, o),
        createdAt: o.createdAt,
        updatedAt: o.updatedAt,
      };
    });
  }

  // ---- internals ---------------------------------------------------------------------------

  /** Loads a benchmark the principal may read, then checks it may change it. */
  private async requireEditor(principal: Principal, id: string, ip: string | null) {
    const found = await this.reader.requireBenchmark(principal, id, ip);
    if (!isBenchmarkEditor(principal, found.benchmark)) {
      throw BenchmarkErrors.notEditor(found.benchmark.ownerPartner);
    }
    await this.access.require(principal, 'update', found.resource, ip);
    return found;
  }

  private async requireObjective(
    principal: Principal,
    id: string,
  ): Promise<AlignedObjectiveEntity> {
    this.reader.requireStaff(principal);
    const objective = await this.objectives.findOne({ where: { id } });
    if (!objective) throw BenchmarkErrors.objectiveNotFound();
    await this.access.require(principal, 'read', {
      type: ALIGNED_OBJECTIVE,
      id,
      classification: ALIGNED_OBJECTIVE_CLASSIFICATION,
      ownerPartner: objective.createdByPartner,
    });
    return objective;
  }

  private isObjectiveEditor(principal: Principal, objective: AlignedObjectiveEntity): boolean {
    return (
      principal.kind === 'SECRETARIAT' ||
      (isStaff(principal) && principal.partnerCode === objective.createdByPartner)
    );
  }

  private assertObjectiveEditor(principal: Principal, objective: AlignedObjectiveEntity): void {
    if (!this.isObjectiveEditor(principal, objective)) throw BenchmarkErrors.objectiveNotEditor();
  }

  private async assertTitleFree(title: string, exceptId: string | null): Promise<void> {
    const qb = this.objectives
      .createQueryBuilder('o')
      .where('LOWER(o.title) = :title', { title: title.toLowerCase() });
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    if (await qb.getExists()) throw BenchmarkErrors.objectiveTitleTaken(title);
  }

  /** A partner holds an aligned objective once: one active benchmark per partner in it. */
  private async assertNotHolding(
    objective: AlignedObjectiveEntity,
    holder: PartnerCode,
    exceptId: string | null,
  ): Promise<void> {
    const other = await this.benchmarks.exists({
      where: {
        alignedObjectiveId: objective.id,
        ownerPartner: holder,
        withdrawnAt: IsNull(),
        ...(exceptId ? { id: Not(exceptId) } : {}),
      },
    });
    if (other) throw BenchmarkErrors.alreadyHolds(holder, objective.title);
  }

  /** The holding partner: the caller's own; the secretariat names any member. */
  holderFor(principal: Principal, requested: PartnerCode | null): PartnerCode {
    if (requested === 'SECRETARIAT') throw BenchmarkErrors.secretariatHolds();
    const own = memberPartnerOf(principal);
    if (!requested) {
      if (!own) throw BenchmarkErrors.holderRequired();
      return own;
    }
    if (requested !== own && principal.kind !== 'SECRETARIAT') {
      throw BenchmarkErrors.holderNotYours(own ?? 'your partner');
    }
    return requested;
  }

  private assessingPartner(principal: Principal, requested: PartnerCode | null): PartnerCode {
    const own = memberPartnerOf(principal);
    if (requested === 'SECRETARIAT') throw BenchmarkErrors.assessingPartnerRequired();
    if (!requested) {
      if (!own) throw BenchmarkErrors.assessingPartnerRequired();
      return own;
    }
    if (requested !== own && principal.kind !== 'SECRETARIAT') {
      throw BenchmarkErrors.assessForOwnPartner(own ?? 'your partner');
    }
    return requested;
  }

  async cleanFields(
    input: BenchmarkFieldsInput & { statement?: string; kind?: BenchmarkKind },
    creating: boolean,
  ) {
    const out: CleanBenchmarkFields = {};
    if (creating || input.statement !== undefined)
      out.statement = cleanStatement(input.statement ?? '');
    if (creating || input.kind !== undefined) {
      if (!input.kind || !BENCHMARK_KINDS.includes(input.kind)) {
        throw CommonErrors.badInput(BenchmarkMessages.kindRequired, { kind: ['required'] });
      }
      out.kind = input.kind;
    }
    if (input.description !== undefined) out.description = cleanLongText(input.description);
    if (input.targetDate !== undefined) {
      out.targetDate = input.targetDate?.trim() ? checkDate(input.targetDate, 'targetDate') : null;
    }
    if (input.themeCodes !== undefined) {
      const wanted = [...new Set(input.themeCodes.map((c) => c.trim()))];
      const found = wanted.length ? await this.themes.find({ where: { code: In(wanted) } }) : [];
      const unknown = wanted.filter((c) => !found.some((t) => t.code === c));
      if (unknown.length) throw BenchmarkErrors.unknownThemes(unknown);
      out.themeCodes = wanted.sort();
    }
    if (input.unInstrument !== undefined) out.unInstrument = input.unInstrument ?? null;
    if (input.unArticle !== undefined) out.unArticle = cleanArticle(input.unArticle);
    if (input.unMechanism !== undefined) out.unMechanism = input.unMechanism ?? null;
    if (input.uprCycle !== undefined) out.uprCycle = checkUprCycle(input.uprCycle);
    if (input.indicators !== undefined) out.indicators = cleanIndicators(input.indicators);
    return out;
  }

  /** Named readers: staff accounts, for RESTRICTED benchmarks only. */
  private async cleanReaders(
    classification: Classification,
    ids: readonly string[] | undefined,
  ): Promise<string[]> {
    const readers = [...new Set(ids ?? [])];
    if (readers.length === 0) return [];
    if (classification !== 'RESTRICTED') throw BenchmarkErrors.readersOnlyWhenRestricted();
    const found = await this.users.find({
      where: { id: In(readers), role: In([...STAFF_ROLES]), disabled: false },
      select: { id: true },
    });
    if (found.length !== readers.length) throw BenchmarkErrors.unknownReaders();
    return readers.sort();
  }

  private cleanLinks(raw: readonly string[]): string[] {
    const links = [...new Set(raw.map((l) => l.trim()).filter(Boolean))];
    if (links.length > LINKS_MAX) throw BenchmarkErrors.tooManyLinks();
    for (const link of links) {
      let url: URL;
      try {
        url = new URL(link);
      } catch {
        throw BenchmarkErrors.badLink(link);
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw BenchmarkErrors.badLink(link);
    }
    return links;
  }

  /** Which list fields a write changes (themes, indicators). */
  private async listChanges(benchmarkId: string, fields: CleanBenchmarkFields): Promise<string[]> {
    const changed: string[] = [];
    if (fields.themeCodes !== undefined) {
      const now = (await this.benchmarkThemes.find({ where: { benchmarkId } }))
        .map((t) => t.themeCode)
        .sort();
      if (now.join(';') !== fields.themeCodes.join(';')) changed.push('themeCodes');
    }
    if (fields.indicators !== undefined) {
      const now = await this.dataSource
        .getRepository(BenchmarkIndicatorEntity)
        .find({ where: { benchmarkId }, order: { position: 'ASC' } });
      if (now.map((i) => i.text).join('\n') !== fields.indicators.join('\n')) {
        changed.push('indicators');
      }
    }
    return changed;
  }

  async writeLists(
    manager: EntityManager,
    benchmarkId: string,
    fields: CleanBenchmarkFields,
    replace = false,
  ): Promise<void> {
    if (fields.themeCodes !== undefined) {
      if (replace) await manager.delete(BenchmarkThemeEntity, { benchmarkId });
      if (fields.themeCodes.length) {
        await manager.insert(
          BenchmarkThemeEntity,
          fields.themeCodes.map((themeCode) => ({ benchmarkId, themeCode })),
        );
      }
    }
    if (fields.indicators !== undefined) {
      if (replace) await manager.delete(BenchmarkIndicatorEntity, { benchmarkId });
      if (fields.indicators.length) {
        await manager.insert(
          BenchmarkIndicatorEntity,
          fields.indicators.map((text, position) => ({ benchmarkId, position, text })),
        );
      }
    }
  }

  private async writeReaders(
    manager: EntityManager,
    benchmarkId: string,
    readers: readonly string[],
    replace = false,
  ): Promise<void> {
    if (replace) {
      await manager.delete(ResourceReaderEntity, {
        resourceType: BENCHMARK,
        resourceId: benchmarkId,
      });
    }
    if (readers.length) {
      await manager.insert(
        ResourceReaderEntity,
        readers.map((userId) => ({ resourceType: BENCHMARK, resourceId: benchmarkId, userId })),
      );
    }
  }

  /** After a benchmark write: flags of the scopes it affects, then open screens. */
  private async afterWrite(
    principal: Principal,
    scopes: readonly string[],
    benchmark: Pick<BenchmarkEntity, 'id' | 'classification' | 'ownerPartner'>,
  ): Promise<void> {
    this.announce(principal, benchmark);
    if (scopes.length) await this.conflicts.recompute(scopes, principal.displayName);
  }

  announce(
    principal: Principal | null,
    benchmark: Pick<BenchmarkEntity, 'id' | 'classification' | 'ownerPartner'>,
  ): void {
    this.events.changed({
      type: BENCHMARK,
      id: benchmark.id,
      benchmarkId: benchmark.id,
      audience: { classification: benchmark.classification, ownerPartner: benchmark.ownerPartner },
      ...(principal?.displayName ? { by: principal.displayName } : {}),
    });
  }
}
