import type { PartnersService } from '../partners/partners.service';
import type { BriefingNoteModel } from './briefing-note.model';
import { briefingNoteDocName } from './briefing-notes.policy';
import type { BriefingNoteView } from './briefing-notes.service';

/** Service view -> GraphQL model. Only the listed columns leave; createdById stays inside. */
export function toBriefingNoteModel(
  view: BriefingNoteView,
  partners: PartnersService,
): BriefingNoteModel {
  const { note } = view;
  const ownerPartner = partners.get(note.ownerPartner);
  if (!ownerPartner)
    throw new Error(`briefing note ${note.id}: unknown owner partner ${note.ownerPartner}`);
  return {
    id: note.id,
    title: note.title,
    docName: briefingNoteDocName(note.id),
    classification: note.classification,
    ownerPartner,
    meetingId: note.meetingId,
    themes: view.themes,
    authors: view.authors,
    archivedAt: note.archivedAt,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    canEdit: view.canEdit,
    canShare: view.canShare,
  };
}
