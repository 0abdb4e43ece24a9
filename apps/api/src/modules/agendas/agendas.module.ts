import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BenchmarksModule } from '../benchmarks/benchmarks.module';
import { CasesModule } from '../cases/cases.module';
import { BriefingNotesModule } from '../briefing-notes/briefing-notes.module';
import { ActionItemsModule } from '../meetings/action-items/action-items.module';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsModule } from '../meetings/meetings.module';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import {
  AgendaConsentEntity,
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemGroupEntity,
  AgendaItemHistoryEntity,
  AgendaItemLinkEntity,
  AgendaItemThemeEntity,
  AgendaSpeakerEntity,
  AgendaVersionEntity,
} from './agenda.entity';
import { AgendasResolver } from './agendas.resolver';
import { AgendasService } from './agendas.service';
import { AgendaContinuityResolver } from './continuity/agenda-continuity.resolver';
import { AgendaContinuityService } from './continuity/agenda-continuity.service';
import { AgendaItemReader } from './continuity/agenda-item-reader';
import { AgendaExportController } from './export/agenda-export.controller';
import { AgendaExportService } from './export/agenda-export.service';
import { AgendaSearchResolver } from './search/agenda-search.resolver';
import { AgendaSearchService } from './search/agenda-search.service';

export const AGENDA_ENTITIES = [
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemThemeEntity,
  AgendaItemGroupEntity,
  AgendaItemLinkEntity,
  AgendaConsentEntity,
  AgendaItemHistoryEntity,
  AgendaSpeakerEntity,
  AgendaVersionEntity,
];

/** How often silence procedures whose deadline passed are settled, besides on every read. */
const SILENCE_SWEEP_MS = 30_000;

/**
 * Joint agendas: proposals, consent per delegation, silence procedures, locking; continuity across
 * rounds (theme timeline, raised before, suggestions), search, and PDF/DOCX exports. Items link to
 * briefing notes and benchmarks (BenchmarksModule must never import this module back).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...AGENDA_ENTITIES, ThemeEntity, UserEntity, MeetingEntity]),
    MeetingsModule,
    BriefingNotesModule,
    BenchmarksModule,
    CasesModule,
    ActionItemsModule,
  ],
  controllers: [AgendaExportController],
  providers: [
    AgendasService,
    AgendasResolver,
    AgendaItemReader,
    AgendaContinuityService,
    AgendaContinuityResolver,
    AgendaSearchService,
    AgendaSearchResolver,
    AgendaExportService,
  ],
  exports: [AgendasService],
})
export class AgendasModule implements OnModuleInit, OnModuleDestroy {
  private sweep?: NodeJS.Timeout;

  constructor(private readonly agendas: AgendasService) {}

  onModuleInit(): void {
    this.sweep = setInterval(
      () => void this.agendas.settleSilence().catch(() => undefined),
      SILENCE_SWEEP_MS,
    );
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    if (this.sweep) clearInterval(this.sweep);
  }
}
