import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { BenchmarkKind } from '@berne/domain';
import type { Principal } from '../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../auth/request-context';
import { CommonErrors } from '../../common/app-error';
import { BenchmarkKindEnum } from './benchmark.enums';
import {
  AlignedObjectiveModel,
  BenchmarkConflictModel,
  BenchmarkDashboardModel,
  BenchmarkImportReportModel,
  BenchmarkMatrixModel,
  BenchmarkModel,
} from './benchmark.model';
import {
  BenchmarkConflictsFilter,
  BenchmarkDashboardFilter,
  BenchmarkMatrixFilter,
  BenchmarksFilter,
  CreateAlignedObjectiveInput,
  CreateBenchmarkInput,
  RESOLUTION_NOTE_RAW_MAX,
  RecordAssessmentInput,
  UpdateAlignedObjectiveInput,
  UpdateBenchmarkInput,
  WITHDRAW_REASON_RAW_MAX,
} from './benchmarks.inputs';
import { BenchmarksService } from './benchmarks.service';
import { BenchmarkConflictsService } from './conflicts/benchmark-conflicts.service';
import { BenchmarkCsvService } from './csv/benchmark-csv.service';
import { BenchmarkInsightsService } from './trends/benchmark-insights.service';

/** Benchmarks and suspension criteria: reads, writes and assessments. */
@Resolver(() => BenchmarkModel)
export class BenchmarksResolver {
  constructor(private readonly service: BenchmarksService) {}

  @Query(() => [BenchmarkModel], {
    description:
      'Benchmarks the caller may read (objectives and preconditions unless kinds say otherwise), soonest time limit first. Staff only.',
  })
  async benchmarks(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => BenchmarksFilter, nullable: true })
    filter?: BenchmarksFilter,
  ): Promise<BenchmarkModel[]> {
    return this.service.list(principal, filter ?? {});
  }

  @Query(() => [BenchmarkModel], {
    description:
      'Suspension criteria (seed rec. 2a) the caller may read; the filter’s kinds are ignored.',
  })
  async suspensionCriteria(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => BenchmarksFilter, nullable: true })
    filter?: BenchmarksFilter,
  ): Promise<BenchmarkModel[]> {
    return this.service.list(principal, filter ?? {}, ['SUSPENSION_CRITERION']);
  }

  @Query(() => BenchmarkModel)
  async benchmark(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BenchmarkModel> {
    return this.service.get(principal, id, ip);
  }

  @Mutation(() => BenchmarkModel, {
    description:
      "Creates a benchmark held by the caller's partner (the secretariat names the holder).",
  })
  async createBenchmark(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: CreateBenchmarkInput,
  ): Promise<BenchmarkModel> {
    return this.service.create(principal, input, ip);
  }

  @Mutation(() => BenchmarkModel, {
    description:
      'Changes a benchmark (holder’s staff, secretariat); its classification and readers need the holder’s coordinator or the secretariat.',
  })
  async updateBenchmark(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: UpdateBenchmarkInput,
  ): Promise<BenchmarkModel> {
    return this.service.update(principal, input, ip);
  }

  @Mutation(() => BenchmarkModel, {
    description: 'The holder stops holding it, with a reason; it and its history stay.',
  })
  async withdrawBenchmark(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<BenchmarkModel> {
    if (reason.length > WITHDRAW_REASON_RAW_MAX) {
      throw CommonErrors.badInput('A reason has at most 500 characters.');
    }
    return this.service.withdraw(principal, id, reason, ip);
  }

  @Mutation(() => BenchmarkModel)
  async reinstateBenchmark(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BenchmarkModel> {
    return this.service.reinstate(principal, id, ip);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a benchmark entered by mistake (holder’s coordinator, secretariat); one with assessments is withdrawn instead.',
  })
  async deleteBenchmark(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.service.delete(principal, id, ip);
  }

  @Mutation(() => BenchmarkModel, {
    description: 'Joins a benchmark to an aligned objective; null takes it out.',
  })
  async alignBenchmark(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('benchmarkId', { type: () => ID }) benchmarkId: string,
    @Args('alignedObjectiveId', { type: () => ID, nullable: true })
    alignedObjectiveId?: string | null,
  ): Promise<BenchmarkModel> {
    return this.service.align(principal, benchmarkId, alignedObjectiveId ?? null, ip);
  }

  @Mutation(() => BenchmarkModel, {
    description:
      'Records a partner’s assessment (a new row: with correctsId, a correction of an earlier one). Returns the benchmark with its history and trends.',
  })
  async recordBenchmarkAssessment(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: RecordAssessmentInput,
  ): Promise<BenchmarkModel> {
    return this.service.assess(principal, input, ip);
  }
}

/** Aligned objectives: one objective held by several partners. */
@Resolver(() => AlignedObjectiveModel)
export class AlignedObjectivesResolver {
  constructor(private readonly benchmarks: BenchmarksService) {}

  @Query(() => [AlignedObjectiveModel], { description: 'By title. Staff only.' })
  async alignedObjectives(
    @CurrentPrincipal() principal: Principal,
  ): Promise<AlignedObjectiveModel[]> {
    return this.benchmarks.objectivesList(principal);
  }

  @Query(() => AlignedObjectiveModel)
  async alignedObjective(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AlignedObjectiveModel> {
    return this.benchmarks.objective(principal, id);
  }

  @Mutation(() => AlignedObjectiveModel, {
    description:
      'Creates an aligned objective (a unique title), optionally joining benchmarks to it.',
  })
  async createAlignedObjective(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: CreateAlignedObjectiveInput,
  ): Promise<AlignedObjectiveModel> {
    return this.benchmarks.createObjective(principal, input, ip);
  }

  @Mutation(() => AlignedObjectiveModel, {
    description: 'Its creating partner’s staff and the secretariat change it.',
  })
  async updateAlignedObjective(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: UpdateAlignedObjectiveInput,
  ): Promise<AlignedObjectiveModel> {
    return this.benchmarks.updateObjective(principal, input, ip);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an aligned objective no benchmark is joined to.',
  })
  async deleteAlignedObjective(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.benchmarks.deleteObjective(principal, id, ip);
  }
}

/** Conflict flags, the alignment matrix, the dashboard, CSV. */
@Resolver()
export class BenchmarkInsightsResolver {
  constructor(
    private readonly conflicts: BenchmarkConflictsService,
    private readonly insights: BenchmarkInsightsService,
    private readonly csv: BenchmarkCsvService,
  ) {}

  @Query(() => [BenchmarkConflictModel], {
    description: 'Conflict flags whose every side the caller may read, newest first.',
  })
  async benchmarkConflicts(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => BenchmarkConflictsFilter, nullable: true })
    filter?: BenchmarkConflictsFilter,
  ): Promise<BenchmarkConflictModel[]> {
    return this.conflicts.list(principal, filter ?? {});
  }

  @Mutation(() => BenchmarkConflictModel, {
    description:
      'Resolves a flag with a note (staff of a partner on either side, or the secretariat). It opens again as a new flag if its facts change.',
  })
  async resolveBenchmarkConflict(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('note') note: string,
  ): Promise<BenchmarkConflictModel> {
    if (note.length > RESOLUTION_NOTE_RAW_MAX) {
      throw CommonErrors.badInput('A note has at most 2000 characters.');
    }
    return this.conflicts.resolve(principal, id, note, ip);
  }

  @Query(() => BenchmarkMatrixModel, {
    description: 'Partners × aligned objectives: who holds what, as which kind, by when.',
  })
  async benchmarkMatrix(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => BenchmarkMatrixFilter, nullable: true })
    filter?: BenchmarkMatrixFilter,
  ): Promise<BenchmarkMatrixModel> {
    return this.insights.matrix(principal, filter ?? {});
  }

  @Query(() => BenchmarkDashboardModel, {
    description: 'Heat map of themes × rounds, upcoming and overdue deadlines, statuses.',
  })
  async benchmarkDashboard(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => BenchmarkDashboardFilter, nullable: true })
    filter?: BenchmarkDashboardFilter,
  ): Promise<BenchmarkDashboardModel> {
    return this.insights.dashboard(principal, filter ?? {});
  }

  @Query(() => String, {
    description:
      'The benchmarks the caller may read as CSV (every kind unless kinds say otherwise); also GET /api/benchmarks.csv.',
  })
  async benchmarksCsv(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('kinds', { type: () => [BenchmarkKindEnum], nullable: true })
    kinds?: BenchmarkKind[] | null,
  ): Promise<string> {
    return this.csv.export(principal, kinds ?? undefined, ip);
  }

  @Mutation(() => BenchmarkImportReportModel, {
    description:
      'Imports benchmarks from CSV text (at most 1 MB): every bad row is reported by row and column, and nothing is imported until the file is clean. dryRun only checks.',
  })
  async importBenchmarksCsv(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('csv') csv: string,
    @Args('dryRun', { nullable: true, defaultValue: false }) dryRun: boolean,
  ): Promise<BenchmarkImportReportModel> {
    return this.csv.import(principal, csv, dryRun, ip);
  }
}
