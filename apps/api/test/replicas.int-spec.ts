import { randomBytes } from 'node:crypto';
import { socketParser } from '@berne/collab';
import { io, type Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { SocketIOProvider } from '@berne/collab/client';
import { connect, eventually, sessionCookie } from './helpers/sockets';
import {
  createTestDatabase,
  demo,
  errorCode,
  gql,
  REDIS_URL,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './helpers/test-app';

/**
 * Two app instances on one database and one Redis, as two replicas behind a proxy would be.
 * Needs TEST_REDIS_URL (CI sets it); without Redis there is only ever one replica.
 */
const describeWithRedis = REDIS_URL ? describe : describe.skip;

describeWithRedis('two replicas sharing PostgreSQL/SQLite and Redis', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    const shared = {
      REDIS_PREFIX: `replicas-${randomBytes(4).toString('hex')}`,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '2',
    };
    a = await startTestApp(shared, db);
    b = await startTestApp(shared, db);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('shares login-failure counters: failures on one replica block the account on the other', async () => {
    const attempt = (t: TestApp, password: string) =>
      gql(t.agent(), 'mutation($i: LoginInput!) { login(input: $i) { id } }', {
        i: { email: demo.usDiplomat, password },
      });
    expect(errorCode(await attempt(a, 'wrong one'))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await attempt(a, 'wrong two'))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await attempt(b, 'BerneDemo!2026'))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('closes a socket held by one replica when the session ends on the other', async () => {
    const agent = await a.as(demo.caCoordinator);
    const login = await gql(agent, '{ me { id } }');
    expect(errorCode(login)).toBeUndefined();
    const cookie = (await loginCookie(b, demo.caCoordinator)).cookie;
    const port = (b.app.getHttpServer().address() as { port: number }).port;
    const socket: Socket = io(`http://127.0.0.1:${port}/live`, {
      parser: socketParser,
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
    });
    await new Promise<void>((ok, fail) => {
      socket.once('connect', () => ok());
      socket.once('connect_error', fail);
    });
    const ended = new Promise<{ reason: string }>((ok) => socket.once('session:ended', ok));
    const closed = new Promise<string>((ok) => socket.once('disconnect', ok));
    // The secretariat disables the account through replica A; the socket lives on replica B.
    const admin = await a.as(demo.secretariat);
    const me = await gql(agent, '{ me { id } }');
    const res = await gql(
      admin,
      'mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { disabled } }',
      {
        i: { userId: me.body.data.me.id, disabled: true },
      },
    );
    expect(res.body.data.setUserDisabled.disabled).toBe(true);
    expect((await ended).reason).toBe('account-disabled');
    expect(await closed).toBe('io server disconnect');
    socket.close();
  });
});

describeWithRedis('co-editing across two replicas', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    const shared = { REDIS_PREFIX: `collab-${randomBytes(4).toString('hex')}` };
    a = await startTestApp(shared, db);
    b = await startTestApp(shared, db);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it("editors connected to different replicas converge and see each other's carets; both replicas hold the same state", async () => {
    const admin = await a.as(demo.euDiplomat);
    const created = await gql(
      admin,
      'mutation($i: CreateBriefingNoteInput!) { createBriefingNote(input: $i) { docName } }',
      { i: { title: 'Two replicas, one note', classification: 'PARTNERS' } },
    );
    const docName: string = created.body.data.createBriefingNote.docName;
    const open = async (t: TestApp, email: string) => {
      const socket = await connect(t, '/collab', await sessionCookie(t, email));
      const doc = new Y.Doc();
      const provider = new SocketIOProvider(socket, docName, doc);
      await eventually(() => provider.getState().status === 'synced', `${email} synced`);
      return { socket, doc, provider };
    };
    const onA = await open(a, demo.euDiplomat);
    const onB = await open(b, demo.caCoordinator);
    onA.doc.getText('body').insert(0, 'From Brussels. ');
    onB.doc.getText('body').insert(0, 'From Ottawa. ');
    const text = (d: Y.Doc) => d.getText('body').toString();
    await eventually(
      () =>
        text(onA.doc) === text(onB.doc) &&
        text(onA.doc).length === 'From Brussels. From Ottawa. '.length,
      'convergence',
    );
    // Carets cross replicas too, with the identity replica A's server knows.
    onA.provider.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 });
    await eventually(
      () => !!onB.provider.awareness.getStates().get(onA.doc.clientID)?.cursor,
      'caret across replicas',
    );
    expect(onB.provider.awareness.getStates().get(onA.doc.clientID)?.user).toMatchObject({
      name: 'Eleanor Vance',
      partner: 'EU',
    });
    // A third editor joining through replica B gets everything, including what replica A stored.
    const late = await open(b, demo.secretariat);
    await eventually(() => text(late.doc) === text(onA.doc), 'late joiner');
    for (const e of [onA, onB, late]) {
      e.provider.destroy();
      e.socket.close();
    }
  });
});

async function loginCookie(t: TestApp, email: string) {
  const res = await gql(t.agent(), 'mutation($i: LoginInput!) { login(input: $i) { id } }', {
    i: { email, password: 'BerneDemo!2026' },
  });
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return { cookie: header.map((c) => c.split(';')[0]).join('; ') };
}
