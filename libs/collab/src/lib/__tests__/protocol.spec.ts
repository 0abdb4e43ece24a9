import { toWire } from '../socket-parser';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  decodeFrame,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedFrameError,
} from '../protocol';
import { rewriteAwarenessUpdate } from '../server/awareness-filter';

describe('frames', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'abc');

  it('round-trips every frame kind', () => {
    expect(decodeFrame(encodeSyncStep1(doc)).kind).toBe('sync-step1');
    expect(decodeFrame(encodeSyncStep2(doc)).kind).toBe('sync-step2');
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeFrame(encodeUpdate(update))).toEqual({ kind: 'update', update });
    expect(decodeFrame(encodeAwareness(new Uint8Array([0]))).kind).toBe('awareness');
  });

  it('refuses unknown kinds, unknown steps, truncated frames and trailing bytes', () => {
    const full = encodeUpdate(Y.encodeStateAsUpdate(doc));
    for (const bad of [
      new Uint8Array([7, 0]),
      new Uint8Array([0, 9, 0]),
      full.slice(0, full.length - 2),
      new Uint8Array([...full, 1]),
      new Uint8Array([]),
      // A SyncStep1 whose state vector announces 5 entries and carries none.
      new Uint8Array([0, 0, 1, 5]),
    ]) {
      expect(() => decodeFrame(bad)).toThrow(MalformedFrameError);
    }
  });
});

describe('awareness rewriting', () => {
  const identity = { id: 'u1', name: 'Eleanor Vance', partner: 'EU', color: '#1c4fa1' };

  function awarenessUpdate(
    entries: { clientId: number; clock: number; state: unknown }[],
  ): Uint8Array {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, entries.length);
    for (const x of entries) {
      encoding.writeVarUint(e, x.clientId);
      encoding.writeVarUint(e, x.clock);
      encoding.writeVarString(e, JSON.stringify(x.state));
    }
    return encoding.toUint8Array(e);
  }

  function read(update: Uint8Array) {
    const d = decoding.createDecoder(update);
    const n = decoding.readVarUint(d);
    return Array.from({ length: n }, () => ({
      clientId: decoding.readVarUint(d),
      clock: decoding.readVarUint(d),
      state: JSON.parse(decoding.readVarString(d)),
    }));
  }

  it('replaces the claimed identity with the server one and keeps only cursor data', () => {
    const forged = awarenessUpdate([
      {
        clientId: 42,
        clock: 3,
        state: {
          user: { name: 'Someone Else', email: 'x@y.z' },
          cursor: { anchor: 1 },
          secret: 'drop me',
        },
      },
    ]);
    const { update, clientIds } = rewriteAwarenessUpdate(forged, identity);
    expect(clientIds).toEqual([42]);
    expect(read(update)).toEqual([
      { clientId: 42, clock: 3, state: { user: identity, cursor: { anchor: 1 } } },
    ]);
  });

  it('keeps removals (null states) as removals', () => {
    const { update } = rewriteAwarenessUpdate(
      awarenessUpdate([{ clientId: 7, clock: 9, state: null }]),
      identity,
    );
    expect(read(update)).toEqual([{ clientId: 7, clock: 9, state: null }]);
  });

  it('refuses unreadable awareness updates', () => {
    expect(() => rewriteAwarenessUpdate(new Uint8Array([1, 5]), identity)).toThrow(
      MalformedFrameError,
    );
    expect(() => rewriteAwarenessUpdate(new Uint8Array([200, 1]), identity)).toThrow(
      MalformedFrameError,
    );
  });
});

describe('toWire', () => {
  it('passes a whole buffer through and copies only a part of one', () => {
    const whole = new Uint8Array([1, 2, 3]);
    expect(toWire(whole)).toBe(whole.buffer);
    const part = new Uint8Array([9, 1, 2, 3, 9]).subarray(1, 4);
    const wire = toWire(part);
    expect(wire.byteLength).toBe(3);
    expect([...new Uint8Array(wire)]).toEqual([1, 2, 3]);
  });
});
