import { Injectable } from '@nestjs/common';
import type { Classification } from '@berne/domain';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { classificationMarking } from '../../briefing-notes/export/classification-marking';
import { attachmentDisposition } from '../../briefing-notes/export/export-format';
import { PartnersService } from '../../partners/partners.service';
import { AGENDA } from '../agendas.policy';
import { AgendasService } from '../agendas.service';
import { renderAgendaDocx } from './agenda-docx.renderer';
import {
  AGENDA_CONTENT_TYPE,
  AgendaExportErrors,
  GUEST_MARKING,
  type AgendaAudience,
  type AgendaExportFormat,
} from './agenda-export-format';
import { renderAgendaPdf } from './agenda-pdf.renderer';
import { exportedAgenda, type ExportedAgenda } from './exported-agenda';

export interface ExportedAgendaFile {
  body: Buffer;
  contentType: string;
  /** The Content-Disposition header: an attachment named after the meeting. */
  disposition: string;
}

const RENDERERS: Record<AgendaExportFormat, (agenda: ExportedAgenda) => Promise<Buffer>> = {
  pdf: renderAgendaPdf,
  docx: renderAgendaDocx,
};

/** Meetings whose agenda may have a version for guests: those every partner reads. */
const GUEST_SHAREABLE: readonly Classification[] = ['PUBLIC', 'PARTNERS'];
/** Titles of meetings every partner reads may appear in the audit log. */
const titleIsShareable = (classification: Classification) =>
  GUEST_SHAREABLE.includes(classification);

@Injectable()
export class AgendaExportService {
  constructor(
    private readonly agendas: AgendasService,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * A meeting's agenda as a file for one audience, marked on every page; every export is audited
   * with its audience and format.
   */
  async export(
    principal: Principal,
    meetingId: string,
    format: AgendaExportFormat,
    audience: AgendaAudience,
    ip: string | null,
  ): Promise<ExportedAgendaFile> {
    // The agendas service's own check: staff who may read the meeting. NGO guests get NOT_FOUND
    // (404) whatever the audience, for now: guest access to consultation rounds is not built yet.
    // When it is, a round's invited guests should get the guests' version of its agenda here.
    const view = await this.agendas.agenda(principal, meetingId, ip);
    const { meeting } = view;
    if (audience === 'guests' && !GUEST_SHAREABLE.includes(meeting.classification)) {
      throw AgendaExportErrors.noGuestVersion();
    }
    const hostName = this.partners.get(meeting.hostPartner)?.name ?? meeting.hostPartner ?? '';
    // Items are for partners; a meeting kept closer (partner-private, restricted) keeps its own.
    const marking =
      audience === 'guests'
        ? GUEST_MARKING
        : classificationMarking(
            meeting.classification === 'PUBLIC' ? 'PARTNERS' : meeting.classification,
            hostName,
          );
    const agenda = exportedAgenda(view, {
      audience,
      marking,
      partnerName: (code) => this.partners.get(code)?.name ?? code,
      exportedAt: new Date(),
      exportedBy: principal.displayName || principal.email || 'unknown user',
    });
    const body = await RENDERERS[format](agenda);
    await this.audit.record({
      action: 'agenda.exported',
      actor: principal,
      resourceType: AGENDA,
      resourceId: meeting.id,
      ip,
      details: {
        audience,
        format,
        status: view.agenda.status,
        version: view.agenda.version,
        items: agenda.scheduled.length + agenda.notScheduled.length,
        bytes: body.length,
        ...(titleIsShareable(meeting.classification) ? { meeting: meeting.title } : {}),
      },
    });
    return {
      body,
      contentType: AGENDA_CONTENT_TYPE[format],
      disposition: attachmentDisposition(
        `Agenda — ${meeting.title}${audience === 'guests' ? ' (guests)' : ''}`,
        format,
      ),
    };
  }
}
