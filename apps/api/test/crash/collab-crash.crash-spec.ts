import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { COLLAB_EVENTS, decodeFrame, encodeSyncStep1, encodeUpdate, type FrameAck, type JoinAnswer } from '@berne/collab';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app';

/**
 * Kills the built server with SIGKILL right after it acknowledged an edit, while more edits are in
 * flight, restarts it, and checks that every acknowledged edit is there. CRASH_RUNS sets the count
 * (CI: 50; `npm run test:crash -- 200` style runs for more).
 */
const RUNS = Number(process.env.CRASH_RUNS ?? 50);
const MAIN = resolve(__dirname, '../../../../dist/apps/api/apps/api/src/main.js');
const PASSWORD = 'BerneDemo!2026';

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: resolve(__dirname, '../../../..'),
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'error', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d));
  child.stderr?.on('data', (d: Buffer) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, output: () => output };
}

async function graphql(url: string, query: string, variables: object, cookie = '') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as { data?: Record<string, { id?: string; docName?: string }>; errors?: unknown[] }, cookie: res.headers.get('set-cookie') ?? '' };
}

async function signIn(url: string): Promise<string> {
  const { cookie, body } = await graphql(url, 'mutation($i: LoginInput!) { login(input: $i) { id } }', {
    i: { email: 'eu.diplomat@berne.example', password: PASSWORD },
  });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return cookie.split(';')[0];
}

async function openSocket(url: string, cookie: string, docName: string): Promise<Socket> {
  const socket = io(`${url}/collab`, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
  await new Promise<void>((ok, fail) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', fail);
  });
  const answer = await new Promise<JoinAnswer>((ok) => socket.emit(COLLAB_EVENTS.join, docName, ok));
  if (!answer.ok) throw new Error(`join failed: ${answer.code}`);
  return socket;
}

/** The server's whole document, fetched with a SyncStep1 from an empty doc. */
async function serverText(socket: Socket, docName: string): Promise<string> {
  const doc = new Y.Doc();
  const got = new Promise<void>((ok) => {
    socket.on(COLLAB_EVENTS.frame, (name: string, frame: ArrayBuffer) => {
      const decoded = decodeFrame(new Uint8Array(frame));
      if (name === docName && decoded.kind === 'sync-step2') {
        Y.applyUpdate(doc, decoded.update);
        ok();
      }
    });
  });
  socket.emit(COLLAB_EVENTS.frame, docName, encodeSyncStep1(doc));
  await got;
  return doc.getText('body').toString();
}

describe(`crash safety: SIGKILL right after acknowledgements (${RUNS} runs)`, () => {
  let db: TestDatabase;
  let dataEnv: Record<string, string>;
  let dataDir: string | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataEnv = db.env;
    dataDir = db.env.DATA_DIR;
  });
  afterAll(async () => {
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('never loses an acknowledged edit', async () => {
    let server = await startServer(dataEnv);
    let cookie = await signIn(server.url);
    const created = await graphql(
      server.url,
      'mutation($i: CreateBriefingNoteInput!) { createBriefingNote(input: $i) { id docName } }',
      { i: { title: 'Crash test note', classification: 'PARTNERS', themeCodes: [] } },
      cookie,
    );
    const docName = created.body.data!.createBriefingNote.docName!;
    const allAcked: string[] = [];
    let lostTotal = 0;

    for (let run = 0; run < RUNS; run++) {
      const socket = await openSocket(server.url, cookie, docName);
      const doc = new Y.Doc();
      const killAfter = randomInt(1, 25);
      const acked: string[] = [];
      let killed = false;
      let i = 0;
      await new Promise<void>((done) => {
        const exited = () => done();
        server.child.once('exit', exited);
        const send = () => {
          if (killed) return;
          const marker = `r${run}e${i++};`;
          const before = Y.encodeStateVector(doc);
          doc.getText('body').insert(0, marker);
          const update = Y.encodeStateAsUpdate(doc, before);
          socket.emit(COLLAB_EVENTS.frame, docName, encodeUpdate(update), (ack: FrameAck) => {
            if (!ack?.ok || killed) return;
            acked.push(marker);
            if (acked.length >= killAfter) {
              killed = true;
              server.child.kill('SIGKILL');
            }
          });
          setImmediate(send);
        };
        send();
      });
      socket.close();
      allAcked.push(...acked);

      server = await startServer(dataEnv);
      cookie = await signIn(server.url);
      const check = await openSocket(server.url, cookie, docName);
      const text = await serverText(check, docName);
      check.close();
      const lost = allAcked.filter((m) => !text.includes(m));
      lostTotal += lost.length;
      expect({ run, lost }).toEqual({ run, lost: [] });
    }
    expect(allAcked.length).toBeGreaterThanOrEqual(RUNS);
    expect(lostTotal).toBe(0);
    server.child.kill('SIGTERM');
  }, 600_000);
});
