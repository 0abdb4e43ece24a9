import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import {
  BriefingNoteAuthorEntity,
  BriefingNoteEntity,
  BriefingNoteThemeEntity,
} from './briefing-note.entity';
import { BriefingNoteEvents } from './briefing-note.events';
import { BriefingNotesResolver } from './briefing-notes.resolver';
import { BriefingNotesService } from './briefing-notes.service';

/** Exports the service for the collab layer: resourceForDoc, recordAuthor, onAccessChanged. */
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
export class BriefingNotesModule {}
