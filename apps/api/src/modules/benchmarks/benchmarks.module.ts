import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LIVE_EVENTS } from '@berne/domain';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { LiveGateway } from '../../realtime/live.gateway';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsModule } from '../meetings/meetings.module';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import { BenchmarkReader } from './benchmark-reader';
import {
  AlignedObjectiveEntity,
  BenchmarkAssessmentEntity,
  BenchmarkConflictEntity,
  BenchmarkEntity,
  BenchmarkIndicatorEntity,
  BenchmarkThemeEntity,
} from './benchmark.entity';
import { BenchmarkEvents } from './benchmark.events';
import {
  AlignedObjectivesResolver,
  BenchmarkInsightsResolver,
  BenchmarksResolver,
} from './benchmarks.resolver';
import { BenchmarksService } from './benchmarks.service';
import { BenchmarkConflictsService } from './conflicts/benchmark-conflicts.service';
import { BenchmarkCsvController } from './csv/benchmark-csv.controller';
import { BenchmarkCsvService } from './csv/benchmark-csv.service';
import { BenchmarkInsightsService } from './trends/benchmark-insights.service';

export const BENCHMARK_ENTITIES = [
  AlignedObjectiveEntity,
  BenchmarkEntity,
  BenchmarkThemeEntity,
  BenchmarkIndicatorEntity,
  BenchmarkAssessmentEntity,
  BenchmarkConflictEntity,
];

/**
 * Benchmarks (seed rec. 8) and suspension criteria (rec. 2a): objectives with time limits held by
 * partners, assessments over time and their trends, aligned objectives with conflict flags, the
 * alignment matrix, the dashboard, CSV import and export; changes pushed live over /live.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ...BENCHMARK_ENTITIES,
      ThemeEntity,
      UserEntity,
      MeetingEntity,
      ResourceReaderEntity,
    ]),
    MeetingsModule,
  ],
  controllers: [BenchmarkCsvController],
  providers: [
    BenchmarkEvents,
    BenchmarkReader,
    BenchmarkConflictsService,
    BenchmarksService,
    BenchmarkInsightsService,
    BenchmarkCsvService,
    BenchmarksResolver,
    AlignedObjectivesResolver,
    BenchmarkInsightsResolver,
  ],
  exports: [BenchmarkReader],
})
export class BenchmarksModule implements OnModuleInit, OnModuleDestroy {
  private stopRelaying?: () => void;

  constructor(
    private readonly events: BenchmarkEvents,
    private readonly live: LiveGateway,
  ) {}

  onModuleInit(): void {
    // Open screens refetch what changed, through the policy; the push carries ids (and who did
    // it) only, to those who may read the record — a flag whose sides nobody may read together
    // is not announced.
    this.stopRelaying = this.events.onChanged(({ type, id, benchmarkId, audience, by }) => {
      if (!audience) return;
      this.live.toReaders(audience, LIVE_EVENTS.benchmarksChanged, {
        type,
        id,
        ...(benchmarkId ? { benchmarkId } : {}),
        ...(by ? { by } : {}),
      });
    });
  }

  onModuleDestroy(): void {
    this.stopRelaying?.();
  }
}
