import { Module } from '@nestjs/common';
import { CollabModule } from '../../../collab/collab.module';
import { BriefingNotesModule } from '../briefing-notes.module';
import { BriefingNoteExportController } from './briefing-note-export.controller';
import { BriefingNoteExportService } from './briefing-note-export.service';

/**
 * Downloads of a briefing note as Markdown, Word or PDF. Access and audit of reads come from
 * BriefingNotesService; the content from the collab storage; partners and audit are global.
 */
@Module({
  imports: [BriefingNotesModule, CollabModule],
  controllers: [BriefingNoteExportController],
  providers: [BriefingNoteExportService],
})
export class BriefingNoteExportModule {}
