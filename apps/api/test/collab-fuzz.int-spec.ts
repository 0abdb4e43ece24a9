import { Logger } from '@nestjs/common';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  COLLAB_EVENTS,
  encodeAwareness,
  encodeSyncStep1,
  encodeUpdate,
  type JoinAnswer,
} from '@berne/collab';
import { SocketIOProvider } from '@berne/collab/client';
import { CollabDocuments } from '../src/collab/collab-documents';
import { TypeOrmCollabStorage } from '../src/collab/typeorm-collab.storage';
import { connect, eventually, sessionCookie } from './helpers/sockets';
import { demo, startTestApp, type TestApp } from './helpers/test-app';

/** Frames to send; FUZZ_FRAMES raises it for a longer local run. */
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 400);

describe('fuzzing the /collab namespace', () => {
  let t: TestApp;
  const ids = new Set<string>();
  beforeAll(async () => {
    t = await startTestApp({ COLLAB_MAX_FRAME_KB: '16' });
    t.app.get(CollabDocuments).register({
      prefix: 'fuzz-doc',
      resource: async (id) =>
        ids.has(id) ? { type: 'fuzz-doc', id, classification: 'PARTNERS' } : null,
    });
  });
  afterAll(() => t?.close());

  function doc(): string {
    const id = randomUUID();
    ids.add(id);
    return `fuzz-doc:${id}`;
  }

  /** Random bytes, truncated or bit-flipped valid frames, and valid frames: the mix a hostile client sends. */
  function hostileFrame(valid: Uint8Array[]): Uint8Array {
    const base = valid[randomInt(valid.length)];
    switch (randomInt(5)) {
      case 0:
        return randomBytes(randomInt(1, 200));
      case 1:
        return base.slice(0, randomInt(1, Math.max(2, base.length)));
      case 2: {
        const copy = base.slice();
        for (let i = 0; i < 1 + randomInt(4); i++) copy[randomInt(copy.length)] = randomInt(256);
        return copy;
      }
      case 3:
        return new Uint8Array([...base, ...randomBytes(randomInt(1, 8))]);
      default:
        return encodeAwareness(randomBytes(randomInt(1, 60)));
    }
  }

  it(`survives ${FRAMES} hostile frames; honest editors and the stored log stay intact`, async () => {
    const victimDoc = doc();
    const bystanderDoc = doc();
    const cookieHostile = await sessionCookie(t, demo.caCoordinator);
    const honestSocket = await connect(t, '/collab', await sessionCookie(t, demo.euDiplomat));
    const honest = new Y.Doc();
    const provider = new SocketIOProvider(honestSocket, bystanderDoc, honest);
    await eventually(() => provider.getState().status === 'synced', 'honest editor synced');

    const sample = new Y.Doc();
    const valid: Uint8Array[] = [encodeSyncStep1(sample)];
    for (let i = 0; i < 10; i++) {
      const before = Y.encodeStateVector(sample);
      sample.getText('body').insert(0, `valid ${i} `);
      valid.push(encodeUpdate(Y.encodeStateAsUpdate(sample, before)));
    }

    let hostile: Socket | null = null;
    let closures = 0;
    // Every hostile frame is refused as bad input: none is an internal error of the server.
    const logged = jest.spyOn(Logger.prototype, 'error');
    for (let i = 0; i < FRAMES; i++) {
      if (!hostile || !hostile.connected) {
        hostile = await connect(t, '/collab', cookieHostile);
        hostile.on('disconnect', () => closures++);
        const answer = await new Promise<JoinAnswer>((ok) =>
          hostile!.emit(COLLAB_EVENTS.join, victimDoc, ok),
        );
        expect(answer.ok).toBe(true);
      }
      // First, a SyncStep1 whose state vector announces 5 entries and carries none; then the mix.
      const frame = i === 0 ? new Uint8Array([0, 0, 1, 5]) : hostileFrame(valid);
      hostile.emit(COLLAB_EVENTS.frame, victimDoc, frame);
      if (i % 25 === 0) {
        honest.getText('body').insert(honest.getText('body').length, `${i};`);
      }
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    hostile?.close();
    expect(closures).toBeGreaterThan(0);
    const internal = logged.mock.calls.map((c) => String(c[0])).filter((m) => /failed/.test(m));
    logged.mockRestore();

    // The honest editor on another document never noticed.
    await eventually(() => provider.getState().unsynced === 0, 'honest edits stored');
    expect(honest.getText('body').toString()).toContain('0;');

    // Whatever was accepted for the victim document reloads from the database without error.
    for (const name of [victimDoc, bystanderDoc]) {
      const stored = await t.app.get(TypeOrmCollabStorage).load(name);
      const reloaded = new Y.Doc();
      for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates)
        Y.applyUpdate(reloaded, u);
      if (name === bystanderDoc)
        expect(reloaded.getText('body').toString()).toBe(honest.getText('body').toString());
    }
    provider.destroy();
    honestSocket.close();

    // And the process still serves.
    const res = await t.agent().get('/health');
    expect(res.body.status).toBe('ok');
    // Checked last, once the sockets are closed (a failure must not leave them open).
    expect(internal).toEqual([]);
  });

  it('closes only the socket that sends packets socket.io cannot decode (random bytes, bad MessagePack)', async () => {
    const name = doc();
    const honestSocket = await connect(t, '/collab', await sessionCookie(t, demo.euDiplomat));
    const honest = new Y.Doc();
    const provider = new SocketIOProvider(honestSocket, name, honest);
    await eventually(() => provider.getState().status === 'synced', 'honest editor synced');
    const cookie = await sessionCookie(t, demo.caCoordinator);
    const packets: (Uint8Array | string)[] = [
      randomBytes(40),
      new Uint8Array([0xdc, 0xff, 0xff]), // an array announcing 65535 items, then nothing
      new Uint8Array(Array.from({ length: 5000 }, () => 0x91)), // 5000 nested arrays
      new Uint8Array([0x83, 0xa4, 0x74, 0x79, 0x70, 0x65, 0x09]), // a map with a bad packet type
      'not MessagePack at all',
    ];
    for (const packet of packets) {
      const hostile = await connect(t, '/collab', cookie);
      const closed = new Promise<void>((ok) => hostile.on('disconnect', () => ok()));
      // Straight to the engine: below socket.io's encoder, as a hostile client would.
      (hostile.io.engine as unknown as { send(data: Uint8Array | string): void }).send(packet);
      await closed;
      hostile.close();
    }
    honest.getText('body').insert(0, 'still here');
    await eventually(() => provider.getState().unsynced === 0, 'honest edit stored');
    expect(provider.getState().status).toBe('synced');
    provider.destroy();
    honestSocket.close();
    expect((await t.agent().get('/health')).body.status).toBe('ok');
  });
});
