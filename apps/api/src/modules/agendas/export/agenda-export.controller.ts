import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { parseAgendaFormat, parseAudience, parseMeetingId } from './agenda-export-format';
import { AgendaExportService } from './agenda-export.service';

/**
 * `GET /api/meetings/:id/agenda.pdf|docx?audience=partners|guests` (partners when left out): a
 * download of the meeting's agenda. Signed-in callers only (the global AuthGuard answers 401); 400
 * for a malformed id, an unknown format or audience; 404 for a meeting that is missing or that
 * the caller may not read — and, for now, for every NGO guest (guest access to consultation rounds
 * is not built yet).
 */
@Controller('api/meetings')
export class AgendaExportController {
  constructor(private readonly exports: AgendaExportService) {}

  @Get(':id/agenda.:format')
  async export(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Param('format') format: string,
    @Query('audience') audience: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    // Also on errors: no cache keeps an agenda, or its absence.
    res.setHeader('Cache-Control', 'no-store');
    const file = await this.exports.export(
      principal,
      parseMeetingId(id),
      parseAgendaFormat(format),
      parseAudience(audience),
      ip,
    );
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: file.disposition,
      length: file.body.length,
    });
  }
}
