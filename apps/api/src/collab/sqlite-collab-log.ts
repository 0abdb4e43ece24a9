import { close, fdatasync, fstatSync, open, statSync } from 'node:fs';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { CoalescedSync } from './coalesced-sync';

const openFile = promisify(open);
const closeFile = promisify(close);
const syncFile = promisify(fdatasync);

export interface LogRow {
  docId: string;
  update: Uint8Array;
}

/** How long a commit waits for another connection's write transaction before it fails. */
const LOCK_WAIT_MS = 5000;

const isBusy = (error: unknown) =>
  (error as { code?: string })?.code === 'SQLITE_BUSY' ||
  (error as { code?: string })?.code === 'SQLITE_LOCKED';

/**
 * The collaboration log on SQLite, in two steps.
 *
 * 1. `commit` inserts rows in one transaction on its own connection (WAL, synchronous=NORMAL): a
 *    few tens of microseconds on the main thread, no fsync. Once it returns, the rows are in the
 *    database — read by every connection, kept if this process is killed — and may be broadcast.
 * 2. `durable` fsyncs the write-ahead log (fdatasync on libuv's thread pool), one sync for every
 *    commit made before it started. Only then may a sender be acknowledged: after it, a power cut
 *    cannot lose the rows either (the same guarantee as synchronous=FULL, which would fsync inside
 *    the commit and hold the event loop for it).
 *
 * The connection never waits for a lock on the event loop: another connection's transaction
 * (TypeORM's take the write lock at BEGIN and hold it across awaits) makes a commit retry a
 * millisecond later instead, for up to 5 s.
 */
export class SqliteCollabLog {
  private readonly db: Database.Database;
  private readonly insertAll: (rows: readonly LogRow[]) => void;
  private readonly walPath: string;
  private wal: { fd: number; ino: number } | null = null;
  /** One sync in flight; commits made while it runs share the next. */
  private readonly syncs = new CoalescedSync(() => this.sync());
  private closed = false;

  constructor(databasePath: string) {
    this.walPath = `${databasePath}-wal`;
    this.db = new Database(databasePath);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 0');
    const insert = this.db.prepare('INSERT INTO "doc_updates" ("docId", "update") VALUES (?, ?)');
    this.insertAll = this.db.transaction((rows: readonly LogRow[]) => {
      for (const row of rows)
        insert.run(
          row.docId,
          Buffer.from(row.update.buffer, row.update.byteOffset, row.update.byteLength),
        );
    });
  }

  /** Commits the rows (retrying while another connection writes). Resolves once committed. */
  commit(rows: readonly LogRow[]): Promise<void> {
    const started = Date.now();
    return new Promise<void>((resolve, reject) => {
      const attempt = () => {
        if (this.closed) {
          reject(new Error('The collaboration log is closed.'));
          return;
        }
        try {
          this.insertAll(rows);
          resolve();
        } catch (error) {
          if (isBusy(error) && Date.now() - started < LOCK_WAIT_MS) setTimeout(attempt, 1);
          else reject(error);
        }
      };
      attempt();
    });
  }

  /** Resolves once every commit made before this call is on disk. */
  durable(): Promise<void> {
    return this.syncs.request();
  }

  private async sync(): Promise<void> {
    const wal = await this.walFile();
    await syncFile(wal.fd);
  }

  /** The log's write-ahead file, opened once (again if SQLite ever replaced it). */
  private async walFile(): Promise<{ fd: number; ino: number }> {
    const current = statSync(this.walPath).ino;
    if (this.wal && this.wal.ino === current) return this.wal;
    if (this.wal) await closeFile(this.wal.fd).catch(() => undefined);
    const fd = await openFile(this.walPath, 'r');
    this.wal = { fd, ino: fstatSync(fd).ino };
    return this.wal;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.syncs.settled();
    this.closed = true;
    if (this.wal) await closeFile(this.wal.fd).catch(() => undefined);
    this.wal = null;
    this.db.close();
  }
}
