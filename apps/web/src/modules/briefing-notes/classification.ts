import { CLASSIFICATIONS, type Classification, type PartnerCode, type Role } from '@berne/domain';

export type ClassificationLabelKey = `notes.classification.${Classification}`;
export type ClassificationHelpKey = `notes.classificationHelp.${Classification}`;

export function classificationLabelKey(classification: Classification): ClassificationLabelKey {
  return `notes.classification.${classification}`;
}

export function classificationHelpKey(classification: Classification): ClassificationHelpKey {
  return `notes.classificationHelp.${classification}`;
}

/**
 * Outline badges at shade 9: their text stays above WCAG AA (4.5:1) on white, like the status
 * badges of the administration pages. The label always says the classification: colour is only
 * a second cue.
 */
export const CLASSIFICATION_COLORS: Record<Classification, string> = {
  PUBLIC: 'teal.9',
  PARTNERS: 'blue.9',
  PARTNER_PRIVATE: 'grape.9',
  RESTRICTED: 'red.9',
};

/** Who is choosing: the signed-in user as the access policy sees them. */
export interface NoteActor {
  role: Role;
  partnerCode: PartnerCode | null;
  clearedForRestricted: boolean;
}

const isStaff = (actor: NoteActor) => actor.role !== 'GUEST';

/** NGO guests take part in what a round shares with them; they do not start notes. */
export function canCreateNotes(actor: NoteActor): boolean {
  return isStaff(actor) && actor.partnerCode !== null;
}

/**
 * The classifications offered when creating a note owned by `ownerPartner` — only those the API
 * would accept and that leave the creator able to open the note:
 * - PUBLIC is publishing, which diplomats leave to coordinators and the secretariat;
 * - PARTNER_PRIVATE belongs to the owner's delegation, so only to one's own partner;
 * - RESTRICTED needs clearance (the form has no named-reader picker to name oneself).
 */
export function creatableClassifications(
  actor: NoteActor,
  ownerPartner: PartnerCode | null,
): Classification[] {
  if (!canCreateNotes(actor)) return [];
  return CLASSIFICATIONS.filter((classification) => {
    switch (classification) {
      case 'PUBLIC':
        return actor.role !== 'DIPLOMAT';
      case 'PARTNERS':
        return true;
      case 'PARTNER_PRIVATE':
        return ownerPartner !== null && ownerPartner === actor.partnerCode;
      case 'RESTRICTED':
        return actor.clearedForRestricted;
    }
  });
}

/** The classification a new note starts with: shared with the partners when allowed. */
export function defaultClassification(options: readonly Classification[]): Classification | null {
  if (options.includes('PARTNERS')) return 'PARTNERS';
  return options[0] ?? null;
}

/**
 * Where a note may be moved by someone allowed to share it (the owner's coordinator or the
 * secretariat). Leaves out the current classification, the one-step RESTRICTED → PUBLIC jump the
 * API refuses, and any classification that would put the note out of the actor's own reach.
 */
export function reclassifyOptions(
  actor: NoteActor,
  note: { classification: Classification; ownerPartner: PartnerCode },
): Classification[] {
  if (!isStaff(actor)) return [];
  return CLASSIFICATIONS.filter((to) => {
    if (to === note.classification) return false;
    switch (to) {
      case 'PUBLIC':
        return note.classification !== 'RESTRICTED' && actor.role !== 'DIPLOMAT';
      case 'PARTNERS':
        return true;
      case 'PARTNER_PRIVATE':
        return actor.partnerCode === note.ownerPartner;
      case 'RESTRICTED':
        return actor.clearedForRestricted;
    }
  });
}
