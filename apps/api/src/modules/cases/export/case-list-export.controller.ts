import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { CommonErrors } from '../../../common/app-error';
import { parseMeetingId } from '../../agendas/export/agenda-export-format';
import { CaseListsService } from '../case-lists.service';
import { exportedCaseList, renderCaseListDocx, renderCaseListPdf } from './case-list-export';

const CONTENT_TYPE = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * `GET /api/meetings/:id/case-list.pdf|docx`: the list of individual cases prepared for a round,
 * for staff cleared for restricted records (403 otherwise, 401 without a session, 404 for a
 * meeting the caller may not read). Every export is audited (`restricted.export`), with the ids.
 */
@Controller('api/meetings')
export class CaseListExportController {
  constructor(private readonly lists: CaseListsService) {}

  @Get(':id/case-list.:format')
  async export(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Param('format') format: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    res.setHeader('Cache-Control', 'no-store');
    if (format !== 'pdf' && format !== 'docx') {
      throw CommonErrors.badInput('A list of cases exports to pdf or docx.', {
        format: ['pdf | docx'],
      });
    }
    const { meeting, view } = await this.lists.forExport(principal, parseMeetingId(id), ip);
    const list = exportedCaseList(view, principal.displayName ?? principal.email ?? 'unknown');
    const body = format === 'pdf' ? await renderCaseListPdf(list) : await renderCaseListDocx(list);
    const day = meeting.startsAt.toISOString().slice(0, 10);
    return new StreamableFile(body, {
      type: CONTENT_TYPE[format],
      disposition: `attachment; filename="cases-${day}.${format}"`,
      length: body.length,
    });
  }
}
