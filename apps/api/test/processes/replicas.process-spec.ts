import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { SocketIOProvider } from '@berne/collab/client';
import { createTestDatabase, PG_URL, REDIS_URL, type TestDatabase } from '../helpers/test-app';
import { eventually } from '../helpers/sockets';
import { graphql, signIn, startServer, type Server } from './server-process';
import { socketParser } from '@berne/collab';
import { io } from 'socket.io-client';

/** Two real API processes on PostgreSQL + Redis, as two replicas behind a proxy. */
const describeReplicas = PG_URL && REDIS_URL ? describe : describe.skip;

describeReplicas('two API processes on PostgreSQL + Redis', () => {
  let db: TestDatabase;
  const servers: Server[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = {
      ...db.env,
      REDIS_URL: REDIS_URL!,
      REDIS_PREFIX: `proc-${randomBytes(4).toString('hex')}`,
    };
    servers.push(await startServer(env));
    servers.push(await startServer(env));
  }, 60_000);
  afterAll(async () => {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(
      servers.map(
        (s) => new Promise((r) => (s.child.exitCode !== null ? r(null) : s.child.once('exit', r))),
      ),
    );
    await db?.drop();
  });

  it('clients on different processes co-edit one note and converge', async () => {
    const [one, two] = servers;
    const cookieOne = await signIn(one.url, 'eu.diplomat@berne.example');
    const created = await graphql(
      one.url,
      'mutation($i: CreateBriefingNoteInput!) { createBriefingNote(input: $i) { docName } }',
      { i: { title: 'Replicated note', classification: 'PARTNERS' } },
      cookieOne,
    );
    const docName = created.body.data!.createBriefingNote.docName!;
    const cookieTwo = await signIn(two.url, 'ca.coordinator@berne.example');
    const editor = (url: string, cookie: string) => {
      const socket = io(`${url}/collab`, {
        parser: socketParser,
        transports: ['websocket'],
        extraHeaders: { cookie },
        reconnection: false,
        forceNew: true,
      });
      const doc = new Y.Doc();
      return { socket, doc, provider: new SocketIOProvider(socket, docName, doc) };
    };
    const a = editor(one.url, cookieOne);
    const b = editor(two.url, cookieTwo);
    await eventually(
      () => a.provider.getState().status === 'synced' && b.provider.getState().status === 'synced',
      'both synced',
      10_000,
    );
    a.doc.getText('body').insert(0, 'Berne: ');
    b.doc.getText('body').insert(0, 'Brussels: ');
    const text = (d: Y.Doc) => d.getText('body').toString();
    await eventually(
      () => text(a.doc) === text(b.doc) && text(a.doc).length === 'Berne: Brussels: '.length,
      'convergence',
      10_000,
    );
    for (const e of [a, b]) {
      e.provider.destroy();
      e.socket.close();
    }
  }, 60_000);
});
