import type { Socket } from 'socket.io-client';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { COLLAB_EVENTS, type JoinAnswer } from '@berne/collab';
import { SocketIOProvider } from '@berne/collab/client';
import { LIVE_EVENTS } from '@berne/domain';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { CollabGateway } from '../src/collab/collab.gateway';
import { TypeOrmCollabStorage } from '../src/collab/typeorm-collab.storage';
import { NoteVersionEntity } from '../src/modules/briefing-notes/versions/note-version.entity';
import { createUser, signIn, type CreatedUser } from './helpers/factories';
import { connect, eventually, sessionCookie } from './helpers/sockets';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const CREATE = `mutation($input: CreateBriefingNoteInput!) { createBriefingNote(input: $input) { id docName } }`;
const RECLASSIFY = `mutation($input: ReclassifyBriefingNoteInput!) { reclassifyBriefingNote(input: $input) { id } }`;
const VERSION = `id number kind name byteSize restoredFromNumber sealedAt
  createdBy { displayName partnerCode } sealedBy { displayName }
  approvals { partnerCode approvedBy { displayName } }`;
const VERSIONS = `query($noteId: ID!) { briefingNoteVersions(noteId: $noteId) { ${VERSION} } }`;
const CONTENT = `query($id: ID!) { briefingNoteVersion(id: $id) { state version { number } } }`;
const DIFF = `query($fromId: ID!, $toId: ID) { briefingNoteVersionDiff(fromId: $fromId, toId: $toId) {
  added removed lines { change text } from { number } to { number } } }`;
const NAME = `mutation($noteId: ID!, $name: String!) { nameBriefingNoteVersion(noteId: $noteId, name: $name) { ${VERSION} } }`;
const RESTORE = `mutation($id: ID!) { restoreBriefingNoteVersion(id: $id) { ${VERSION} } }`;
const APPROVE = `mutation($id: ID!) { approveBriefingNoteVersion(id: $id) { ${VERSION} } }`;
const SEAL = `mutation($id: ID!) { sealBriefingNoteVersion(id: $id) { ${VERSION} } }`;

const THREAD = `id quote anchorStart anchorEnd resolvedAt canResolve createdBy { displayName }
  resolvedBy { displayName } comments { body author { displayName } mentions { id displayName } }`;
const COMMENTS = `query($noteId: ID!, $all: Boolean!) { briefingNoteComments(noteId: $noteId, includeResolved: $all) { ${THREAD} } }`;
const MENTIONABLE = `query($noteId: ID!) { briefingNoteMentionable(noteId: $noteId) { id displayName partnerCode } }`;
const START = `mutation($input: StartNoteCommentThreadInput!) { startNoteCommentThread(input: $input) { ${THREAD} } }`;
const REPLY = `mutation($input: ReplyToNoteCommentInput!) { replyToNoteComment(input: $input) { ${THREAD} } }`;
const RESOLVE = `mutation($id: ID!) { resolveNoteCommentThread(id: $id) { ${THREAD} } }`;
const REOPEN = `mutation($id: ID!) { reopenNoteCommentThread(id: $id) { ${THREAD} } }`;
const NOTIFICATIONS = `query { notifications { id kind actorName targetTitle targetPath readAt } unreadNotificationCount }`;
const MARK_READ = `mutation { markNotificationsRead }`;

interface Version {
  id: string;
  number: number;
  kind: string;
  name: string | null;
  restoredFromNumber: number | null;
  sealedAt: string | null;
  approvals: { partnerCode: string }[];
}

/** Paragraphs of text in the `body` fragment, as the TipTap editor stores them. */
function paragraphs(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment('body')
    .toArray()
    .map((node) =>
      (node as Y.XmlElement)
        .toArray()
        .map((t) => (t as Y.XmlText).toString())
        .join(''),
    );
}

function appendParagraph(doc: Y.Doc, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const xmlText = new Y.XmlText();
  paragraph.insert(0, [xmlText]);
  xmlText.insert(0, text);
  const body = doc.getXmlFragment('body');
  body.insert(body.length, [paragraph]);
  return xmlText;
}

interface Editor {
  socket: Socket;
  doc: Y.Doc;
  provider: SocketIOProvider;
  meta: { docName: string; kind: string }[];
}

describe('note versions, comments and mention notifications', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  const ids: Record<string, string> = {};
  let guest: CreatedUser;
  const editors: Editor[] = [];

  async function openEditor(email: string, docName: string): Promise<Editor> {
    const socket = await connect(t, '/collab', await sessionCookie(t, email));
    const doc = new Y.Doc();
    const meta: Editor['meta'] = [];
    socket.on(COLLAB_EVENTS.meta, (name: string, payload: { kind: string }) =>
      meta.push({ docName: name, kind: payload.kind }),
    );
    const provider = new SocketIOProvider(socket, docName, doc);
    await eventually(() => provider.getState().status === 'synced', `${email} to sync`);
    const editor = { socket, doc, provider, meta };
    editors.push(editor);
    return editor;
  }

  async function createNote(who: string, input: Record<string, unknown>) {
    const res = await gql(as[who], CREATE, {
      input: {
        title: 'Consultation on ICCPR art. 9 follow-up',
        classification: 'PARTNERS',
        ...input,
      },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createBriefingNote as { id: string; docName: string };
  }

  const stored = async (docName: string) => {
    const { snapshot, updates } = await t.app.get(TypeOrmCollabStorage).load(docName);
    const doc = new Y.Doc();
    for (const u of snapshot ? [snapshot, ...updates] : updates) Y.applyUpdate(doc, u);
    return paragraphs(doc);
  };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    for (const [name, email] of Object.entries(demo)) {
      const res = await signIn(t, email, 'BerneDemo!2026');
      as[name] = res.agent;
      ids[name] = (await gql(res.agent, '{ me { id } }')).body.data.me.id;
    }
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    as.anonymous = t.agent();
  });
  afterAll(async () => {
    for (const e of editors) {
      e.provider.destroy();
      e.socket.close();
    }
    await t?.close();
  });

  describe('versions', () => {
    it('names a version, compares it with the current text, and restores it live as a new edit', async () => {
      const note = await createNote('caCoordinator', {});
      const a = await openEditor(demo.euDiplomat, note.docName);
      const b = await openEditor(demo.caCoordinator, note.docName);
      appendParagraph(a.doc, 'Raise the case list at the Berne session.');
      await eventually(() => paragraphs(b.doc).length === 1, 'first paragraph at B');
      await eventually(async () => (await stored(note.docName)).length === 1, 'stored');

      const named = await gql(as.euDiplomat, NAME, { noteId: note.id, name: '  Draft for Berne ' });
      expect(named.body.errors).toBeUndefined();
      const v1 = named.body.data.nameBriefingNoteVersion as Version;
      expect(v1).toMatchObject({
        number: 1,
        kind: 'NAMED',
        name: 'Draft for Berne',
        approvals: [],
      });

      appendParagraph(b.doc, 'Add the ICESCR housing questions.');
      await eventually(async () => (await stored(note.docName)).length === 2, 'second stored');
      const diff = await gql(as.caCoordinator, DIFF, { fromId: v1.id, toId: null });
      expect(diff.body.data.briefingNoteVersionDiff).toMatchObject({
        added: 1,
        removed: 0,
        to: null,
        lines: [
          { change: 'SAME', text: 'Raise the case list at the Berne session.' },
          { change: 'ADDED', text: 'Add the ICESCR housing questions.' },
        ],
      });
      expect(a.meta).toContainEqual({ docName: note.docName, kind: 'versions' });

      const content = await gql(as.euDiplomat, CONTENT, { id: v1.id });
      const old = new Y.Doc();
      Y.applyUpdate(old, Buffer.from(content.body.data.briefingNoteVersion.state, 'base64'));
      expect(paragraphs(old)).toEqual(['Raise the case list at the Berne session.']);

      const restored = await gql(as.euDiplomat, RESTORE, { id: v1.id });
      expect(restored.body.errors).toBeUndefined();
      expect(restored.body.data.restoreBriefingNoteVersion).toMatchObject({
        number: 2,
        kind: 'RESTORED',
        restoredFromNumber: 1,
        createdBy: { displayName: expect.any(String), partnerCode: 'EU' },
      });
      // Both live editors see the old text come back; the database holds it too.
      for (const e of [a, b]) {
        await eventually(() => paragraphs(e.doc).length === 1, 'restore to reach an editor');
        expect(paragraphs(e.doc)).toEqual(['Raise the case list at the Berne session.']);
      }
      expect(await stored(note.docName)).toEqual(['Raise the case list at the Berne session.']);
      // Restoring what is already there is refused with a sentence.
      const again = await gql(as.euDiplomat, RESTORE, { id: v1.id });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.body.errors[0].message).toMatch(/nothing to restore/);

      // History kept: the version list still has both, newest first.
      const list = await gql(as.usDiplomat, VERSIONS, { noteId: note.id });
      expect((list.body.data.briefingNoteVersions as Version[]).map((v) => v.number)).toEqual([
        2, 1,
      ]);
    });

    it('takes automatic versions during activity, without duplicates when nothing changed', async () => {
      const note = await createNote('euDiplomat', {});
      const a = await openEditor(demo.euDiplomat, note.docName);
      appendParagraph(a.doc, 'Benchmarks: press freedom before the Games.');
      await eventually(async () => (await stored(note.docName)).length === 1, 'stored');
      const gateway = t.app.get(CollabGateway);
      await gateway.flushSnapshots();
      await gateway.flushSnapshots();
      const versions = () =>
        ds.getRepository(NoteVersionEntity).find({ where: { noteId: note.id } });
      expect((await versions()).map((v) => v.kind)).toEqual(['AUTO']);
      appendParagraph(a.doc, 'Labour rights: ILO conventions.');
      await eventually(async () => (await stored(note.docName)).length === 2, 'stored again');
      await gateway.flushSnapshots();
      const all = await versions();
      expect(all.map((v) => [v.number, v.kind]).sort()).toEqual([
        [1, 'AUTO'],
        [2, 'AUTO'],
      ]);
      const latest = new Y.Doc();
      Y.applyUpdate(latest, new Uint8Array(all.find((v) => v.number === 2)!.state));
      expect(paragraphs(latest)).toHaveLength(2);
    });

    it('records partner approvals once each and seals with them; sealed versions do not change', async () => {
      const note = await createNote('caCoordinator', {});
      const a = await openEditor(demo.caCoordinator, note.docName);
      appendParagraph(a.doc, 'Agreed lines for the Brussels session.');
      await eventually(async () => (await stored(note.docName)).length === 1, 'stored');
      const v = (await gql(as.caCoordinator, NAME, { noteId: note.id, name: 'Agreed text' })).body
        .data.nameBriefingNoteVersion as Version;

      const noApprovals = await gql(as.caCoordinator, SEAL, { id: v.id });
      expect(errorCode(noApprovals)).toBe('BAD_USER_INPUT');

      expect(errorCode(await gql(as.euDiplomat, APPROVE, { id: v.id }))).toBeUndefined();
      const twice = await gql(as.euDiplomat, APPROVE, { id: v.id });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect(twice.body.errors[0].message).toMatch(/EU has already approved version 1/);
      const approved = await gql(as.caCoordinator, APPROVE, { id: v.id });
      expect(
        (approved.body.data.approveBriefingNoteVersion as Version).approvals.map(
          (x) => x.partnerCode,
        ),
      ).toEqual(['EU', 'CA']);
      // The secretariat is no delegation; a guest cannot even see the note.
      expect(errorCode(await gql(as.secretariat, APPROVE, { id: v.id }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(as.guest, APPROVE, { id: v.id }))).toBe('NOT_FOUND');

      // Sealing belongs to the owner partner's coordinator (CA) or the secretariat.
      expect(errorCode(await gql(as.euDiplomat, SEAL, { id: v.id }))).toBe('FORBIDDEN');
      const sealed = await gql(as.caCoordinator, SEAL, { id: v.id });
      expect(sealed.body.errors).toBeUndefined();
      expect(sealed.body.data.sealBriefingNoteVersion).toMatchObject({
        sealedAt: expect.any(String),
        sealedBy: { displayName: expect.any(String) },
      });
      expect(errorCode(await gql(as.usDiplomat, APPROVE, { id: v.id }))).toBe('CONFLICT');
      expect(errorCode(await gql(as.secretariat, SEAL, { id: v.id }))).toBe('CONFLICT');

      const audit = await ds.getRepository(AuditEntryEntity).findOneOrFail({
        where: { action: 'briefing-note.version-sealed', resourceId: note.id },
      });
      expect(JSON.parse(audit.details as unknown as string)).toMatchObject({
        version: 1,
        approvedBy: ['CA', 'EU'],
      });
    });

    it('refuses bad input with a sentence', async () => {
      const note = await createNote('euDiplomat', {});
      for (const name of ['', '   ', 'x'.repeat(121)]) {
        const res = await gql(as.euDiplomat, NAME, { noteId: note.id, name });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message).toMatch(/name/);
      }
      const auto = await t.app.get(CollabGateway);
      const a = await openEditor(demo.euDiplomat, note.docName);
      appendParagraph(a.doc, 'text');
      await eventually(async () => (await stored(note.docName)).length === 1, 'stored');
      await auto.flushSnapshots();
      const [autoVersion] = (await gql(as.euDiplomat, VERSIONS, { noteId: note.id })).body.data
        .briefingNoteVersions as Version[];
      expect(autoVersion.kind).toBe('AUTO');
      expect(errorCode(await gql(as.euDiplomat, APPROVE, { id: autoVersion.id }))).toBe(
        'BAD_USER_INPUT',
      );
      const other = await createNote('euDiplomat', {});
      const otherVersion = (await gql(as.euDiplomat, NAME, { noteId: other.id, name: 'v' })).body
        .data.nameBriefingNoteVersion as Version;
      const mixed = await gql(as.euDiplomat, DIFF, {
        fromId: autoVersion.id,
        toId: otherVersion.id,
      });
      expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
    });

    it('is refused to anonymous callers, guests and uncleared diplomats on a restricted note, by every route', async () => {
      const note = await createNote('secretariat', {
        classification: 'RESTRICTED',
        ownerPartner: 'EU',
        title: 'Restricted: individual cases for the dialogue',
      });
      const a = await openEditor(demo.secretariat, note.docName);
      appendParagraph(a.doc, 'Case notes for the next round.');
      await eventually(async () => (await stored(note.docName)).length === 1, 'stored');
      const v = (await gql(as.secretariat, NAME, { noteId: note.id, name: 'Case list' })).body.data
        .nameBriefingNoteVersion as Version;
      expect(v.number).toBe(1);

      const before = await ds
        .getRepository(NoteVersionEntity)
        .count({ where: { noteId: note.id } });
      for (const who of ['anonymous', 'guest', 'usDiplomat']) {
        const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND';
        const answers = {
          list: await gql(as[who], VERSIONS, { noteId: note.id }),
          content: await gql(as[who], CONTENT, { id: v.id }),
          diff: await gql(as[who], DIFF, { fromId: v.id }),
          name: await gql(as[who], NAME, { noteId: note.id, name: 'mine' }),
          restore: await gql(as[who], RESTORE, { id: v.id }),
          approve: await gql(as[who], APPROVE, { id: v.id }),
          seal: await gql(as[who], SEAL, { id: v.id }),
        };
        for (const [route, res] of Object.entries(answers)) {
          expect({ who, route, code: errorCode(res) }).toEqual({ who, route, code: expected });
          expect(JSON.stringify(res.body)).not.toContain('Case');
          expect(JSON.stringify(res.body)).not.toContain('Restricted');
        }
      }
      expect(await ds.getRepository(NoteVersionEntity).count({ where: { noteId: note.id } })).toBe(
        before,
      );
    });
  });

  describe('comments', () => {
    async function noteWithText(owner: string, text: string, input: Record<string, unknown> = {}) {
      const note = await createNote(owner, input);
      const email = demo[owner as keyof typeof demo];
      const editor = await openEditor(email, note.docName);
      const xmlText = appendParagraph(editor.doc, text);
      await eventually(async () => (await stored(note.docName)).length === 1, 'stored');
      return { note, editor, xmlText };
    }
    const anchor = (type: Y.XmlText, index: number) =>
      JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(type, index)));

    it('anchors a thread to text that stays anchored through concurrent edits, and notifies mentions live', async () => {
      const text = 'Urge ratification of the ICCPR before the next round.';
      const { note, editor, xmlText } = await noteWithText('euDiplomat', text);
      const live = await connect(t, '/live', await sessionCookie(t, demo.caCoordinator));
      const pings: { kind: string }[] = [];
      live.on(LIVE_EVENTS.notification, (p: { kind: string }) => pings.push(p));
      const watcher = await openEditor(demo.usDiplomat, note.docName);

      const start = text.indexOf('ratification');
      const end = start + 'ratification of the ICCPR'.length;
      const res = await gql(as.euDiplomat, START, {
        input: {
          noteId: note.id,
          anchorStart: anchor(xmlText, start),
          anchorEnd: anchor(xmlText, end),
          quote: 'ratification of the ICCPR',
          body: '@Geneviève can Canada co-sign this?',
          mentionUserIds: [ids.caCoordinator],
        },
      });
      expect(res.body.errors).toBeUndefined();
      const thread = res.body.data.startNoteCommentThread;
      expect(thread).toMatchObject({
        quote: 'ratification of the ICCPR',
        canResolve: true,
        comments: [
          { body: '@Geneviève can Canada co-sign this?', mentions: [{ id: ids.caCoordinator }] },
        ],
      });
      await eventually(() => pings.length === 1, 'the live notification');
      expect(pings[0]).toEqual({ id: expect.any(String), kind: 'comment.mention' });
      await eventually(
        () => watcher.meta.some((m) => m.kind === 'comments'),
        'open editors to hear about the new thread',
      );

      // Someone edits before and inside-adjacent text; the anchor still spans the same words.
      const other = await openEditor(demo.usDiplomat, note.docName);
      const otherText = (other.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(
        0,
      ) as Y.XmlText;
      otherText.insert(0, 'Strongly: ');
      otherText.insert(otherText.length, ' Also CAT.');
      await eventually(() => paragraphs(editor.doc)[0].startsWith('Strongly: '), 'edit to sync');
      const current = new Y.Doc();
      Y.applyUpdate(current, await t.app.get(CollabGateway).currentState(note.docName));
      current.getXmlFragment('body');
      const resolve = (json: string) =>
        Y.createAbsolutePositionFromRelativePosition(
          Y.createRelativePositionFromJSON(JSON.parse(json)),
          current,
        )!;
      const [from, to] = [resolve(thread.anchorStart), resolve(thread.anchorEnd)];
      expect(from.type).toBe(to.type);
      expect((from.type as Y.XmlText).toString().slice(from.index, to.index)).toBe(
        'ratification of the ICCPR',
      );

      const inbox = await gql(as.caCoordinator, NOTIFICATIONS);
      expect(inbox.body.data).toMatchObject({
        unreadNotificationCount: 1,
        notifications: [
          {
            kind: 'comment.mention',
            actorName: expect.any(String),
            targetTitle: 'Consultation on ICCPR art. 9 follow-up',
            // Straight to the thread.
            targetPath: `/briefing-notes/${note.id}?detail=${thread.id}`,
            readAt: null,
          },
        ],
      });
      // The notification itself carries no comment text.
      expect(JSON.stringify(inbox.body)).not.toContain('co-sign');
      expect((await gql(as.caCoordinator, MARK_READ)).body.data.markNotificationsRead).toBe(1);
      expect((await gql(as.caCoordinator, NOTIFICATIONS)).body.data.unreadNotificationCount).toBe(
        0,
      );

      // Once the note is out of the mentioned person's reach, the notification no longer names it.
      const reclassified = await gql(as.secretariat, RECLASSIFY, {
        input: { id: note.id, classification: 'RESTRICTED' },
      });
      expect(reclassified.body.errors).toBeUndefined();
      const after = await gql(as.caCoordinator, NOTIFICATIONS);
      expect(after.body.data.notifications[0]).toMatchObject({
        targetTitle: null,
        targetPath: null,
      });
      expect(JSON.stringify(after.body)).not.toContain('ICCPR');
      live.close();
    });

    it('replies, resolves and reopens, with clear errors for the wrong order', async () => {
      const text = 'Ask about the legal seminar that was cancelled.';
      const { note, xmlText } = await noteWithText('euDiplomat', text);
      const started = await gql(as.euDiplomat, START, {
        input: {
          noteId: note.id,
          anchorStart: anchor(xmlText, 0),
          anchorEnd: anchor(xmlText, 9),
          quote: 'Ask about',
          body: 'Which ministry answers this?',
        },
      });
      const id = started.body.data.startNoteCommentThread.id as string;
      const reply = await gql(as.usDiplomat, REPLY, {
        input: { threadId: id, body: 'Justice, last time.' },
      });
      expect(
        reply.body.data.replyToNoteComment.comments.map((c: { body: string }) => c.body),
      ).toEqual(['Which ministry answers this?', 'Justice, last time.']);
      const resolved = await gql(as.usDiplomat, RESOLVE, { id });
      expect(resolved.body.data.resolveNoteCommentThread).toMatchObject({
        resolvedAt: expect.any(String),
        resolvedBy: { displayName: expect.any(String) },
      });
      expect(errorCode(await gql(as.usDiplomat, RESOLVE, { id }))).toBe('CONFLICT');
      const late = await gql(as.euDiplomat, REPLY, { input: { threadId: id, body: 'One more' } });
      expect(errorCode(late)).toBe('BAD_USER_INPUT');
      expect(late.body.errors[0].message).toMatch(/reopen/);
      const open = (await gql(as.euDiplomat, COMMENTS, { noteId: note.id, all: false })).body.data;
      expect(open.briefingNoteComments).toEqual([]);
      expect(
        (await gql(as.euDiplomat, REOPEN, { id })).body.data.reopenNoteCommentThread.resolvedAt,
      ).toBeNull();
      expect(errorCode(await gql(as.euDiplomat, REOPEN, { id }))).toBe('CONFLICT');

      const bad = async (input: Record<string, unknown>) =>
        gql(as.euDiplomat, START, {
          input: {
            noteId: note.id,
            anchorStart: anchor(xmlText, 0),
            anchorEnd: anchor(xmlText, 3),
            quote: 'Ask',
            body: 'Hello',
            ...input,
          },
        });
      for (const [input, message] of [
        [{ body: '   ' }, /Write a comment/],
        [{ body: 'x'.repeat(4001) }, /at most 4000/],
        [{ anchorStart: 'not json' }, /valid place/],
        [{ anchorStart: '{"item":{"client":"x","clock":1}}' }, /valid place/],
        [{ anchorStart: '{"tname":"other","item":null,"type":null}' }, /valid place/],
        [{ anchorStart: '{"item":{"client":123456789,"clock":99999}}' }, /no longer in the note/],
        [{ mentionUserIds: [guest.id] }, /cannot open this note/],
      ] as const) {
        const res = await bad(input);
        expect({ input, code: errorCode(res) }).toEqual({ input, code: 'BAD_USER_INPUT' });
        expect(res.body.errors[0].message).toMatch(message);
      }
    });

    it('mentions only people who can open the note, and keeps restricted comments from everyone else', async () => {
      const { note, xmlText } = await noteWithText(
        'secretariat',
        'Individual case: Ma Lin (invented).',
        {
          classification: 'RESTRICTED',
          ownerPartner: 'EU',
          title: 'Restricted case note',
        },
      );
      const people = (await gql(as.secretariat, MENTIONABLE, { noteId: note.id })).body.data
        .briefingNoteMentionable as { id: string }[];
      expect(people.map((p) => p.id)).toContain(ids.euDiplomat);
      expect(people.map((p) => p.id)).not.toContain(ids.usDiplomat);
      expect(people.map((p) => p.id)).not.toContain(guest.id);

      const refused = await gql(as.secretariat, START, {
        input: {
          noteId: note.id,
          anchorStart: anchor(xmlText, 0),
          anchorEnd: anchor(xmlText, 4),
          quote: 'Indi',
          body: 'Please check',
          mentionUserIds: [ids.usDiplomat],
        },
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.body.errors[0].message).toMatch(/cannot open this note/);
      expect(refused.body.errors[0].message).not.toMatch(/Ma Lin/);
      const ok = await gql(as.secretariat, START, {
        input: {
          noteId: note.id,
          anchorStart: anchor(xmlText, 0),
          anchorEnd: anchor(xmlText, 4),
          quote: 'Indi',
          body: 'Please check',
          mentionUserIds: [ids.euDiplomat],
        },
      });
      expect(ok.body.errors).toBeUndefined();
      const threadId = ok.body.data.startNoteCommentThread.id;
      // No notification reached the uncleared diplomat.
      expect((await gql(as.usDiplomat, NOTIFICATIONS)).body.data.notifications).toEqual([]);

      for (const who of ['anonymous', 'guest', 'usDiplomat']) {
        const expected = who === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND';
        const answers = {
          list: await gql(as[who], COMMENTS, { noteId: note.id, all: true }),
          mentionable: await gql(as[who], MENTIONABLE, { noteId: note.id }),
          reply: await gql(as[who], REPLY, { input: { threadId, body: 'hi' } }),
          resolve: await gql(as[who], RESOLVE, { id: threadId }),
          start: await gql(as[who], START, {
            input: {
              noteId: note.id,
              anchorStart: anchor(xmlText, 0),
              anchorEnd: anchor(xmlText, 4),
              quote: 'x',
              body: 'y',
            },
          }),
        };
        for (const [route, res] of Object.entries(answers)) {
          expect({ who, route, code: errorCode(res) }).toEqual({ who, route, code: expected });
          expect(JSON.stringify(res.body)).not.toMatch(/Ma Lin|Please check|Restricted case/);
        }
      }
    });

    it('keeps guests out of commenting even where they may read', async () => {
      const { note, xmlText } = await noteWithText('caCoordinator', 'Public statement draft.', {
        classification: 'PUBLIC',
      });
      const res = await gql(as.guest, START, {
        input: {
          noteId: note.id,
          anchorStart: anchor(xmlText, 0),
          anchorEnd: anchor(xmlText, 6),
          quote: 'Public',
          body: 'Comment',
        },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(res.body.errors[0].message).toMatch(/guests cannot comment/);
      expect((await gql(as.guest, COMMENTS, { noteId: note.id, all: true })).body.data).toEqual({
        briefingNoteComments: [],
      });
    });
  });

  it('tells only sockets that joined a note about its comments: a refused join hears nothing', async () => {
    const note = await createNote('secretariat', {
      classification: 'RESTRICTED',
      ownerPartner: 'EU',
    });
    const owner = await openEditor(demo.secretariat, note.docName);
    const xmlText = appendParagraph(owner.doc, 'Restricted text.');
    await eventually(async () => (await stored(note.docName)).length === 1, 'stored');
    const outsider = await connect(t, '/collab', await sessionCookie(t, demo.usDiplomat));
    const heard: unknown[] = [];
    outsider.on(COLLAB_EVENTS.meta, (...args: unknown[]) => heard.push(args));
    const answer = await new Promise<JoinAnswer>((ok) =>
      outsider.emit(COLLAB_EVENTS.join, note.docName, ok),
    );
    expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const anchorOf = (i: number) =>
      JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(xmlText, i)));
    const res = await gql(as.secretariat, START, {
      input: {
        noteId: note.id,
        anchorStart: anchorOf(0),
        anchorEnd: anchorOf(4),
        quote: 'Rest',
        body: 'ok',
      },
    });
    expect(res.body.errors).toBeUndefined();
    await eventually(
      () => owner.meta.some((m) => m.kind === 'comments'),
      'the joined editor to hear',
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).toEqual([]);
    outsider.close();
  });
});
