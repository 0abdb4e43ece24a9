import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DocUpdateEntity } from '../src/collab/doc-update.entity';
import { type SqliteAppendWorker } from '../src/collab/sqlite-append-worker';
import { TypeOrmCollabStorage } from '../src/collab/typeorm-collab.storage';
import { randomId } from './helpers/factories';
import { dialect, startTestApp, type TestApp } from './helpers/test-app';

/** A one-character insert from its own client, as an editor's frame would carry. */
function edit(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

describe(`collaboration storage (${dialect})`, () => {
  let t: TestApp;
  let storage: TypeOrmCollabStorage;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    storage = t.app.get(TypeOrmCollabStorage);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  const appender = () =>
    (storage as unknown as { appender: SqliteAppendWorker | null | undefined }).appender;

  it('stores every append of many documents, in order, before resolving', async () => {
    const docs = Array.from({ length: 12 }, () => `test:${randomId()}`);
    const sent = new Map<string, Uint8Array[]>(docs.map((d) => [d, []]));
    // Bursts from every document at once, as one tick of a busy server.
    const waits: Promise<void>[] = [];
    for (let round = 0; round < 20; round++) {
      for (const docId of docs) {
        const u = edit(`${docId}#${round}`);
        sent.get(docId)!.push(u);
        waits.push(storage.append(docId, [u]));
      }
    }
    await Promise.all(waits);
    for (const docId of docs) {
      const { updates } = await storage.load(docId);
      expect(updates.map((u) => Buffer.from(u).toString('hex'))).toEqual(
        sent.get(docId)!.map((u) => Buffer.from(u).toString('hex')),
      );
    }
    // On SQLite the commits ran in the worker thread; PostgreSQL's driver is asynchronous already.
    if (dialect === 'sqlite') expect(appender()?.usable).toBe(true);
    else expect(appender()).toBeNull();
  });

  it('lets a transaction that read first still write while the worker commits (SQLite)', async () => {
    if (dialect !== 'sqlite') return;
    const mine = `test:${randomId()}`;
    const theirs = `test:${randomId()}`;
    let append: Promise<void> | undefined;
    await ds.transaction(async (manager) => {
      await manager.count(DocUpdateEntity);
      append = storage.append(theirs, [edit('from an editor')]);
      // Time for the worker to commit, if it could, between this transaction's read and write.
      await new Promise((r) => setTimeout(r, 150));
      await manager.insert(DocUpdateEntity, { docId: mine, update: Buffer.from(edit('mine')) });
    });
    await append;
    const repo = ds.getRepository(DocUpdateEntity);
    expect(await repo.count({ where: { docId: mine } })).toBe(1);
    expect(await repo.count({ where: { docId: theirs } })).toBe(1);
  });

  it('keeps storing on the main thread if the worker dies', async () => {
    if (dialect !== 'sqlite') return;
    const worker = appender()!;
    await (worker as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await new Promise((r) => setTimeout(r, 50));
    expect(worker.usable).toBe(false);
    const docId = `test:${randomId()}`;
    await storage.append(docId, [edit('after the worker')]);
    expect(await ds.getRepository(DocUpdateEntity).count({ where: { docId } })).toBe(1);
    const { updates } = await storage.load(docId);
    const doc = new Y.Doc();
    for (const u of updates) Y.applyUpdate(doc, u);
    expect(doc.getText('t').toString()).toBe('after the worker');
  });
});
