import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DocUpdateEntity } from '../src/collab/doc-update.entity';
import { PostgresCollabLog } from '../src/collab/pg-collab-log';
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

  /** The storage's log (opened on first use). */
  const log = () =>
    (
      storage as unknown as { collabLog(): Promise<SqliteCollabLog | PostgresCollabLog | null> }
    ).collabLog();

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
    expect(await log()).toBeInstanceOf(dialect === 'sqlite' ? SqliteCollabLog : PostgresCollabLog);
  });

  it('loads a compacted document: the snapshot plus the rows appended since', async () => {
    const docId = `test:${randomId()}`;
    const source = new Y.Doc();
    const text = source.getText('t');
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 300; i++) text.insert(text.length, `word ${i} `);
    await storage.append(docId, updates.splice(0));
    expect(await storage.compact(docId)).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) text.insert(0, `late ${i} `);
    await storage.append(docId, updates.splice(0));

    const { snapshot, updates: rows } = await storage.load(docId);
    expect(snapshot).not.toBeNull();
    expect(rows).toHaveLength(5);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, snapshot!);
    for (const u of rows) Y.applyUpdate(loaded, u);
    expect(loaded.getText('t').toString()).toBe(text.toString());
    expect(Buffer.from(Y.encodeStateVector(loaded))).toEqual(
      Buffer.from(Y.encodeStateVector(source)),
    );
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
    const wal = ((await log()) as unknown as { wal: { ino: number } | null }).wal;
    const { statSync } = await import('node:fs');
    expect(wal?.ino).toBe(statSync(`${ds.options.database as string}-wal`).ino);
  });

  it('calls onStored once another connection can read the rows, before the WAL flush (PostgreSQL)', async () => {
    if (dialect !== 'postgres') return;
    const docId = `test:${randomId()}`;
    const pg = (await log()) as PostgresCollabLog;
    expect(pg.asyncCommit).toBe(true);
    const proto = PostgresCollabLog.prototype as unknown as { flush(): Promise<void> };
    const realFlush = proto.flush;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const spy = jest.spyOn(proto, 'flush').mockImplementation(async function (this: unknown) {
      order.push('flush started');
      await gate;
      await realFlush.call(this);
      order.push('flushed');
    });
    try {
      let stored!: () => void;
      const storedSeen = new Promise<void>((r) => (stored = r));
      let resolved = false;
      const done = storage
        .append(docId, [edit('stored, then durable')], () => {
          order.push('stored');
          stored();
        })
        .then(() => {
          resolved = true;
          order.push('resolved');
        });
      await storedSeen;
      // Committed: another pooled connection reads the row while the flush is held back…
      const [{ n }] = (await ds.query(
        'SELECT COUNT(*)::int AS n FROM "doc_updates" WHERE "docId" = $1',
        [docId],
      )) as { n: number }[];
      expect(n).toBe(1);
      // …and the asynchronous commit did not leak into the pool's connections.
      const settings = (await Promise.all(
        Array.from({ length: 4 }, () => ds.query('SHOW synchronous_commit')),
      )) as { synchronous_commit: string }[][];
      expect(settings.map(([row]) => row.synchronous_commit)).toEqual(['on', 'on', 'on', 'on']);
      await new Promise((r) => setTimeout(r, 50));
      expect(resolved).toBe(false);
      release();
      await done;
      expect(order).toEqual(['stored', 'flush started', 'flushed', 'resolved']);
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('acknowledges only once the WAL is flushed past the commit, one flush for a burst (PostgreSQL)', async () => {
    if (dialect !== 'postgres') return;
    const pg = (await log()) as PostgresCollabLog;
    const lsn = async (fn: string) =>
      ((await ds.query(`SELECT ${fn}()::text AS lsn`)) as { lsn: string }[])[0].lsn;
    const gt = async (a: string, b: string) =>
      ((await ds.query('SELECT $1::pg_lsn >= $2::pg_lsn AS ok', [a, b])) as { ok: boolean }[])[0]
        .ok;
    await pg.commit([{ docId: `test:${randomId()}`, update: edit('one') }]);
    // At least the end of that commit's record (more if other sessions wrote since).
    const afterCommit = await lsn('pg_current_wal_insert_lsn');
    await pg.durable();
    expect(await gt(await lsn('pg_current_wal_flush_lsn'), afterCommit)).toBe(true);

    const spy = jest.spyOn(
      PostgresCollabLog.prototype as unknown as { flush(): Promise<void> },
      'flush',
    );
    try {
      // Twenty commits, then their twenty requests: the first starts a flush, and the nineteen
      // made while it runs (which cannot know it covers them) all share a second one…
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          pg.commit([{ docId: `test:${randomId()}`, update: edit(`burst ${i}`) }]),
        ),
      );
      await Promise.all(Array.from({ length: 20 }, () => pg.durable()));
      expect(spy).toHaveBeenCalledTimes(2);
      // …as do five requests made while a sixth's flush runs.
      const first = pg.durable();
      const later = Array.from({ length: 5 }, () => pg.durable());
      await Promise.all([first, ...later]);
      expect(spy).toHaveBeenCalledTimes(4);
    } finally {
      spy.mockRestore();
    }
  });

  it('commits synchronously where the role may not emit the flush message (PostgreSQL)', async () => {
    if (dialect !== 'postgres') return;
    const sync = await PostgresCollabLog.open(ds, false);
    const docId = `test:${randomId()}`;
    const spy = jest.spyOn(
      PostgresCollabLog.prototype as unknown as { flush(): Promise<void> },
      'flush',
    );
    try {
      await sync.commit([{ docId, update: edit('synchronous') }]);
      await sync.durable();
      expect(spy).not.toHaveBeenCalled();
      expect(await ds.getRepository(DocUpdateEntity).count({ where: { docId } })).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
