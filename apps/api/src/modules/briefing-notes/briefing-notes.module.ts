import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { CollabDocuments } from '../../collab/collab-documents';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import {
  BriefingNoteAuthorEntity,
  BriefingNoteEntity,
  BriefingNoteThemeEntity,
} from './briefing-note.entity';
import { BriefingNoteEvents } from './briefing-note.events';
import { BriefingNotesResolver } from './briefing-notes.resolver';
import { briefingNoteDocName } from './briefing-notes.policy';
import { BriefingNotesService } from './briefing-notes.service';

/** Briefing notes, whose content is a live document (`briefing-note:<id>`) on /collab. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      BriefingNoteEntity,
      BriefingNoteThemeEntity,
      BriefingNoteAuthorEntity,
      ResourceReaderEntity,
      ThemeEntity,
      UserEntity,
    ]),
  ],
  providers: [BriefingNotesService, BriefingNotesResolver, BriefingNoteEvents],
  exports: [BriefingNotesService],
})
export class BriefingNotesModule implements OnModuleInit, OnModuleDestroy {
  private stopRelaying?: () => void;

  constructor(
    private readonly notes: BriefingNotesService,
    private readonly documents: CollabDocuments,
  ) {}

  onModuleInit(): void {
    this.documents.register({
      prefix: 'briefing-note',
      resource: (id) => this.notes.resourceForDoc(briefingNoteDocName(id)),
      onEdit: (id, userId) => this.notes.recordAuthor(id, userId),
    });
    // Reclassified or archived: open editors are re-checked at once (on every replica).
    this.stopRelaying = this.notes.onAccessChanged(({ docName }) => this.documents.accessChanged(docName));
  }

  onModuleDestroy(): void {
    this.stopRelaying?.();
  }
}
