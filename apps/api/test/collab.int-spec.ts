import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  COLLAB_EVENTS,
  decodeFrame,
  encodeAwareness,
  encodeUpdate,
  type FrameAck,
  type JoinAnswer,
} from '@berne/collab';
import { SocketIOProvider, type ProviderState } from '@berne/collab/client';
import type { Classification } from '@berne/domain';
import { CollabDocuments } from '../src/collab/collab-documents';
import { CollabGateway } from '../src/collab/collab.gateway';
import { DocUpdateEntity } from '../src/collab/doc-update.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { createUser } from './helpers/factories';
import { connect, eventually, portOf, sessionCookie } from './helpers/sockets';
import {
  createTestDatabase,
  demo,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './helpers/test-app';

/** Test documents of each classification, registered like a feature would. */
const docs = new Map<string, Classification>();
function registerTestDocs(t: TestApp) {
  t.app.get(CollabDocuments).register({
    prefix: 'test-doc',
    resource: async (id) => {
      const classification = docs.get(id);
      return classification ? { type: 'test-doc', id, classification, ownerPartner: 'EU' } : null;
    },
  });
}
function newDoc(classification: Classification): string {
  const id = randomUUID();
  docs.set(id, classification);
  return `test-doc:${id}`;
}

function join(socket: Socket, docName: string): Promise<JoinAnswer> {
  return new Promise((ok) => socket.emit(COLLAB_EVENTS.join, docName, ok));
}

interface Editor {
  socket: Socket;
  doc: Y.Doc;
  provider: SocketIOProvider;
  text: () => string;
  states: ProviderState[];
}

async function openEditor(t: TestApp, email: string, docName: string): Promise<Editor> {
  const socket = await connect(t, '/collab', await sessionCookie(t, email));
  const doc = new Y.Doc();
  const provider = new SocketIOProvider(socket, docName, doc);
  const states: ProviderState[] = [];
  provider.onState((s) => states.push(s));
  await eventually(
    () => ['synced', 'closed'].includes(provider.getState().status),
    `${email} to sync`,
  );
  return { socket, doc, provider, states, text: () => doc.getText('body').toString() };
}

function closeEditor(e: Editor) {
  e.provider.destroy();
  e.socket.close();
}

describe('live co-editing over /collab', () => {
  let db: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestApp({}, db);
    registerTestDocs(t);
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  const storedUpdates = (docName: string) =>
    t.app
      .get(DataSource)
      .getRepository(DocUpdateEntity)
      .count({ where: { docId: docName } });

  it('commits durably: SQLite fsyncs every commit (synchronous=FULL), PostgreSQL commits synchronously', async () => {
    const ds = t.app.get(DataSource);
    if (ds.options.type === 'postgres') {
      const [row] = await ds.query('SHOW synchronous_commit');
      expect(row.synchronous_commit).toBe('on');
    } else {
      const [row] = await ds.query('PRAGMA synchronous');
      // 2 = FULL: the WAL is synced at every commit, so an acknowledged edit survives a power cut.
      expect(row.synchronous).toBe(2);
    }
  });

  it('refuses an anonymous socket', async () => {
    await expect(connect(t, '/collab')).rejects.toThrow('UNAUTHENTICATED');
  });

  it('refuses a handshake from a foreign or unreadable Origin without falling over', async () => {
    for (const origin of ['null', 'https://evil.example', '::not a url::']) {
      const res = await fetch(`http://127.0.0.1:${portOf(t)}/socket.io/?EIO=4&transport=polling`, {
        headers: { origin },
      });
      expect({ origin, status: res.status }).toEqual({ origin, status: 403 });
    }
    expect((await t.agent().get('/health')).body.status).toBe('ok');
  });

  it("cannot move or remove another participant's caret", async () => {
    const docName = newDoc('PARTNERS');
    const a = await openEditor(t, demo.euDiplomat, docName);
    const b = await openEditor(t, demo.caCoordinator, docName);
    a.provider.awareness.setLocalStateField('cursor', { anchor: 3, head: 3 });
    await eventually(() => !!b.provider.awareness.getStates().get(a.doc.clientID)?.cursor, 'caret');
    // B forges an awareness entry under A's client id, removing A's caret.
    const fake = new Awareness(new Y.Doc());
    fake.clientID = a.doc.clientID;
    fake.setLocalState(null);
    const removal = new Map([[a.doc.clientID, null]]) as unknown as Map<
      number,
      Record<string, unknown>
    >;
    const forged = encodeAwarenessUpdate(fake, [a.doc.clientID], removal);
    fake.destroy();
    await new Promise<FrameAck>((ok) =>
      b.socket.emit(COLLAB_EVENTS.frame, docName, encodeAwareness(forged), ok),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(b.provider.awareness.getStates().get(a.doc.clientID)?.cursor).toEqual({
      anchor: 3,
      head: 3,
    });
    closeEditor(a);
    closeEditor(b);
  });

  it('answers NOT_FOUND for an unknown or malformed document name', async () => {
    const socket = await connect(t, '/collab', await sessionCookie(t, demo.euDiplomat));
    expect(await join(socket, `test-doc:${randomUUID()}`)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await join(socket, 'nonsense')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    socket.close();
  });

  it('lets two editors converge, storing every edit before it is acknowledged', async () => {
    const docName = newDoc('PARTNERS');
    const a = await openEditor(t, demo.euDiplomat, docName);
    const b = await openEditor(t, demo.usDiplomat, docName);
    a.doc.getText('body').insert(0, 'Death penalty: ask for statistics. ');
    b.doc.getText('body').insert(0, 'Supreme Court review. ');
    await eventually(() => a.text() === b.text() && a.text().length > 40, 'convergence');
    await eventually(
      () => a.provider.getState().unsynced === 0 && b.provider.getState().unsynced === 0,
      'acks',
    );
    // Acknowledged means stored: the rows are in the database now.
    expect(await storedUpdates(docName)).toBeGreaterThanOrEqual(2);
    closeEditor(a);
    closeEditor(b);
  });

  it('sends an edit to the other editors but not back to its sender', async () => {
    const docName = newDoc('PARTNERS');
    const a = await openEditor(t, demo.euDiplomat, docName);
    const b = await openEditor(t, demo.usDiplomat, docName);
    const updatesTo = (e: Editor) => {
      const seen: string[] = [];
      e.socket.on(COLLAB_EVENTS.frame, (name: string, frame: ArrayBuffer | Uint8Array) => {
        // Sent as MessagePack binary (a Buffer here, an ArrayBuffer in a browser), not as the
        // extension type a plain Uint8Array becomes, which browsers could not read.
        if (!Buffer.isBuffer(frame)) seen.push('not binary');
        const decoded = decodeFrame(frame instanceof Uint8Array ? frame : new Uint8Array(frame));
        if (name === docName && decoded.kind === 'update') seen.push(docName);
      });
      return seen;
    };
    try {
      const toA = updatesTo(a);
      const toB = updatesTo(b);
      a.doc.getText('body').insert(0, 'Freedom of expression. ');
      await eventually(() => b.text() === 'Freedom of expression. ', 'the edit at B');
      await eventually(() => a.provider.getState().unsynced === 0, 'the ack at A');
      // A second edit, from B this time: by the time A has it, any echo of A's edit would be there.
      b.doc.getText('body').insert(0, 'Minority rights. ');
      await eventually(() => a.text() === b.text() && a.text().length > 30, 'the edit at A');
      expect(toB).toHaveLength(1);
      expect(toA).toHaveLength(1);
    } finally {
      closeEditor(a);
      closeEditor(b);
    }
  });

  it('shows other participants with the identity the server knows, not the one they claim', async () => {
    const docName = newDoc('PARTNERS');
    const a = await openEditor(t, demo.euDiplomat, docName);
    const b = await openEditor(t, demo.caCoordinator, docName);
    a.provider.awareness.setLocalStateField('user', {
      name: 'Somebody Else',
      email: 'leak@example.org',
    });
    a.provider.awareness.setLocalStateField('cursor', { anchor: 0, head: 0 });
    await eventually(() => b.provider.awareness.getStates().has(a.doc.clientID), 'awareness');
    await eventually(
      () => !!b.provider.awareness.getStates().get(a.doc.clientID)?.cursor,
      'cursor',
    );
    const seen = b.provider.awareness.getStates().get(a.doc.clientID)!;
    expect(seen.user).toMatchObject({ name: 'Eleanor Vance', partner: 'EU' });
    expect(JSON.stringify(seen)).not.toContain('leak@example.org');
    closeEditor(a);
    closeEditor(b);
  });

  it('drops and counts update frames from a read-only reader, storing nothing', async () => {
    // A diplomat may read a PUBLIC record but not change it (publishing is a coordinator's job).
    const docName = newDoc('PUBLIC');
    const reader = await openEditor(t, demo.usDiplomat, docName);
    expect(reader.provider.getState().readOnly).toBe(true);
    const before = t.app.get(CollabGateway).metrics.droppedReadOnlyFrames;
    const forged = new Y.Doc();
    forged.getText('body').insert(0, 'not allowed');
    const ack = await new Promise<FrameAck>((ok) =>
      reader.socket.emit(
        COLLAB_EVENTS.frame,
        docName,
        encodeUpdate(Y.encodeStateAsUpdate(forged)),
        ok,
      ),
    );
    expect(ack).toMatchObject({ ok: false, code: 'READ_ONLY' });
    expect(t.app.get(CollabGateway).metrics.droppedReadOnlyFrames).toBe(before + 1);
    expect(await storedUpdates(docName)).toBe(0);
    closeEditor(reader);
  });

  it('keeps a restricted document closed to an uncleared diplomat, and audits the attempt', async () => {
    const docName = newDoc('RESTRICTED');
    const socket = await connect(t, '/collab', await sessionCookie(t, demo.usDiplomat));
    expect(await join(socket, docName)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    socket.close();
    const cleared = await openEditor(t, demo.euDiplomat, docName);
    expect(cleared.provider.getState()).toMatchObject({ status: 'synced', readOnly: false });
    closeEditor(cleared);
    const audit = t.app.get(DataSource).getRepository(AuditEntryEntity);
    const id = docName.split(':')[1];
    expect(await audit.count({ where: { action: 'access.denied', resourceId: id } })).toBe(1);
    expect(await audit.count({ where: { action: 'restricted.read', resourceId: id } })).toBe(1);
  });

  it('keeps every document but PUBLIC ones closed to an NGO guest, even a cleared-looking one', async () => {
    const guest = await createUser(t, {
      role: 'GUEST',
      partnerCode: null,
      cleared: true,
      label: 'guest',
    });
    const socket = await connect(t, '/collab', await sessionCookie(t, guest.email, guest.password));
    for (const classification of ['RESTRICTED', 'PARTNER_PRIVATE', 'PARTNERS'] as const) {
      expect({ classification, answer: await join(socket, newDoc(classification)) }).toMatchObject({
        classification,
        answer: { ok: false, code: 'NOT_FOUND' },
      });
    }
    // A public document can be read, never written.
    expect(await join(socket, newDoc('PUBLIC'))).toEqual({ ok: true, readOnly: true });
    socket.close();
  });

  it('closes only the socket that sent a malformed frame; others carry on', async () => {
    const docName = newDoc('PARTNERS');
    const good = await openEditor(t, demo.euDiplomat, docName);
    const bad = await openEditor(t, demo.caCoordinator, docName);
    const closed = new Promise<{ code: string }>((ok) =>
      bad.socket.once(COLLAB_EVENTS.closed, (_d: string, e: { code: string }) => ok(e)),
    );
    bad.socket.emit(COLLAB_EVENTS.frame, docName, new Uint8Array([0, 2, 200, 1, 2, 3]));
    expect((await closed).code).toBe('MALFORMED_FRAME');
    await eventually(() => !bad.socket.connected, 'bad socket closed');
    good.doc.getText('body').insert(0, 'still here');
    await eventually(
      () => good.provider.getState().unsynced === 0 && good.text() === 'still here',
      'good editor stored',
    );
    closeEditor(good);
    bad.provider.destroy();
  });

  it('refuses an oversized frame with a clear message', async () => {
    const docName = newDoc('PARTNERS');
    const e = await openEditor(t, demo.euDiplomat, docName);
    const closed = new Promise<{ code: string; message: string }>((ok) =>
      e.socket.once(COLLAB_EVENTS.closed, (_d: string, err: { code: string; message: string }) =>
        ok(err),
      ),
    );
    e.socket.emit(COLLAB_EVENTS.frame, docName, new Uint8Array(t.config.collab.maxFrameBytes + 10));
    const error = await closed;
    expect(error.code).toBe('FRAME_TOO_LARGE');
    expect(error.message).toMatch(/may not exceed \d+ KB/);
    closeEditor(e);
  });

  it('survives a restart: a new process loads every acknowledged edit', async () => {
    const docName = newDoc('PARTNERS');
    const e = await openEditor(t, demo.euDiplomat, docName);
    e.doc.getText('body').insert(0, 'Kept across restarts.');
    await eventually(() => e.provider.getState().unsynced === 0, 'ack');
    closeEditor(e);
    const again = await startTestApp({}, db);
    registerTestDocs(again);
    try {
      const reader = await openEditor(again, demo.caCoordinator, docName);
      await eventually(() => reader.text() === 'Kept across restarts.', 'reload');
      closeEditor(reader);
    } finally {
      await again.close();
    }
  });
});
