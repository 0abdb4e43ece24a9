import type { ProseMirrorNodeJSON } from '@berne/collab/server';
import type { Classification } from '@berne/domain';

/** What every export renderer receives: the note, its content and who exported it when. */
export interface ExportedNote {
  id: string;
  title: string;
  classification: Classification;
  /** The handling line for every page (see classificationMarking). */
  marking: string;
  ownerPartnerCode: string;
  ownerPartnerName: string;
  exportedAt: Date;
  exportedBy: string;
  /** The note's content as ProseMirror JSON (a `doc` node). */
  content: ProseMirrorNodeJSON;
}

/** "2026-11-27 14:05 UTC": unambiguous in every language. */
export const exportTimestamp = (at: Date) =>
  `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
