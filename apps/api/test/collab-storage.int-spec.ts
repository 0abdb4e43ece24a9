import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DocUpdateEntity } from '../src/collab/doc-update.entity';
import { SqliteCollabLog } from '../src/collab/sqlite-collab-log';
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

  const log = () => (storage as unknown as { log: SqliteCollabLog | null | undefined }).log;

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
    // On SQLite the commits went through the log's own connection.
    if (dialect === 'sqlite') expect(log()).toBeInstanceOf(SqliteCollabLog);
    else expect(log()).toBeNull();
  });

  it('waits, without holding the event loop, for a transaction that holds the write lock (SQLite)', async () => {
    if (dialect !== 'sqlite') return;
    const mine = `test:${randomId()}`;
    const theirs = `test:${randomId()}`;
    let append: Promise<void> | undefined;
    let stored = false;
    let timerRan = false;
    await ds.transaction(async (manager) => {
      await manager.count(DocUpdateEntity);
      append = storage.append(theirs, [edit('from an editor')], () => (stored = true));
      // The event loop goes on (a timer runs) while the append waits for this transaction.
      await new Promise((r) => setTimeout(r, 100));
      timerRan = true;
      expect(stored).toBe(false);
      await manager.insert(DocUpdateEntity, { docId: mine, update: Buffer.from(edit('mine')) });
    });
    await append;
    expect(timerRan && stored).toBe(true);
    const repo = ds.getRepository(DocUpdateEntity);
    expect(await repo.count({ where: { docId: mine } })).toBe(1);
    expect(await repo.count({ where: { docId: theirs } })).toBe(1);
  });

  it('calls onStored once another connection can read the rows, and resolves after syncing the log (SQLite)', async () => {
    if (dialect !== 'sqlite') return;
    const docId = `test:${randomId()}`;
    const order: string[] = [];
    const proto = SqliteCollabLog.prototype as unknown as { sync(): Promise<void> };
    const realSync = proto.sync;
    const spy = jest.spyOn(proto, 'sync').mockImplementation(async function (this: unknown) {
      order.push('sync started');
      await realSync.call(this);
      order.push('synced');
    });
    try {
      let seenByTypeOrm = -1;
      const done = storage.append(docId, [edit('stored, then durable')], () => {
        order.push('stored');
        // TypeORM's connection reads the row already (a synchronous read on the same thread).
        seenByTypeOrm = (
          ds.driver as unknown as {
            databaseConnection: { prepare(sql: string): { get(...a: unknown[]): { n: number } } };
          }
        ).databaseConnection
          .prepare('SELECT COUNT(*) AS n FROM "doc_updates" WHERE "docId" = ?')
          .get(docId).n;
      });
      await done.then(() => order.push('resolved'));
      expect(seenByTypeOrm).toBe(1);
      expect(order).toEqual(['stored', 'sync started', 'synced', 'resolved']);
    } finally {
      spy.mockRestore();
    }
  });

  it('syncs the write-ahead log of the portal database itself (SQLite)', async () => {
    if (dialect !== 'sqlite') return;
    await storage.append(`test:${randomId()}`, [edit('x')]);
    const wal = (log() as unknown as { wal: { ino: number } | null }).wal;
    const { statSync } = await import('node:fs');
    expect(wal?.ino).toBe(statSync(`${ds.options.database as string}-wal`).ino);
  });
});
