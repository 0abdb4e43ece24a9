import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { BriefingNoteExportService } from './briefing-note-export.service';
import { parseExportFormat, parseNoteId } from './export-format';

/**
 * `GET /api/briefing-notes/:id/export/:format` (md, docx, pdf): a download. Signed-in callers
 * only (the global AuthGuard answers 401); 400 for a malformed id or an unknown format; 404 for a
 * note that does not exist or that the caller may not read — the same answer for both.
 */
@Controller('api/briefing-notes')
export class BriefingNoteExportController {
  constructor(private readonly exports: BriefingNoteExportService) {}

  @Get(':id/export/:format')
  async export(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Param('format') format: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(
      principal,
      parseNoteId(id),
      parseExportFormat(format),
      ip,
    );
    // A classified document must not linger in shared or browser caches.
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: file.disposition,
      length: file.body.length,
    });
  }
}
