import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { BenchmarkConflictStatus, Classification, PartnerCode } from '@berne/domain';
import { AccessService } from '../../../access/access.service';
import { isStaff, type Principal } from '../../../access/principal';
import { ResourceReaderEntity } from '../../../access/resource-reader.entity';
import { AuditService } from '../../../audit/audit.service';
import { UserEntity } from '../../users/user.entity';
import {
  AlignedObjectiveEntity,
  BenchmarkAssessmentEntity,
  BenchmarkConflictEntity,
  BenchmarkEntity,
} from '../benchmark.entity';
import { BenchmarkEvents } from '../benchmark.events';
import type { BenchmarkConflictModel, BenchmarkConflictSideModel } from '../benchmark.model';
import { BenchmarkErrors, NOTE_MAX } from '../benchmarks.errors';
import type { BenchmarkConflictsFilter } from '../benchmarks.inputs';
import {
  BENCHMARK,
  BENCHMARK_CONFLICT,
  BENCHMARK_SCOPE,
  benchmarkResource,
  memberPartnerOf,
} from '../benchmarks.policy';
import { recomputeConflicts, type ConflictChange } from './conflict-store';

const DEFAULT_STATUSES: readonly BenchmarkConflictStatus[] = ['OPEN', 'RESOLVED'];
const LIST_LIMIT = 200;

export const conflictStatus = (
  c: Pick<BenchmarkConflictEntity, 'resolvedAt' | 'clearedAt'>,
): BenchmarkConflictStatus => (c.resolvedAt ? 'RESOLVED' : c.clearedAt ? 'CLEARED' : 'OPEN');

/** Who hears about a flag: the narrowest audience that may read both sides (none if nobody may). */
export function conflictAudience(
  sides: readonly Pick<BenchmarkEntity, 'classification' | 'ownerPartner'>[],
): { classification: Classification; ownerPartner: PartnerCode | null } | null {
  if (sides.some((s) => s.classification === 'RESTRICTED')) return null;
  const owners = new Set(
    sides.filter((s) => s.classification === 'PARTNER_PRIVATE').map((s) => s.ownerPartner),
  );
  if (owners.size > 1) return null;
  if (owners.size === 1) return { classification: 'PARTNER_PRIVATE', ownerPartner: [...owners][0] };
  return { classification: 'PARTNERS', ownerPartner: null };
}

/**
 * Conflict flags between partners' benchmarks: recomputed after every relevant write (rules in
 * conflict-rules.ts, persistence in conflict-store.ts), listed to those who may read both sides
 * (scoped in SQL), resolved with a note by a partner on either side or the secretariat.
 */
@Injectable()
export class BenchmarkConflictsService {
  private readonly logger = new Logger(BenchmarkConflictsService.name);
  /** Recomputations of one process run one at a time; the unique activeKey guards across replicas. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectRepository(BenchmarkConflictEntity)
    private readonly conflicts: Repository<BenchmarkConflictEntity>,
    @InjectRepository(BenchmarkEntity) private readonly benchmarks: Repository<BenchmarkEntity>,
    @InjectRepository(BenchmarkAssessmentEntity)
    private readonly assessments: Repository<BenchmarkAssessmentEntity>,
    @InjectRepository(AlignedObjectiveEntity)
    private readonly objectives: Repository<AlignedObjectiveEntity>,
    @InjectRepository(ResourceReaderEntity)
    private readonly readers: Repository<ResourceReaderEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: BenchmarkEvents,
  ) {}

  /**
   * Recomputes the flags of some scopes after a write has committed, and tells open screens.
   * A failure is logged and retried; it never undoes the write (the next write recomputes).
   */
  recompute(scopeKeys: readonly string[], by?: string): Promise<ConflictChange[]> {
    const run = this.queue.then(() => this.recomputeWithRetry(scopeKeys));
    this.queue = run.catch(() => undefined);
    return run
      .then(async (changes) => {
        await this.announce(changes, by);
        return changes;
      })
      .catch((error: unknown) => {
        this.logger.error(`Conflict recomputation failed: ${(error as Error).message}`);
        return [];
      });
  }

  private async recomputeWithRetry(scopeKeys: readonly string[]): Promise<ConflictChange[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((manager) =>
          recomputeConflicts(manager, scopeKeys),
        );
      } catch (error) {
        // Another replica recomputed the same scope at the same moment (unique activeKey).
        if (attempt >= 3) throw error;
      }
    }
  }

  private async announce(changes: readonly ConflictChange[], by?: string): Promise<void> {
    if (changes.length === 0) return;
    const flags = await this.conflicts.find({ where: { id: In(changes.map((c) => c.id)) } });
    const sideIds = flags.flatMap((f) =>
      [f.sideABenchmarkId, f.sideBBenchmarkId].filter((x): x is string => !!x),
    );
    const sides = sideIds.length
      ? await this.benchmarks.find({
          where: { id: In(sideIds) },
          select: { id: true, classification: true, ownerPartner: true },
        })
      : [];
    for (const f of flags) {
      const ids = [f.sideABenchmarkId, f.sideBBenchmarkId].filter((x): x is string => !!x);
      const audience = conflictAudience(sides.filter((s) => ids.includes(s.id)));
      const targets: (string | null)[] = ids.length ? [...new Set(ids)] : [null];
      for (const benchmarkId of targets) {
        this.events.changed({
          type: BENCHMARK_CONFLICT,
          id: f.id,
          ...(benchmarkId ? { benchmarkId } : {}),
          audience,
          by,
        });
      }
    }
  }

  // ---- reads -------------------------------------------------------------------------------

  /** Flags whose every side the principal may read, newest first. */
  async list(
    principal: Principal,
    filter: BenchmarkConflictsFilter,
  ): Promise<BenchmarkConflictModel[]> {
    const rows = await this.visible(principal, filter);
    return this.toModels(principal, rows);
  }

  /** Active flags (open or resolved) naming any of these benchmarks, by benchmark. */
  async activeFor(
    principal: Principal,
    benchmarkIds: readonly string[],
  ): Promise<Map<string, BenchmarkConflictModel[]>> {
    const out = new Map<string, BenchmarkConflictModel[]>();
    if (benchmarkIds.length === 0) return out;
    const rows = await this.scoped(principal)
      .andWhere('c.activeKey IS NOT NULL')
      .andWhere(
        new Brackets((w) =>
          w
            .where('c.sideABenchmarkId IN (:...cids)', { cids: [...benchmarkIds] })
            .orWhere('c.sideBBenchmarkId IN (:...cids)'),
        ),
      )
      .orderBy('c.detectedAt', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(1000)
      .getMany();
    const models = await this.toModels(principal, rows);
    for (const m of models) {
      for (const side of [m.sideA, m.sideB]) {
        if (side && benchmarkIds.includes(side.benchmarkId)) {
          const list = out.get(side.benchmarkId) ?? [];
          if (!list.includes(m)) list.push(m);
          out.set(side.benchmarkId, list);
        }
      }
    }
    return out;
  }

  /** Open flags the principal may read (for counts on the matrix and the dashboard). */
  async openVisible(principal: Principal): Promise<BenchmarkConflictEntity[]> {
    return this.visible(principal, { statuses: ['OPEN'], limit: 1000 });
  }

  async get(principal: Principal, id: string): Promise<BenchmarkConflictModel> {
    const row = await this.scoped(principal).andWhere('c.id = :id', { id }).getOne();
    if (!row) throw BenchmarkErrors.conflictNotFound();
    return (await this.toModels(principal, [row]))[0];
  }

  private async visible(
    principal: Principal,
    filter: BenchmarkConflictsFilter,
  ): Promise<BenchmarkConflictEntity[]> {
    this.requireStaff(principal);
    const statuses = filter.statuses?.length ? filter.statuses : DEFAULT_STATUSES;
    const qb = this.scoped(principal).andWhere(
      new Brackets((w) => {
        if (statuses.includes('OPEN')) w.orWhere('(c.resolvedAt IS NULL AND c.clearedAt IS NULL)');
        if (statuses.includes('RESOLVED')) {
          // Resolved flags whose condition still holds; with CLEARED, also the past ones.
          w.orWhere(
            statuses.includes('CLEARED')
              ? 'c.resolvedAt IS NOT NULL'
              : '(c.resolvedAt IS NOT NULL AND c.activeKey IS NOT NULL)',
          );
        }
        if (statuses.includes('CLEARED'))
          w.orWhere('(c.resolvedAt IS NULL AND c.clearedAt IS NOT NULL)');
      }),
    );
    if (filter.kinds?.length) qb.andWhere('c.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.alignedObjectiveId) {
      qb.andWhere('c.alignedObjectiveId = :objective', { objective: filter.alignedObjectiveId });
    }
    if (filter.benchmarkId) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('c.sideABenchmarkId = :bid', { bid: filter.benchmarkId })
            .orWhere('c.sideBBenchmarkId = :bid'),
        ),
      );
    }
    return qb
      .orderBy('c.detectedAt', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .limit(Math.min(filter.limit ?? LIST_LIMIT, 1000))
      .getMany();
  }

  /** A flag is visible when the principal may read the benchmark on each of its sides. */
  private scoped(principal: Principal): SelectQueryBuilder<BenchmarkConflictEntity> {
    return this.conflicts
      .createQueryBuilder('c')
      .leftJoin(BenchmarkEntity, 'ba', 'ba.id = c.sideABenchmarkId')
      .leftJoin(BenchmarkEntity, 'bb', 'bb.id = c.sideBBenchmarkId')
      .where(
        new Brackets((w) =>
          w
            .where('c.sideABenchmarkId IS NULL')
            .orWhere(this.access.readScope(principal, 'ba', BENCHMARK_SCOPE)),
        ),
      )
      .andWhere(
        new Brackets((w) =>
          w
            .where('c.sideBBenchmarkId IS NULL')
            .orWhere(this.access.readScope(principal, 'bb', BENCHMARK_SCOPE)),
        ),
      );
  }

  async toModels(
    principal: Principal,
    rows: readonly BenchmarkConflictEntity[],
  ): Promise<BenchmarkConflictModel[]> {
    if (rows.length === 0) return [];
    const benchmarkIds = [
      ...new Set(
        rows
          .flatMap((r) => [r.sideABenchmarkId, r.sideBBenchmarkId])
          .filter((x): x is string => !!x),
      ),
    ];
    const assessmentIds = rows
      .flatMap((r) => [r.sideAAssessmentId, r.sideBAssessmentId])
      .filter((x): x is string => !!x);
    const objectiveIds = [
      ...new Set(rows.map((r) => r.alignedObjectiveId).filter((x): x is string => !!x)),
    ];
    const resolverIds = [
      ...new Set(rows.map((r) => r.resolvedById).filter((x): x is string => !!x)),
    ];
    const [benchmarks, assessments, objectives, users] = await Promise.all([
      benchmarkIds.length ? this.benchmarks.find({ where: { id: In(benchmarkIds) } }) : [],
      assessmentIds.length ? this.assessments.find({ where: { id: In(assessmentIds) } }) : [],
      objectiveIds.length ? this.objectives.find({ where: { id: In(objectiveIds) } }) : [],
      resolverIds.length
        ? this.users.find({
            where: { id: In(resolverIds) },
            select: { id: true, displayName: true, partnerCode: true },
          })
        : [],
    ]);
    const side = (
      benchmarkId: string | null,
      partner: PartnerCode | null,
      assessmentId: string | null,
    ): BenchmarkConflictSideModel | null => {
      const b = benchmarks.find((x) => x.id === benchmarkId);
      if (!b) return null;
      const a = assessmentId ? assessments.find((x) => x.id === assessmentId) : undefined;
      return {
        benchmarkId: b.id,
        statement: b.statement,
        partnerCode: partner ?? b.ownerPartner,
        holder: b.ownerPartner,
        kind: b.kind,
        targetDate: b.targetDate,
        assessmentId: a?.id ?? null,
        assessmentStatus: a?.status ?? null,
        assessmentDate: a?.date ?? null,
      };
    };
    return rows.map((r) => {
      const objective = objectives.find((o) => o.id === r.alignedObjectiveId);
      const resolver = users.find((u) => u.id === r.resolvedById);
      const sideA = side(r.sideABenchmarkId, r.sideAPartner, r.sideAAssessmentId);
      const sideB = side(r.sideBBenchmarkId, r.sideBPartner, r.sideBAssessmentId);
      return {
        id: r.id,
        kind: r.kind,
        status: conflictStatus(r),
        active: r.activeKey !== null,
        message: r.message,
        period: r.period,
        alignedObjective: objective ? { id: objective.id, title: objective.title } : null,
        sideA,
        sideB,
        previousId: r.previousId,
        detectedAt: r.detectedAt,
        updatedAt: r.updatedAt,
        clearedAt: r.clearedAt,
        resolvedAt: r.resolvedAt,
        resolvedBy: resolver
          ? {
              id: resolver.id,
              displayName: resolver.displayName,
              partnerCode: resolver.partnerCode,
            }
          : null,
        resolutionNote: r.resolutionNote,
        canResolve:
          r.activeKey !== null &&
          !r.resolvedAt &&
          this.mayResolve(
            principal,
            [sideA, sideB].flatMap((x) => (x ? [x.partnerCode, x.holder] : [])),
          ),
      };
    });
  }

  // ---- resolution --------------------------------------------------------------------------

  async resolve(
    principal: Principal,
    id: string,
    rawNote: string,
    ip: string | null,
  ): Promise<BenchmarkConflictModel> {
    this.requireStaff(principal);
    const flag = await this.conflicts.findOne({ where: { id } });
    if (!flag) throw BenchmarkErrors.conflictNotFound();
    // Every side must be readable, through the policy (named readers included).
    const sideIds = [flag.sideABenchmarkId, flag.sideBBenchmarkId].filter((x): x is string => !!x);
    const sides = sideIds.length ? await this.benchmarks.find({ where: { id: In(sideIds) } }) : [];
    const named = sideIds.length
      ? await this.readers.find({ where: { resourceType: BENCHMARK, resourceId: In(sideIds) } })
      : [];
    for (const b of sides) {
      const readers = named.filter((r) => r.resourceId === b.id).map((r) => r.userId);
      if (!this.access.can(principal, 'read', benchmarkResource(b, readers))) {
        throw BenchmarkErrors.conflictNotFound();
      }
    }
    const note = rawNote.trim();
    if (!note) throw BenchmarkErrors.noteRequired();
    if (note.length > NOTE_MAX) throw BenchmarkErrors.noteTooLong();
    if (flag.resolvedAt) throw BenchmarkErrors.alreadyResolved();
    if (!flag.activeKey) throw BenchmarkErrors.conflictCleared();
    const partners = [flag.sideAPartner, flag.sideBPartner, ...sides.map((s) => s.ownerPartner)];
    if (
      !this.mayResolve(
        principal,
        partners.filter((p): p is PartnerCode => !!p),
      )
    ) {
      throw BenchmarkErrors.notConflictParty();
    }
    const now = new Date();
    const result = await this.conflicts
      .createQueryBuilder()
      .update(BenchmarkConflictEntity)
      .set({
        resolvedAt: now,
        resolvedById: principal.userId!,
        resolutionNote: note,
        resolvedFacts: flag.facts,
        updatedAt: now,
      })
      .where('id = :id AND "resolvedAt" IS NULL AND "activeKey" IS NOT NULL', { id })
      .execute();
    if (!result.affected) throw BenchmarkErrors.alreadyResolved();
    await this.audit.record({
      action: 'benchmark-conflict.resolved',
      actor: principal,
      resourceType: BENCHMARK_CONFLICT,
      resourceId: id,
      ip,
      details: { kind: flag.kind, sideA: flag.sideABenchmarkId, sideB: flag.sideBBenchmarkId },
    });
    await this.announce([{ id, change: 'updated' }], principal.displayName);
    return this.get(principal, id);
  }

  /**
   * Staff of a partner on either side, and the secretariat. A flag with no benchmark on its sides
   * (an objective nobody holds) may be resolved by any staff member.
   */
  private mayResolve(principal: Principal, sidePartners: readonly PartnerCode[]): boolean {
    if (!isStaff(principal)) return false;
    if (principal.kind === 'SECRETARIAT' || sidePartners.length === 0) return true;
    const own = memberPartnerOf(principal);
    return !!own && sidePartners.includes(own);
  }

  private requireStaff(principal: Principal): void {
    if (!isStaff(principal)) throw BenchmarkErrors.staffOnly();
  }
}
