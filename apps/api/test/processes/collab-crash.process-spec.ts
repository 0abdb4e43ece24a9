import { randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  COLLAB_EVENTS,
  decodeFrame,
  encodeSyncStep1,
  encodeUpdate,
  type FrameAck,
} from '@berne/collab';
import { createTestDatabase, type TestDatabase } from '../helpers/test-app';
import { graphql, openSocket, signIn, startServer } from './server-process';

/**
 * Kills the built server with SIGKILL right after it acknowledged an edit, while more edits are in
 * flight, restarts it, and checks that every acknowledged edit is there. CRASH_RUNS sets the count
 * (CI: 50; `CRASH_RUNS=200 npm run test:processes` for more).
 */
const RUNS = Number(process.env.CRASH_RUNS ?? 50);
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
