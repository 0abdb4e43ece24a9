import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BriefingNotesModule } from '../briefing-notes/briefing-notes.module';
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

/** Joint agendas: proposals, consent per delegation, silence procedures, locking. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...AGENDA_ENTITIES, ThemeEntity, UserEntity]),
    MeetingsModule,
    BriefingNotesModule,
  ],
  providers: [AgendasService, AgendasResolver],
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
