import type { Classification, PartnerCode } from '@berne/domain';
import type { ResourceRef } from '../../access/access.policy';

/** The resource type of briefing notes in the policy, in resource_readers and in the audit log. */
export const BRIEFING_NOTE = 'briefing-note';

const DOC_PREFIX = `${BRIEFING_NOTE}:`;
const DOC_NAME = /^briefing-note:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The name of the Yjs document holding a note's content. */
export const briefingNoteDocName = (noteId: string) => `${DOC_PREFIX}${noteId}`;

/** The note id in a document name, or null when the name is not a briefing note's. */
export function noteIdOfDocName(docName: string): string | null {
  return DOC_NAME.exec(docName)?.[1].toLowerCase() ?? null;
}

/** A note as a resource of the access policy. */
export const briefingNoteResource = (
  note: { id: string; classification: Classification; ownerPartner: PartnerCode | null },
  namedReaders: readonly string[] = [],
): ResourceRef => ({
  type: BRIEFING_NOTE,
  id: note.id,
  classification: note.classification,
  ownerPartner: note.ownerPartner,
  namedReaders,
});
