import { CLASSIFICATIONS } from '@berne/domain';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import {
  CLASSIFICATION_COLORS,
  canCreateNotes,
  creatableClassifications,
  defaultClassification,
  reclassifyOptions,
  type NoteActor,
} from '../classification';

const secretariat: NoteActor = {
  role: 'SECRETARIAT',
  partnerCode: 'SECRETARIAT',
  clearedForRestricted: true,
};
const euDiplomat: NoteActor = { role: 'DIPLOMAT', partnerCode: 'EU', clearedForRestricted: true };
const usDiplomat: NoteActor = { role: 'DIPLOMAT', partnerCode: 'US', clearedForRestricted: false };
const caCoordinator: NoteActor = {
  role: 'COORDINATOR',
  partnerCode: 'CA',
  clearedForRestricted: false,
};
const guest: NoteActor = { role: 'GUEST', partnerCode: null, clearedForRestricted: false };

describe('classifications offered when creating a note', () => {
  it('leaves publishing to coordinators and the secretariat', () => {
    expect(creatableClassifications(euDiplomat, 'EU')).not.toContain('PUBLIC');
    expect(creatableClassifications(caCoordinator, 'CA')).toContain('PUBLIC');
    expect(creatableClassifications(secretariat, 'SECRETARIAT')).toContain('PUBLIC');
  });

  it('offers RESTRICTED only to those cleared for it', () => {
    expect(creatableClassifications(euDiplomat, 'EU')).toContain('RESTRICTED');
    expect(creatableClassifications(usDiplomat, 'US')).toEqual(['PARTNERS', 'PARTNER_PRIVATE']);
    expect(creatableClassifications(caCoordinator, 'CA')).not.toContain('RESTRICTED');
  });

  it("keeps partner-only drafts within one's own delegation", () => {
    expect(creatableClassifications(secretariat, 'SECRETARIAT')).toContain('PARTNER_PRIVATE');
    // The secretariat may own a note for the EU, but an EU-private draft would be out of its reach.
    expect(creatableClassifications(secretariat, 'EU')).toEqual([
      'PUBLIC',
      'PARTNERS',
      'RESTRICTED',
    ]);
  });

  it('offers nothing to NGO guests', () => {
    expect(canCreateNotes(guest)).toBe(false);
    expect(creatableClassifications(guest, null)).toEqual([]);
    expect(canCreateNotes(usDiplomat)).toBe(true);
  });

  it('starts from PARTNERS, the everyday classification', () => {
    expect(defaultClassification(creatableClassifications(usDiplomat, 'US'))).toBe('PARTNERS');
    expect(defaultClassification(['RESTRICTED'])).toBe('RESTRICTED');
    expect(defaultClassification([])).toBeNull();
  });
});

describe('classifications offered when reclassifying a note', () => {
  it('never offers the current classification', () => {
    for (const classification of CLASSIFICATIONS) {
      expect(
        reclassifyOptions(secretariat, { classification, ownerPartner: 'SECRETARIAT' }),
      ).not.toContain(classification);
    }
  });

  it('does not jump from RESTRICTED to PUBLIC in one step', () => {
    expect(
      reclassifyOptions(secretariat, { classification: 'RESTRICTED', ownerPartner: 'SECRETARIAT' }),
    ).toEqual(['PARTNERS', 'PARTNER_PRIVATE']);
  });

  it("does not put a note out of the actor's own reach", () => {
    expect(
      reclassifyOptions(caCoordinator, { classification: 'PARTNERS', ownerPartner: 'CA' }),
    ).toEqual(['PUBLIC', 'PARTNER_PRIVATE']);
    expect(
      reclassifyOptions(secretariat, { classification: 'PARTNERS', ownerPartner: 'EU' }),
    ).toEqual(['PUBLIC', 'RESTRICTED']);
  });
});

describe('classification labels and colours', () => {
  it('name every classification in both languages', () => {
    for (const classification of CLASSIFICATIONS) {
      expect(en.notes.classification[classification]).toBeTruthy();
      expect(fr.notes.classification[classification]).toBeTruthy();
      expect(en.notes.classificationHelp[classification]).toBeTruthy();
      expect(fr.notes.classificationHelp[classification]).toBeTruthy();
    }
  });

  it('use shade 9, which keeps outline badge text at WCAG AA on white', () => {
    expect(Object.values(CLASSIFICATION_COLORS).every((c) => c.endsWith('.9'))).toBe(true);
    expect(new Set(Object.values(CLASSIFICATION_COLORS)).size).toBe(CLASSIFICATIONS.length);
  });
});
