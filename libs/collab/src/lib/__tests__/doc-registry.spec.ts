import * as Y from 'yjs';
import { MalformedFrameError } from '../protocol';
import { CollabLimitError, DocRegistry, type DocRegistryOptions } from '../server/doc-registry';
import type { CollabStorage } from '../server/storage';

/** A storage whose appends complete only when the test says so. */
class ControlledStorage implements CollabStorage {
  rows = new Map<string, Uint8Array[]>();
  snapshots = new Map<string, Uint8Array>();
  appendCalls: Uint8Array[][] = [];
  private gates: (() => void)[] = [];
  manual = false;
  failNext = false;

  async load(docId: string) {
    return {
      snapshot: this.snapshots.get(docId) ?? null,
      updates: [...(this.rows.get(docId) ?? [])],
    };
  }
  async append(docId: string, updates: Uint8Array[]) {
    this.appendCalls.push(updates);
    if (this.manual) await new Promise<void>((r) => this.gates.push(r));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    this.rows.set(docId, [...(this.rows.get(docId) ?? []), ...updates]);
  }
  async compact(docId: string) {
    const doc = new Y.Doc();
    const { snapshot, updates } = await this.load(docId);
    for (const u of snapshot ? [snapshot, ...updates] : updates) Y.applyUpdate(doc, u);
    const state = Y.encodeStateAsUpdate(doc);
    this.snapshots.set(docId, state);
    this.rows.set(docId, []);
    return state.byteLength;
  }
  release() {
    const gate = this.gates.shift();
    gate?.();
  }
}

function editOf(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const tick = () => new Promise((r) => setImmediate(r));

function registry(storage: CollabStorage, overrides: Partial<DocRegistryOptions> = {}) {
  const broadcasts: { docId: string; update: Uint8Array; sender?: string }[] = [];
  const reg = new DocRegistry({
    storage,
    maxUpdateBytes: 10_000,
    maxDocumentBytes: 100_000,
    idleMs: 60_000,
    compactEvery: 10_000,
    onUpdate: (docId, update, sender) => broadcasts.push({ docId, update, sender }),
    ...overrides,
  });
  return { reg, broadcasts };
}

describe('DocRegistry: the durable path', () => {
  it('acknowledges and broadcasts an update only after storage has it', async () => {
    const storage = new ControlledStorage();
    storage.manual = true;
    const { reg, broadcasts } = registry(storage);
    const doc = await reg.open('d1');
    let acked = false;
    const done = doc.submit(editOf('hello')).then(() => (acked = true));
    await tick();
    await tick();
    expect(storage.appendCalls).toHaveLength(1);
    expect(acked).toBe(false);
    expect(broadcasts).toHaveLength(0);
    expect(doc.doc.getText('t').toString()).toBe('');
    storage.release();
    await done;
    expect(acked).toBe(true);
    expect(broadcasts).toHaveLength(1);
    expect(doc.doc.getText('t').toString()).toBe('hello');
    await reg.close();
  });

  it('group-commits the updates of one tick in one append and one broadcast', async () => {
    const storage = new ControlledStorage();
    const { reg, broadcasts } = registry(storage);
    const doc = await reg.open('d1');
    await Promise.all(Array.from({ length: 50 }, (_, i) => doc.submit(editOf(`e${i}`))));
    expect(storage.appendCalls).toHaveLength(1);
    expect(storage.appendCalls[0]).toHaveLength(50);
    expect(broadcasts).toHaveLength(1);
    await reg.close();
  });

  it('names the sender of a commit only when all its updates came from that one sender', async () => {
    const storage = new ControlledStorage();
    storage.manual = true;
    const { reg, broadcasts } = registry(storage);
    const doc = await reg.open('d1');
    const alone = [
      doc.submit(editOf('a1'), { sender: 'A' }),
      doc.submit(editOf('a2'), { sender: 'A' }),
    ];
    await tick();
    storage.release();
    await Promise.all(alone);
    const mixed = [
      doc.submit(editOf('a3'), { sender: 'A' }),
      doc.submit(editOf('b1'), { sender: 'B' }),
    ];
    await tick();
    storage.release();
    await Promise.all(mixed);
    const server = doc.submit(editOf('s'), { trusted: true });
    await tick();
    storage.release();
    await server;
    expect(storage.appendCalls.map((c) => c.length)).toEqual([2, 2, 1]);
    // A's own commit skips A; a commit mixing A and B goes to both; a server edit goes to all.
    expect(broadcasts.map((b) => b.sender)).toEqual(['A', undefined, undefined]);
    await reg.close();
  });

  it('keeps one write in flight per document; later updates wait for the next commit', async () => {
    const storage = new ControlledStorage();
    storage.manual = true;
    const { reg } = registry(storage);
    const doc = await reg.open('d1');
    const first = doc.submit(editOf('a'));
    await tick();
    const second = doc.submit(editOf('b'));
    const third = doc.submit(editOf('c'));
    await tick();
    await tick();
    expect(storage.appendCalls).toHaveLength(1);
    storage.release();
    await first;
    await tick();
    await tick();
    expect(storage.appendCalls).toHaveLength(2);
    expect(storage.appendCalls[1]).toHaveLength(2);
    storage.release();
    await Promise.all([second, third]);
    await reg.close();
  });

  it('refuses malformed and oversized updates before storing anything', async () => {
    const storage = new ControlledStorage();
    const { reg } = registry(storage, { maxUpdateBytes: 64 });
    const doc = await reg.open('d1');
    await expect(doc.submit(new Uint8Array([255, 255, 255, 1, 2, 3]))).rejects.toBeInstanceOf(
      MalformedFrameError,
    );
    await expect(doc.submit(editOf('x'.repeat(200)))).rejects.toMatchObject({
      code: 'FRAME_TOO_LARGE',
    });
    expect(storage.appendCalls).toHaveLength(0);
    await reg.close();
  });

  it('refuses updates that would take a document past its size limit', async () => {
    const storage = new ControlledStorage();
    const { reg } = registry(storage, { maxDocumentBytes: 300 });
    const doc = await reg.open('d1');
    await doc.submit(editOf('y'.repeat(150)));
    const error = await doc.submit(editOf('z'.repeat(200))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CollabLimitError);
    expect((error as CollabLimitError).code).toBe('DOCUMENT_TOO_LARGE');
    await reg.close();
  });

  it('rejects every update of a batch whose append failed, and broadcasts none', async () => {
    const storage = new ControlledStorage();
    storage.failNext = true;
    const { reg, broadcasts } = registry(storage);
    const doc = await reg.open('d1');
    const results = await Promise.allSettled([doc.submit(editOf('a')), doc.submit(editOf('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(broadcasts).toHaveLength(0);
    expect(doc.doc.getText('t').toString()).toBe('');
    await reg.close();
  });

  it('reloads a document from its snapshot plus the updates after it', async () => {
    const storage = new ControlledStorage();
    const first = registry(storage).reg;
    const d = await first.open('d1');
    await d.submit(editOf('one '));
    await first.compact('d1');
    await d.submit(editOf('two'));
    await first.close();
    const second = registry(storage).reg;
    const reloaded = await second.open('d1');
    const text = reloaded.doc.getText('t').toString();
    expect(text).toContain('one ');
    expect(text).toContain('two');
    await second.close();
  });

  it('shares one load between concurrent opens and evicts idle documents after compacting them', async () => {
    const storage = new ControlledStorage();
    const { reg } = registry(storage, { idleMs: 10 });
    const [a, b] = await Promise.all([reg.open('d1'), reg.open('d1')]);
    expect(a).toBe(b);
    await a.submit(editOf('kept'));
    await new Promise((r) => setTimeout(r, 50));
    expect(reg.size).toBe(0);
    expect(storage.snapshots.get('d1')).toBeDefined();
    expect(storage.rows.get('d1')).toEqual([]);
    const again = await reg.open('d1');
    expect(again.doc.getText('t').toString()).toBe('kept');
    await reg.close();
  });
});

/** Commits at once (calling onStored), becomes durable only when the test says so. */
class TwoPhaseStorage extends ControlledStorage {
  private syncs: ((ok: boolean) => void)[] = [];
  override async append(docId: string, updates: Uint8Array[], onStored?: () => void) {
    this.appendCalls.push(updates);
    this.rows.set(docId, [...(this.rows.get(docId) ?? []), ...updates]);
    onStored?.();
    const ok = await new Promise<boolean>((r) => this.syncs.push(r));
    if (!ok) throw new Error('fsync failed');
  }
  sync(ok = true) {
    this.syncs.shift()?.(ok);
  }
}

describe('DocRegistry: stored, then durable', () => {
  it('broadcasts once stored, acknowledges only once durable, and writes the next batch meanwhile', async () => {
    const storage = new TwoPhaseStorage();
    const { reg, broadcasts } = registry(storage);
    const doc = await reg.open('d1');
    let firstAcked = false;
    const first = doc.submit(editOf('a'), { sender: 'A' }).then(() => (firstAcked = true));
    await tick();
    expect(broadcasts).toHaveLength(1);
    expect(doc.doc.getText('t').toString()).toBe('a');
    expect(firstAcked).toBe(false);
    // Not durable yet, but stored: the next edit is written and broadcast without waiting.
    const second = doc.submit(editOf('b'), { sender: 'B' });
    await tick();
    expect(storage.appendCalls).toHaveLength(2);
    expect(broadcasts).toHaveLength(2);
    storage.sync();
    await first;
    expect(firstAcked).toBe(true);
    storage.sync();
    await second;
    await reg.close();
  });

  it('refuses the acknowledgement when the sync fails, though peers already have the edit', async () => {
    const storage = new TwoPhaseStorage();
    const { reg, broadcasts } = registry(storage);
    const doc = await reg.open('d1');
    const edit = doc.submit(editOf('a'));
    await tick();
    expect(broadcasts).toHaveLength(1);
    storage.sync(false);
    await expect(edit).rejects.toThrow('fsync failed');
    // The sender keeps the edit and sends it again; the document goes on.
    const again = doc.submit(editOf('b'));
    await tick();
    storage.sync();
    await again;
    expect(storage.appendCalls).toHaveLength(2);
    await reg.close();
  });

  it('waits for durability before it counts a document as drained', async () => {
    const storage = new TwoPhaseStorage();
    const { reg } = registry(storage);
    const doc = await reg.open('d1');
    const edit = doc.submit(editOf('a'));
    await tick();
    let drained = false;
    const done = doc.drained().then(() => (drained = true));
    await tick();
    await tick();
    expect(drained).toBe(false);
    storage.sync();
    await edit;
    await done;
    expect(drained).toBe(true);
    await reg.close();
  });
});

describe('DocRegistry: eviction and joins', () => {
  it('never evicts a document between a join opening it and subscribing', async () => {
    const storage = new ControlledStorage();
    const { reg } = registry(storage, { idleMs: 1 });
    const first = await reg.acquire('d1');
    reg.unsubscribe('d1');
    // The idle timer fires and eviction starts compacting; a join arrives meanwhile.
    await new Promise((r) => setTimeout(r, 5));
    const joined = await reg.acquire('d1');
    await new Promise((r) => setTimeout(r, 20));
    expect(reg.get('d1')).toBe(joined);
    expect(joined.subscribers).toBe(1);
    await joined.submit(editOf('after rejoin'));
    expect(joined.doc.getText('t').toString()).toBe('after rejoin');
    expect(first === joined || first.doc.isDestroyed).toBe(true);
    await reg.close();
  });
});

describe('DocRegistry: limits under load', () => {
  it('counts queued updates against the document limit before they are stored', async () => {
    const storage = new ControlledStorage();
    storage.manual = true;
    const { reg } = registry(storage, { maxDocumentBytes: 400 });
    const doc = await reg.acquire('d1');
    const results = [editOf('a'.repeat(150)), editOf('b'.repeat(150)), editOf('c'.repeat(150))].map(
      (u) =>
        doc.submit(u).then(
          () => 'stored',
          (e: { code?: string }) => e.code ?? 'error',
        ),
    );
    for (let i = 0; i < 5; i++) {
      await tick();
      storage.release();
    }
    const outcome = await Promise.all(results);
    expect(outcome.filter((o) => o === 'DOCUMENT_TOO_LARGE')).toHaveLength(1);
    expect(outcome.filter((o) => o === 'stored')).toHaveLength(2);
    await reg.close();
  });
});
