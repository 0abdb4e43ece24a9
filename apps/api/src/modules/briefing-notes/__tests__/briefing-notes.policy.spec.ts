import { randomUUID } from 'node:crypto';
import { decide } from '../../../access/access.policy';
import type { Principal } from '../../../access/principal';
import {
  BRIEFING_NOTE,
  briefingNoteDocName,
  briefingNoteResource,
  noteIdOfDocName,
} from '../briefing-notes.policy';

describe('briefing note document names', () => {
  it('round-trips a note id through its document name', () => {
    const id = randomUUID();
    expect(briefingNoteDocName(id)).toBe(`briefing-note:${id}`);
    expect(noteIdOfDocName(briefingNoteDocName(id))).toBe(id);
    expect(noteIdOfDocName(`briefing-note:${id.toUpperCase()}`)).toBe(id);
  });

  it.each([
    'briefing-note:',
    'briefing-note:not-a-uuid',
    `case:${randomUUID()}`,
    `briefing-note:${randomUUID()}/../x`,
    ` briefing-note:${randomUUID()}`,
  ])('rejects %p', (name) => {
    expect(noteIdOfDocName(name)).toBeNull();
  });
});

describe('briefingNoteResource', () => {
  const principal = (x: Partial<Principal> & Pick<Principal, 'kind'>): Principal => ({
    cleared: false,
    guestRoundIds: [],
    userId: randomUUID(),
    ...x,
  });

  it('declares the note to the one policy, named readers included', () => {
    const reader = principal({ kind: 'DIPLOMAT', partnerCode: 'US' });
    const note = {
      id: randomUUID(),
      classification: 'RESTRICTED' as const,
      ownerPartner: 'EU' as const,
    };
    const resource = briefingNoteResource(note, [reader.userId!]);
    expect(resource).toEqual({ type: BRIEFING_NOTE, ...note, namedReaders: [reader.userId] });
    expect(decide(reader, 'read', resource)).toEqual({ allowed: true, reason: 'named-reader' });
    expect(
      decide(principal({ kind: 'DIPLOMAT', partnerCode: 'US' }), 'read', resource).allowed,
    ).toBe(false);
    // Reading is not managing: only the owner's coordinator or the secretariat re-share.
    expect(decide(reader, 'share', resource).allowed).toBe(false);
  });
});
