import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { decide } from '../src/access/access.policy';
import { ResourceReaderEntity } from '../src/access/resource-reader.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { principalFor } from '../src/auth/principal.factory';
import type { BriefingNoteAccessChanged } from '../src/modules/briefing-notes/briefing-note.events';
import {
  BriefingNoteAuthorEntity,
  BriefingNoteEntity,
} from '../src/modules/briefing-notes/briefing-note.entity';
import { briefingNoteResource } from '../src/modules/briefing-notes/briefing-notes.policy';
import {
  DEMO_BRIEFING_NOTES,
  seedBriefingNotes,
} from '../src/modules/briefing-notes/briefing-notes.seed';
import { BriefingNotesService } from '../src/modules/briefing-notes/briefing-notes.service';
import { UserEntity } from '../src/modules/users/user.entity';
import { createUser, randomId, signIn, type CreatedUser } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const FIELDS = `id title docName classification ownerPartner { code } meetingId
  themes { code name } authors { id displayName partnerCode }
  archivedAt createdAt updatedAt canEdit canShare`;
const LIST = `query Notes($filter: BriefingNotesFilter, $offset: Int, $limit: Int) {
  briefingNotes(filter: $filter, offset: $offset, limit: $limit) { ${FIELDS} }
}`;
const GET = `query Note($id: ID!) { briefingNote(id: $id) { ${FIELDS} } }`;
const CREATE = `mutation Create($input: CreateBriefingNoteInput!) { createBriefingNote(input: $input) { ${FIELDS} } }`;
const RENAME = `mutation Rename($input: RenameBriefingNoteInput!) { renameBriefingNote(input: $input) { ${FIELDS} } }`;
const RECLASSIFY = `mutation Reclassify($input: ReclassifyBriefingNoteInput!) {
  reclassifyBriefingNote(input: $input) { ${FIELDS} }
}`;
const ARCHIVE = `mutation Archive($id: ID!) { archiveBriefingNote(id: $id) { ${FIELDS} } }`;
const UNARCHIVE = `mutation Unarchive($id: ID!) { unarchiveBriefingNote(id: $id) { ${FIELDS} } }`;

interface Note {
  id: string;
  title: string;
  docName: string;
  classification: string;
  ownerPartner: { code: string };
  meetingId: string | null;
  themes: { code: string; name: string }[];
  authors: { id: string; displayName: string; partnerCode: string | null }[];
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  canShare: boolean;
}

const [PARTNERS_EU, PARTNERS_GB, PRIVATE_EU, RESTRICTED_SEC] = DEMO_BRIEFING_NOTES.map((n) => n.id);

describe('briefing notes', () => {
  let t: TestApp;
  let ds: DataSource;
  let service: BriefingNotesService;
  /** Signed-in browsers, by who they are. */
  const as: Record<string, TestAgent> = {};
  /** User ids, by the same names. */
  const ids: Record<string, string> = {};
  let guest: CreatedUser;
  let euCoordinator: CreatedUser;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    service = t.app.get(BriefingNotesService);
    // The app seeded the demo notes at start (outside production); seeding again adds nothing.
    expect(await seedBriefingNotes(ds)).toBe(0);

    guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    euCoordinator = await createUser(t, {
      role: 'COORDINATOR',
      partnerCode: 'EU',
      label: 'eu-coord',
    });
    const signedIn = await Promise.all([
      t.as(demo.secretariat),
      t.as(demo.euDiplomat),
      t.as(demo.usDiplomat),
      t.as(demo.caCoordinator),
      signIn(t, guest.email, guest.password).then((s) => s.agent),
      signIn(t, euCoordinator.email, euCoordinator.password).then((s) => s.agent),
    ]);
    const names = [
      'secretariat',
      'euDiplomat',
      'usDiplomat',
      'caCoordinator',
      'guest',
      'euCoordinator',
    ];
    names.forEach((name, i) => (as[name] = signedIn[i]));
    for (const name of names) {
      const me = await gql(as[name], '{ me { id } }');
      ids[name] = me.body.data.me.id;
    }
  });
  afterAll(() => t.close());

  // ---- helpers ---------------------------------------------------------------------------------

  async function create(agent: TestAgent, input: Record<string, unknown>): Promise<Note> {
    const res = await gql(agent, CREATE, {
      input: { title: `Note ${randomId()}`, classification: 'PARTNERS', ...input },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createBriefingNote;
  }

  async function list(
    agent: TestAgent,
    filter: Record<string, unknown> = {},
    limit = 200,
  ): Promise<Note[]> {
    const res = await gql(agent, LIST, { filter, limit });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.briefingNotes;
  }
  const listIds = async (agent: TestAgent, filter: Record<string, unknown> = {}) =>
    (await list(agent, filter)).map((n) => n.id);

  const auditOf = (resourceId: string) =>
    ds.getRepository(AuditEntryEntity).find({ where: { resourceId }, order: { id: 'ASC' } });

  // ---- visibility ------------------------------------------------------------------------------

  describe('who sees the demo notes', () => {
    it.each([
      // The secretariat is cleared but is not the EU's delegation: no EU working draft.
      ['secretariat', [PARTNERS_EU, PARTNERS_GB, RESTRICTED_SEC]],
      ['euDiplomat', [PARTNERS_EU, PARTNERS_GB, PRIVATE_EU, RESTRICTED_SEC]],
      ['euCoordinator', [PARTNERS_EU, PARTNERS_GB, PRIVATE_EU]],
      ['usDiplomat', [PARTNERS_EU, PARTNERS_GB]],
      ['caCoordinator', [PARTNERS_EU, PARTNERS_GB]],
      ['guest', []],
    ])('%s lists exactly what the policy lets it read', async (who, expected) => {
      const demoIds = DEMO_BRIEFING_NOTES.map((n) => n.id);
      const seen = (await listIds(as[who])).filter((id) => demoIds.includes(id));
      expect(seen.sort()).toEqual([...expected].sort());
    });

    it('an anonymous caller can neither list nor open notes (UNAUTHENTICATED)', async () => {
      expect(errorCode(await gql(t.agent(), LIST))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(t.agent(), GET, { id: PARTNERS_EU }))).toBe('UNAUTHENTICATED');
    });

    it('a non-cleared diplomat cannot open a RESTRICTED note: NOT_FOUND, and the denial is audited', async () => {
      const res = await gql(as.usDiplomat, GET, { id: RESTRICTED_SEC });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.body.errors[0].message).toMatch(
        /briefing note does not exist or you do not have access/,
      );
      expect(res.body.errors[0].message).not.toContain('Individual cases');
      // Exactly the same answer as for a note that does not exist.
      const missing = await gql(as.usDiplomat, GET, { id: randomUUID() });
      expect(missing.body.errors[0].message).toBe(res.body.errors[0].message);

      const denied = (await auditOf(RESTRICTED_SEC)).filter(
        (e) => e.action === 'access.denied' && e.actorId === ids.usDiplomat,
      );
      expect(denied).toHaveLength(1);
      expect(denied[0].outcome).toBe('DENIED');
      expect(JSON.parse(denied[0].details!)).toEqual({ attempted: 'read', reason: 'not-cleared' });
    });

    it('a diplomat of another partner cannot see or open a PARTNER_PRIVATE note', async () => {
      expect(await listIds(as.usDiplomat)).not.toContain(PRIVATE_EU);
      expect(errorCode(await gql(as.usDiplomat, GET, { id: PRIVATE_EU }))).toBe('NOT_FOUND');
      const own = await gql(as.euDiplomat, GET, { id: PRIVATE_EU });
      expect(own.body.data.briefingNote).toMatchObject({
        classification: 'PARTNER_PRIVATE',
        ownerPartner: { code: 'EU' },
        themes: [{ code: 'MINORITY_RIGHTS', name: expect.any(String) }],
      });
    });

    it('the cleared EU diplomat opens the restricted note, and the read is audited', async () => {
      const res = await gql(as.euDiplomat, GET, { id: RESTRICTED_SEC });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.briefingNote).toMatchObject({
        id: RESTRICTED_SEC,
        docName: `briefing-note:${RESTRICTED_SEC}`,
        classification: 'RESTRICTED',
        ownerPartner: { code: 'SECRETARIAT' },
        canEdit: true,
        canShare: false,
      });
      const reads = (await auditOf(RESTRICTED_SEC)).filter(
        (e) => e.action === 'restricted.read' && e.actorId === ids.euDiplomat,
      );
      expect(reads).toHaveLength(1);
      expect(JSON.parse(reads[0].details!)).toEqual({ reason: 'cleared' });
    });

    it('a named reader sees a RESTRICTED note although not cleared; another non-cleared diplomat does not', async () => {
      const reader = await createUser(t, { role: 'DIPLOMAT', partnerCode: 'US', label: 'reader' });
      const { agent } = await signIn(t, reader.email, reader.password);
      const note = await create(as.secretariat, {
        classification: 'RESTRICTED',
        namedReaderIds: [reader.id],
      });

      expect(await listIds(agent)).toContain(note.id);
      const opened = await gql(agent, GET, { id: note.id });
      expect(opened.body.data.briefingNote).toMatchObject({
        id: note.id,
        canEdit: true,
        canShare: false,
      });
      const reads = (await auditOf(note.id)).filter(
        (e) => e.action === 'restricted.read' && e.actorId === reader.id,
      );
      expect(reads.map((e) => JSON.parse(e.details!))).toEqual([{ reason: 'named-reader' }]);

      expect(await listIds(as.usDiplomat)).not.toContain(note.id);
      expect(errorCode(await gql(as.usDiplomat, GET, { id: note.id }))).toBe('NOT_FOUND');
    });

    it('a guest lists and opens only PUBLIC notes', async () => {
      const published = await create(as.caCoordinator, { classification: 'PUBLIC' });
      const partners = await create(as.caCoordinator, { classification: 'PARTNERS' });
      const seen = await list(as.guest);
      expect(seen.map((n) => n.id)).toContain(published.id);
      expect(seen.every((n) => n.classification === 'PUBLIC')).toBe(true);
      const opened = await gql(as.guest, GET, { id: published.id });
      expect(opened.body.data.briefingNote).toMatchObject({
        id: published.id,
        canEdit: false,
        canShare: false,
      });
      expect(errorCode(await gql(as.guest, GET, { id: partners.id }))).toBe('NOT_FOUND');
    });

    it('authors carry no email, so nothing about them leaks to guests', async () => {
      const res = await gql(as.secretariat, `{ briefingNotes { authors { email } } }`);
      expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  // ---- creating --------------------------------------------------------------------------------

  describe('creating', () => {
    it("records the note with its themes and meeting, the creator as first author, owned by the creator's partner", async () => {
      const meetingId = randomUUID();
      const title = `  Brussels round — torture prevention ${randomId()}  `;
      const note = await create(as.euDiplomat, {
        title,
        meetingId,
        themeCodes: ['TORTURE_PREVENTION', 'DEATH_PENALTY', 'TORTURE_PREVENTION'],
      });
      expect(note).toMatchObject({
        title: title.trim(),
        docName: `briefing-note:${note.id}`,
        classification: 'PARTNERS',
        ownerPartner: { code: 'EU' },
        meetingId,
        archivedAt: null,
        canEdit: true,
        canShare: false,
        authors: [{ id: ids.euDiplomat, displayName: 'Eleanor Vance', partnerCode: 'EU' }],
      });
      expect(note.themes.map((th) => th.code).sort()).toEqual([
        'DEATH_PENALTY',
        'TORTURE_PREVENTION',
      ]);
      const row = await ds.getRepository(BriefingNoteEntity).findOneByOrFail({ id: note.id });
      expect(row.createdById).toBe(ids.euDiplomat);

      const [entry] = await auditOf(note.id);
      expect(entry).toMatchObject({
        action: 'briefing-note.created',
        actorId: ids.euDiplomat,
        outcome: 'SUCCESS',
      });
      expect(JSON.parse(entry.details!)).toMatchObject({
        title: title.trim(),
        classification: 'PARTNERS',
        ownerPartner: 'EU',
      });
    });

    it('never writes the title of a RESTRICTED note to the audit log', async () => {
      const title = `Case follow-up ${randomId()}`;
      const note = await create(as.euDiplomat, { title, classification: 'RESTRICTED' });
      await gql(as.euDiplomat, RENAME, { input: { id: note.id, title: `${title} (v2)` } });
      const entries = await auditOf(note.id);
      expect(entries.map((e) => e.action)).toEqual(
        expect.arrayContaining(['briefing-note.created', 'briefing-note.renamed']),
      );
      for (const entry of entries) expect(entry.details ?? '').not.toContain(title);
    });

    it('lets the secretariat create a note for another partner, but not a diplomat', async () => {
      const note = await create(as.secretariat, { ownerPartner: 'GB' });
      expect(note.ownerPartner.code).toBe('GB');
      const res = await gql(as.usDiplomat, CREATE, {
        input: { title: 'Not ours', classification: 'PARTNERS', ownerPartner: 'GB' },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    });

    it('refuses a PUBLIC note from a diplomat (publishing needs a coordinator) and any note from a guest', async () => {
      const diplomat = await gql(as.usDiplomat, CREATE, {
        input: { title: 'Press line', classification: 'PUBLIC' },
      });
      expect(errorCode(diplomat)).toBe('FORBIDDEN');
      const fromGuest = await gql(as.guest, CREATE, {
        input: { title: 'NGO view', classification: 'PARTNERS' },
      });
      expect(errorCode(fromGuest)).toBe('FORBIDDEN');
      const anonymous = await gql(t.agent(), CREATE, {
        input: { title: 'x', classification: 'PUBLIC' },
      });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    });

    it('refuses a RESTRICTED note its non-cleared creator could not read, unless it names them', async () => {
      const refused = await gql(as.usDiplomat, CREATE, {
        input: { title: 'Cases', classification: 'RESTRICTED' },
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.body.errors[0].message).toMatch(/cleared .* or name yourself/);
      const named = await create(as.usDiplomat, {
        classification: 'RESTRICTED',
        namedReaderIds: [ids.usDiplomat],
      });
      expect(named).toMatchObject({ classification: 'RESTRICTED', canEdit: true });
    });

    it.each([
      ['an empty title', { title: '   ' }, /title/],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, /at most 200 characters/],
      ['a title on two lines', { title: 'one\ntwo' }, /single line/],
      [
        'an unknown theme',
        { themeCodes: ['DEATH_PENALTY', 'NOT_A_THEME'] },
        /Unknown theme: NOT_A_THEME/,
      ],
      ['a meeting id that is not a UUID', { meetingId: 'meeting-1' }, /meetingId must be a UUID/],
      [
        'named readers on a PARTNERS note',
        { namedReaderIds: [randomUUID()] },
        /only to RESTRICTED/,
      ],
      [
        'an unknown named reader',
        { classification: 'RESTRICTED', namedReaderIds: [randomUUID()] },
        /not accounts/,
      ],
    ])('refuses %s with BAD_USER_INPUT and a sentence', async (_what, input, message) => {
      const before = await ds.getRepository(BriefingNoteEntity).count();
      const res = await gql(as.euDiplomat, CREATE, {
        input: { title: 'Valid', classification: 'PARTNERS', ...input },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(message);
      expect(await ds.getRepository(BriefingNoteEntity).count()).toBe(before);
    });

    it('accepts a title of exactly 200 characters once trimmed', async () => {
      const note = await create(as.euDiplomat, { title: ` ${'y'.repeat(200)} ` });
      expect(note.title).toBe('y'.repeat(200));
    });

    it('names the field at fault in extensions.fields, for the form to show it in place', async () => {
      const res = await gql(as.euDiplomat, CREATE, {
        input: { title: 'z'.repeat(201), classification: 'PARTNERS' },
      });
      expect(res.body.errors[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { title: ['too long'] },
      });
    });
  });

  // ---- renaming --------------------------------------------------------------------------------

  describe('renaming', () => {
    it('any partner diplomat renames a PARTNERS note, becomes an author, and the note moves to the top', async () => {
      const tag = randomId();
      const first = await create(as.euDiplomat, { title: `Older ${tag}` });
      const second = await create(as.euDiplomat, { title: `Newer ${tag}` });
      expect((await list(as.usDiplomat, { search: tag })).map((n) => n.id)).toEqual([
        second.id,
        first.id,
      ]);

      const res = await gql(as.usDiplomat, RENAME, {
        input: { id: first.id, title: `Renamed ${tag}` },
      });
      expect(res.body.errors).toBeUndefined();
      const renamed: Note = res.body.data.renameBriefingNote;
      expect(renamed.title).toBe(`Renamed ${tag}`);
      expect(renamed.authors.map((a) => a.id)).toEqual([ids.euDiplomat, ids.usDiplomat]);
      expect(new Date(renamed.updatedAt).getTime()).toBeGreaterThan(
        new Date(first.updatedAt).getTime(),
      );
      expect((await list(as.usDiplomat, { search: tag })).map((n) => n.id)).toEqual([
        first.id,
        second.id,
      ]);

      // Renaming again does not add the author twice.
      await gql(as.usDiplomat, RENAME, { input: { id: first.id, title: `Renamed again ${tag}` } });
      expect(await ds.getRepository(BriefingNoteAuthorEntity).countBy({ noteId: first.id })).toBe(
        2,
      );

      const renames = (await auditOf(first.id)).filter((e) => e.action === 'briefing-note.renamed');
      expect(renames).toHaveLength(2);
      expect(JSON.parse(renames[0].details!)).toEqual({
        from: `Older ${tag}`,
        to: `Renamed ${tag}`,
      });
    });

    it('cannot rename what it cannot read (NOT_FOUND), nor with a bad title (BAD_USER_INPUT)', async () => {
      expect(
        errorCode(
          await gql(as.usDiplomat, RENAME, { input: { id: PRIVATE_EU, title: 'Mine now' } }),
        ),
      ).toBe('NOT_FOUND');
      const note = await create(as.euDiplomat, {});
      expect(
        errorCode(await gql(as.euDiplomat, RENAME, { input: { id: note.id, title: '' } })),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(await gql(as.guest, RENAME, { input: { id: note.id, title: 'Guest title' } })),
      ).toBe('NOT_FOUND');
    });
  });

  // ---- reclassifying ---------------------------------------------------------------------------

  describe('reclassifying', () => {
    const reclassify = (agent: TestAgent, input: Record<string, unknown>) =>
      gql(agent, RECLASSIFY, { input });

    it('a diplomat cannot reclassify (FORBIDDEN), nor the coordinator of another partner', async () => {
      const note = await create(as.euDiplomat, {});
      expect(note.canShare).toBe(false);
      const res = await reclassify(as.euDiplomat, {
        id: note.id,
        classification: 'PARTNER_PRIVATE',
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(
        errorCode(
          await reclassify(as.caCoordinator, { id: note.id, classification: 'PARTNER_PRIVATE' }),
        ),
      ).toBe('FORBIDDEN');
      const denials = (await auditOf(note.id)).filter((e) => e.action === 'access.denied');
      expect(denials.map((e) => JSON.parse(e.details!).reason)).toEqual([
        'not-owner-coordinator',
        'not-owner-coordinator',
      ]);
      expect(
        (await ds.getRepository(BriefingNoteEntity).findOneByOrFail({ id: note.id }))
          .classification,
      ).toBe('PARTNERS');
    });

    it("the owner's coordinator makes a note PARTNER_PRIVATE: other partners lose it at once", async () => {
      const note = await create(as.euDiplomat, {});
      expect(await listIds(as.usDiplomat)).toContain(note.id);
      const events: BriefingNoteAccessChanged[] = [];
      const off = service.onAccessChanged((e) => events.push(e));
      try {
        const res = await reclassify(as.euCoordinator, {
          id: note.id,
          classification: 'PARTNER_PRIVATE',
        });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.reclassifyBriefingNote).toMatchObject({
          classification: 'PARTNER_PRIVATE',
          canShare: true,
        });
      } finally {
        off();
      }
      expect(events).toEqual([
        { noteId: note.id, docName: `briefing-note:${note.id}`, reason: 'reclassified' },
      ]);
      expect(await listIds(as.usDiplomat)).not.toContain(note.id);
      expect(errorCode(await gql(as.usDiplomat, GET, { id: note.id }))).toBe('NOT_FOUND');
      expect(await listIds(as.euDiplomat)).toContain(note.id);
      const entry = (await auditOf(note.id)).find(
        (e) => e.action === 'briefing-note.reclassified',
      )!;
      expect(JSON.parse(entry.details!)).toEqual({ from: 'PARTNERS', to: 'PARTNER_PRIVATE' });
    });

    it('moving to RESTRICTED needs the caller to be cleared or named; readers are stored in resource_readers', async () => {
      const note = await create(as.euDiplomat, {});
      const refused = await reclassify(as.euCoordinator, {
        id: note.id,
        classification: 'RESTRICTED',
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.body.errors[0].message).toMatch(/cleared .* or name yourself/);

      const res = await reclassify(as.euCoordinator, {
        id: note.id,
        classification: 'RESTRICTED',
        namedReaderIds: [euCoordinator.id, ids.usDiplomat],
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.reclassifyBriefingNote.classification).toBe('RESTRICTED');
      const readers = await ds
        .getRepository(ResourceReaderEntity)
        .findBy({ resourceType: 'briefing-note', resourceId: note.id });
      expect(readers.map((r) => r.userId).sort()).toEqual(
        [euCoordinator.id, ids.usDiplomat].sort(),
      );
      // The named US diplomat now sees it; the (cleared) secretariat does by clearance; the CA coordinator does not.
      expect(await listIds(as.usDiplomat)).toContain(note.id);
      expect(await listIds(as.secretariat)).toContain(note.id);
      expect(await listIds(as.caCoordinator)).not.toContain(note.id);

      // Back to PARTNERS: the named readers are dropped.
      const back = await reclassify(as.euCoordinator, { id: note.id, classification: 'PARTNERS' });
      expect(back.body.errors).toBeUndefined();
      expect(
        await ds
          .getRepository(ResourceReaderEntity)
          .countBy({ resourceType: 'briefing-note', resourceId: note.id }),
      ).toBe(0);
      const entry = (await auditOf(note.id)).filter(
        (e) => e.action === 'briefing-note.reclassified',
      )[0];
      expect(JSON.parse(entry.details!)).toMatchObject({
        from: 'PARTNERS',
        to: 'RESTRICTED',
        namedReadersBefore: [],
      });
    });

    it('refuses bad transitions with BAD_USER_INPUT', async () => {
      const note = await create(as.secretariat, {
        classification: 'RESTRICTED',
        ownerPartner: 'EU',
      });
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ classification: 'PUBLIC' }, /not made public in one step/],
        [{ classification: 'RESTRICTED' }, /already RESTRICTED/],
        [{ classification: 'PARTNERS', namedReaderIds: [ids.usDiplomat] }, /only to RESTRICTED/],
        [{ classification: 'RESTRICTED', namedReaderIds: [randomUUID()] }, /not accounts/],
        [
          { classification: 'RESTRICTED', namedReaderIds: [guest.id] },
          /guests cannot be named readers/,
        ],
        // The secretariat is not the EU's delegation: an EU working draft would be out of its reach.
        [{ classification: 'PARTNER_PRIVATE' }, /out of your reach/],
      ];
      for (const [input, message] of cases) {
        const res = await reclassify(as.secretariat, { id: note.id, ...input });
        expect([errorCode(res), res.body.errors?.[0]?.message]).toEqual([
          'BAD_USER_INPUT',
          expect.stringMatching(message),
        ]);
      }
      expect(
        (await ds.getRepository(BriefingNoteEntity).findOneByOrFail({ id: note.id }))
          .classification,
      ).toBe('RESTRICTED');
      // Changing only the readers of a restricted note is a change.
      const readers = await reclassify(as.secretariat, {
        id: note.id,
        classification: 'RESTRICTED',
        namedReaderIds: [ids.usDiplomat],
      });
      expect(readers.body.errors).toBeUndefined();
    });
  });

  // ---- archiving -------------------------------------------------------------------------------

  describe('archiving', () => {
    it("the owner's coordinator archives and unarchives; archived notes leave lists and are read-only", async () => {
      const note = await create(as.euDiplomat, {});
      expect(errorCode(await gql(as.euDiplomat, ARCHIVE, { id: note.id }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(as.usDiplomat, ARCHIVE, { id: PRIVATE_EU }))).toBe('NOT_FOUND');

      const archived = await gql(as.euCoordinator, ARCHIVE, { id: note.id });
      expect(archived.body.errors).toBeUndefined();
      expect(archived.body.data.archiveBriefingNote).toMatchObject({
        canEdit: false,
        canShare: true,
      });
      expect(archived.body.data.archiveBriefingNote.archivedAt).not.toBeNull();

      expect(await listIds(as.euDiplomat)).not.toContain(note.id);
      expect(await listIds(as.euDiplomat, { includeArchived: true })).toContain(note.id);
      expect((await gql(as.euDiplomat, GET, { id: note.id })).body.data.briefingNote.canEdit).toBe(
        false,
      );
      expect(await service.resourceForDoc(note.docName)).toBeNull();

      const rename = await gql(as.euDiplomat, RENAME, {
        input: { id: note.id, title: 'Too late' },
      });
      expect([errorCode(rename), rename.body.errors[0].message]).toEqual([
        'BAD_USER_INPUT',
        expect.stringMatching(/archived/),
      ]);
      expect(errorCode(await gql(as.euCoordinator, ARCHIVE, { id: note.id }))).toBe(
        'BAD_USER_INPUT',
      );

      const back = await gql(as.secretariat, UNARCHIVE, { id: note.id });
      expect(back.body.data.unarchiveBriefingNote).toMatchObject({
        archivedAt: null,
        canEdit: true,
      });
      expect(await listIds(as.euDiplomat)).toContain(note.id);
      expect(errorCode(await gql(as.secretariat, UNARCHIVE, { id: note.id }))).toBe(
        'BAD_USER_INPUT',
      );

      expect((await auditOf(note.id)).map((e) => e.action)).toEqual([
        'briefing-note.created',
        'access.denied',
        'briefing-note.archived',
        'briefing-note.unarchived',
      ]);
    });
  });

  // ---- filters and paging ----------------------------------------------------------------------

  describe('filters', () => {
    it('by title words (case-insensitive, % and _ literal), theme, meeting and classification', async () => {
      const tag = randomId();
      const meetingId = randomUUID();
      const a = await create(as.caCoordinator, {
        title: `Labour ${tag} 100%_done`,
        themeCodes: ['LABOUR_RIGHTS'],
        meetingId,
      });
      const b = await create(as.caCoordinator, {
        title: `Housing ${tag}`,
        themeCodes: ['HOUSING_EVICTIONS'],
        classification: 'PARTNER_PRIVATE',
      });
      const c = await create(as.caCoordinator, {
        title: `Labour ${tag} later`,
        themeCodes: ['LABOUR_RIGHTS', 'UN_COOPERATION'],
      });

      const found = async (filter: Record<string, unknown>) =>
        (await listIds(as.caCoordinator, { search: tag, ...filter })).sort();
      expect(await found({})).toEqual([a.id, b.id, c.id].sort());
      expect(await listIds(as.caCoordinator, { search: `LABOUR ${tag.toUpperCase()}` })).toEqual([
        c.id,
        a.id,
      ]);
      expect(await listIds(as.caCoordinator, { search: `${tag} 100%_` })).toEqual([a.id]);
      expect(await listIds(as.caCoordinator, { search: `${tag} 1_0` })).toEqual([]);
      expect(await found({ themeCode: 'LABOUR_RIGHTS' })).toEqual([a.id, c.id].sort());
      expect(await found({ themeCode: 'UN_COOPERATION' })).toEqual([c.id]);
      expect(await found({ meetingId })).toEqual([a.id]);
      expect(await found({ classification: 'PARTNER_PRIVATE' })).toEqual([b.id]);
      // The filter narrows the reader's scope; it never widens it.
      expect(
        await listIds(as.usDiplomat, { search: tag, classification: 'PARTNER_PRIVATE' }),
      ).toEqual([]);
    });

    it('pages with offset and limit, and refuses a limit over 200', async () => {
      const tag = randomId();
      for (let i = 0; i < 3; i++) await create(as.caCoordinator, { title: `Paged ${tag} ${i}` });
      const all = await listIds(as.caCoordinator, { search: tag });
      const page = await gql(as.caCoordinator, LIST, {
        filter: { search: tag },
        offset: 1,
        limit: 1,
      });
      expect(page.body.data.briefingNotes.map((n: Note) => n.id)).toEqual([all[1]]);
      expect(errorCode(await gql(as.caCoordinator, LIST, { limit: 201 }))).toBe('BAD_USER_INPUT');
    });

    it('loads themes and authors of a page in a fixed number of queries, whatever its size', async () => {
      const tag = randomId();
      for (let i = 0; i < 12; i++) {
        await create(as.caCoordinator, {
          title: `Batch ${tag} ${i}`,
          themeCodes: ['FREE_RELIGION', 'ORGAN_TRANSPLANTS'],
        });
      }
      const principal = principalFor(
        await ds.getRepository(UserEntity).findOneByOrFail({ id: ids.caCoordinator }),
      );
      const runner = ds.createQueryRunner();
      const spy = jest.spyOn(Object.getPrototypeOf(runner), 'query');
      await runner.release();
      try {
        const count = async (limit: number) => {
          spy.mockClear();
          const views = await service.list(principal, { search: tag }, { offset: 0, limit });
          expect(views).toHaveLength(limit);
          expect(views.every((v) => v.themes.length === 2 && v.authors.length === 1)).toBe(true);
          return spy.mock.calls.length;
        };
        const small = await count(2);
        expect(small).toBeLessThanOrEqual(4);
        expect(await count(12)).toBe(small);
      } finally {
        spy.mockRestore();
      }
    });
  });

  // ---- for the collab layer --------------------------------------------------------------------

  describe('service methods for the collab gateway', () => {
    it('resourceForDoc gives the policy resource of a note, or null', async () => {
      const reader = await createUser(t, { role: 'DIPLOMAT', partnerCode: 'NO' });
      const note = await create(as.secretariat, {
        classification: 'RESTRICTED',
        namedReaderIds: [reader.id],
      });
      expect(await service.resourceForDoc(note.docName)).toEqual({
        type: 'briefing-note',
        id: note.id,
        classification: 'RESTRICTED',
        ownerPartner: 'SECRETARIAT',
        namedReaders: [reader.id],
      });
      expect(await service.resourceForDoc(`briefing-note:${randomUUID()}`)).toBeNull();
      expect(await service.resourceForDoc(`case:${note.id}`)).toBeNull();
      expect(await service.resourceForDoc('briefing-note:../../etc')).toBeNull();
    });

    it('recordAuthor is idempotent and audited once', async () => {
      const note = await create(as.euDiplomat, {});
      await service.recordAuthor(note.id, ids.caCoordinator);
      await service.recordAuthor(note.id, ids.caCoordinator);
      await service.recordAuthor(note.id, ids.euDiplomat);
      await service.recordAuthor(randomUUID(), ids.caCoordinator);
      const opened = await gql(as.caCoordinator, GET, { id: note.id });
      expect(
        opened.body.data.briefingNote.authors.map((a: Note['authors'][number]) => a.id),
      ).toEqual([ids.euDiplomat, ids.caCoordinator]);
      expect(
        (await auditOf(note.id)).filter((e) => e.action === 'briefing-note.author-added'),
      ).toEqual([expect.objectContaining({ actorId: ids.caCoordinator })]);
    });
  });

  // ---- the whole table against the policy -------------------------------------------------------

  it('every principal lists exactly the notes decide(p, "read") allows, archived included', async () => {
    const notes = await ds.getRepository(BriefingNoteEntity).find();
    const readers = await ds
      .getRepository(ResourceReaderEntity)
      .findBy({ resourceType: 'briefing-note' });
    expect(new Set(notes.map((n) => n.classification))).toEqual(
      new Set(['PUBLIC', 'PARTNERS', 'PARTNER_PRIVATE', 'RESTRICTED']),
    );
    const sizes = new Set<number>();
    for (const name of Object.keys(as)) {
      const user = await ds.getRepository(UserEntity).findOneByOrFail({ id: ids[name] });
      const principal = principalFor(user);
      const expected = notes
        .filter(
          (n) =>
            decide(
              principal,
              'read',
              briefingNoteResource(
                n,
                readers.filter((r) => r.resourceId === n.id).map((r) => r.userId),
              ),
            ).allowed,
        )
        .map((n) => n.id)
        .sort();
      const listed = (await listIds(as[name], { includeArchived: true })).sort();
      expect({ name, listed }).toEqual({ name, listed: expected });
      sizes.add(listed.length);
    }
    expect(sizes.size).toBeGreaterThan(3);
  });

  it('seeding the demo notes again changes nothing', async () => {
    const before = await ds.getRepository(BriefingNoteEntity).count();
    expect(await seedBriefingNotes(ds)).toBe(0);
    expect(await ds.getRepository(BriefingNoteEntity).count()).toBe(before);
  });
});
