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
import { NotificationTargets } from '../notifications/notification-targets';
import { BriefingNoteEvents } from './briefing-note.events';
import { NoteCommentEntity, NoteCommentThreadEntity } from './comments/note-comment.entity';
import { NoteCommentsResolver } from './comments/note-comments.resolver';
import { NoteCommentsService } from './comments/note-comments.service';
import { NoteVersionApprovalEntity, NoteVersionEntity } from './versions/note-version.entity';
import { NoteVersionsResolver } from './versions/note-versions.resolver';
import { NoteVersionsService } from './versions/note-versions.service';
import { BriefingNotesResolver } from './briefing-notes.resolver';
import { BRIEFING_NOTE, briefingNoteDocName } from './briefing-notes.policy';
import { BriefingNotesService } from './briefing-notes.service';

/** Briefing notes, whose content is a live document (`briefing-note:<id>`) on /collab. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      BriefingNoteEntity,
      BriefingNoteThemeEntity,
      BriefingNoteAuthorEntity,
      NoteVersionEntity,
      NoteVersionApprovalEntity,
      NoteCommentThreadEntity,
      NoteCommentEntity,
      ResourceReaderEntity,
      ThemeEntity,
      UserEntity,
    ]),
  ],
  providers: [
    BriefingNotesService,
    BriefingNotesResolver,
    BriefingNoteEvents,
    NoteVersionsService,
    NoteVersionsResolver,
    NoteCommentsService,
    NoteCommentsResolver,
  ],
  exports: [BriefingNotesService],
})
export class BriefingNotesModule implements OnModuleInit, OnModuleDestroy {
  private stopRelaying?: () => void;

  constructor(
    private readonly notes: BriefingNotesService,
    private readonly documents: CollabDocuments,
    private readonly versions: NoteVersionsService,
    private readonly targets: NotificationTargets,
  ) {}

  onModuleInit(): void {
    this.documents.register({
      prefix: 'briefing-note',
      resource: (id) => this.notes.resourceForDoc(briefingNoteDocName(id)),
      onEdit: (id, userId) => this.notes.recordAuthor(id, userId),
      snapshot: (id, state) => this.versions.snapshot(id, state),
    });
    // Notifications about a note show its title only to readers who may still open it.
    this.targets.register(BRIEFING_NOTE, (principal, ids) => this.notes.titlesFor(principal, ids));
    // Reclassified or archived: open editors are re-checked at once (on every replica).
    this.stopRelaying = this.notes.onAccessChanged(({ docName }) => this.documents.accessChanged(docName));
  }

  onModuleDestroy(): void {
    this.stopRelaying?.();
  }
}
