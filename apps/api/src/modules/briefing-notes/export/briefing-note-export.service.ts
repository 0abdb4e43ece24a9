import { Injectable } from '@nestjs/common';
import { proseMirrorJSONFromStored } from '@berne/collab/server';
import type { Classification } from '@berne/domain';
import type { Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { TypeOrmCollabStorage } from '../../../collab/typeorm-collab.storage';
import { PartnersService } from '../../partners/partners.service';
import { BRIEFING_NOTE, briefingNoteDocName } from '../briefing-notes.policy';
import { BriefingNotesService } from '../briefing-notes.service';
import { classificationMarking } from './classification-marking';
import { renderDocx } from './docx.renderer';
import { EXPORT_CONTENT_TYPE, attachmentDisposition, type ExportFormat } from './export-format';
import type { ExportedNote } from './exported-note';
import { renderMarkdown } from './markdown.renderer';
import { renderPdf } from './pdf.renderer';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  /** The Content-Disposition header: an attachment named after the title. */
  disposition: string;
}

const RENDERERS: Record<ExportFormat, (note: ExportedNote) => Buffer | Promise<Buffer>> = {
  md: renderMarkdown,
  docx: renderDocx,
  pdf: renderPdf,
};

/** Titles of PUBLIC and PARTNERS notes may appear in the audit log; others are themselves confidential. */
const titleIsShareable = (classification: Classification) =>
  classification === 'PUBLIC' || classification === 'PARTNERS';

@Injectable()
export class BriefingNoteExportService {
  constructor(
    private readonly notes: BriefingNotesService,
    private readonly storage: TypeOrmCollabStorage,
    private readonly partners: PartnersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * The note's stored content in a file, marked with its classification. Access is the notes
   * service's read check (NOT_FOUND when missing or unreadable; restricted reads audited); every
   * export is audited with its format.
   */
  async export(
    principal: Principal,
    id: string,
    format: ExportFormat,
    ip: string | null,
  ): Promise<ExportedFile> {
    // The policy's 'export' action: same readers as 'read'; restricted exports are audited as such.
    const { note } = await this.notes.requireNote(principal, id, 'export', ip);
    // Every acknowledged edit is stored before it is acknowledged: storage is the latest content.
    const content = proseMirrorJSONFromStored(
      await this.storage.load(briefingNoteDocName(note.id)),
    );
    const ownerPartnerName = this.partners.get(note.ownerPartner)?.name ?? note.ownerPartner;
    const body = await RENDERERS[format]({
      id: note.id,
      title: note.title,
      classification: note.classification,
      marking: classificationMarking(note.classification, ownerPartnerName),
      ownerPartnerCode: note.ownerPartner,
      ownerPartnerName,
      exportedAt: new Date(),
      exportedBy: principal.displayName || principal.email || 'unknown user',
      content,
    });
    await this.audit.record({
      action: 'briefing-note.exported',
      actor: principal,
      resourceType: BRIEFING_NOTE,
      resourceId: note.id,
      ip,
      details: {
        format,
        classification: note.classification,
        bytes: body.length,
        ...(titleIsShareable(note.classification) ? { title: note.title } : {}),
      },
    });
    return {
      body,
      contentType: EXPORT_CONTENT_TYPE[format],
      disposition: attachmentDisposition(note.title, format),
    };
  }
}
