import { Worker } from 'node:worker_threads';

/**
 * The worker's code. It opens its own better-sqlite3 connection to the portal's database file
 * (WAL, every commit fsynced, as the main connection) and commits each batch of appends in one
 * transaction. Kept as source text so that it runs the same from the compiled app and from tests
 * (no separate build output to locate).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO "doc_updates" ("docId", "update") VALUES (?, ?)');
const appendAll = db.transaction((rows) => {
  for (const row of rows) insert.run(row.docId, Buffer.from(row.update.buffer, row.update.byteOffset, row.update.byteLength));
});
parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    appendAll(message.rows);
    parentPort.postMessage({ id: message.id, ok: true });
  } catch (error) {
    parentPort.postMessage({ id: message.id, ok: false, message: String((error && error.message) || error) });
  }
});
`;

export interface AppendRow {
  docId: string;
  update: Uint8Array;
}

interface Reply {
  id: number;
  ok: boolean;
  message?: string;
}

/**
 * Appends Yjs updates to SQLite from a worker thread. better-sqlite3 is synchronous: on the main
 * thread every commit's fsync stopped the event loop, so every other editor's message waited
 * behind it (the largest cost in the collaboration benchmark's profile). Here the main thread
 * goes on serving sockets while a commit is in flight; batches arriving meanwhile are grouped
 * into the next commit by the caller. A batch resolves only once committed and fsynced.
 */
export class SqliteAppendWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(databasePath: string) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path: databasePath, driver: require.resolve('better-sqlite3') },
    });
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if (reply.ok) waiter.resolve();
      else waiter.reject(new Error(`SQLite append failed: ${reply.message ?? 'unknown error'}`));
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`SQLite append worker exited (${code})`)));
    // Idle, the worker never keeps the process alive; with appends in flight it does (below).
    // Unref'd after the listeners are attached: attaching a 'message' listener refs it again.
    this.worker.unref();
  }

  /** False once the worker failed: the caller then appends on the main thread. */
  get usable(): boolean {
    return this.failure === null;
  }

  append(rows: readonly AppendRow[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, rows });
    });
  }

  async close(): Promise<void> {
    if (this.failure) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage({ type: 'close' });
    await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 2000).unref())]);
    if (!this.failure) await this.worker.terminate();
  }
}
