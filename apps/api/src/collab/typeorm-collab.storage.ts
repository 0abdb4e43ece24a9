import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import type { CollabStorage } from '@berne/collab/server';
import { DocSnapshotEntity } from './doc-snapshot.entity';
import { DocUpdateEntity } from './doc-update.entity';
import { PostgresCollabLog } from './pg-collab-log';
import { SqliteCollabLog, type LogRow } from './sqlite-collab-log';

/** A two-step log: `commit` makes rows visible (broadcast), `durable` makes them safe (ack). */
type CollabLog = Pick<SqliteCollabLog, 'commit' | 'durable' | 'close'>;

const DELETE_CHUNK = 5000;
/** Rows per INSERT statement (2 bound parameters each; well under SQLite's limit). */
const INSERT_CHUNK = 1000;
/** PostgreSQL commits concurrently (its own group commit); beyond this many, appends are batched. */
const PG_COMMITS_IN_FLIGHT = 4;

interface PendingAppend {
  docId: string;
  updates: Uint8Array[];
  onStored?: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Yjs document storage in the portal's database: an append-only update log plus a snapshot. */
@Injectable()
export class TypeOrmCollabStorage implements CollabStorage, OnModuleDestroy {
  /** Compactions of one document run one at a time in this process (and under a lock on PostgreSQL). */
  private readonly compacting = new Map<string, Promise<number>>();
  private pendingAppends: PendingAppend[] = [];
  private appendScheduled = false;
  /** The log appends go through (undefined until the first append; see collabLog). */
  private log: Promise<CollabLog | null> | undefined;
  private commitsInFlight = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  async load(docId: string) {
    const log = await this.collabLog();
    if (log instanceof PostgresCollabLog) return log.read(docId);
    return this.read(this.dataSource.manager, docId);
  }

  private async read(manager: EntityManager, docId: string) {
    // Rows first, snapshot second: a compaction committing in between only moves rows already read
    // into the snapshot, so the result is complete (a superset is harmless to Yjs).
    const rows = await manager.find(DocUpdateEntity, {
      where: { docId },
      select: { id: true, update: true },
      order: { id: 'ASC' },
    });
    const snapshot = await manager.findOne(DocSnapshotEntity, { where: { docId } });
    return {
      snapshot: snapshot ? new Uint8Array(snapshot.state) : null,
      updates: rows.map((r) => new Uint8Array(r.update)),
      ids: rows.map((r) => r.id),
    };
  }

  /**
   * Group commit across documents: appends made in the same task (every document's writes of a
   * socket chunk, queued as microtasks) go out together at its end; while a limited number of
   * commits are in flight, later appends of every document wait and go together into the next.
   * `onStored` runs once committed (visible to every connection) and the promise resolves once the
   * commit is durable (see SqliteCollabLog and PostgresCollabLog).
   */
  append(docId: string, updates: Uint8Array[], onStored?: () => void): Promise<void> {
    if (updates.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.pendingAppends.push({ docId, updates, onStored, resolve, reject });
      if (!this.appendScheduled) {
        this.appendScheduled = true;
        queueMicrotask(() => {
          this.appendScheduled = false;
          this.dispatchAppends();
        });
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    const log = await this.log?.catch(() => null);
    this.log = Promise.resolve(null);
    await log?.close();
  }

  /**
   * The two-step log (commit, then sync): PostgreSQL's, or SQLite's own connection on a database
   * file; null for an in-memory SQLite database (tests), which TypeORM's connection writes.
   */
  private collabLog(): Promise<CollabLog | null> {
    if (this.log === undefined) {
      const path = this.dataSource.options.database;
      this.log = this.isPostgres
        ? PostgresCollabLog.open(this.dataSource)
        : Promise.resolve(
            typeof path === 'string' && path !== ':memory:' ? new SqliteCollabLog(path) : null,
          );
      // A failed probe is retried by the next commit.
      this.log.catch(() => (this.log = undefined));
    }
    return this.log;
  }

  private dispatchAppends(): void {
    const limit = this.isPostgres ? PG_COMMITS_IN_FLIGHT : 1;
    // SQLite commits are synchronous (a single writer): one at a time by construction.
    if (this.commitsInFlight >= limit || this.pendingAppends.length === 0) return;
    const batch = this.pendingAppends.splice(0);
    this.commitsInFlight++;
    void this.commit(batch).finally(() => {
      this.commitsInFlight--;
      this.dispatchAppends();
    });
  }

  private async commit(batch: PendingAppend[]): Promise<void> {
    let durable: Promise<void>;
    try {
      const log = await this.collabLog();
      const rows = batch.flatMap(({ docId, updates }) =>
        updates.map((update) => ({ docId, update })),
      );
      if (log) {
        await log.commit(rows);
        // Committed: broadcast now; acknowledge once the log is on disk.
        for (const pending of batch) pending.onStored?.();
        durable = log.durable();
      } else {
        await this.insertRows(rows);
        durable = Promise.resolve();
      }
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    // The next commit need not wait for this sync: it joins the next one.
    void durable.then(
      () => {
        for (const pending of batch) pending.resolve();
      },
      (error: unknown) => {
        for (const pending of batch) pending.reject(error);
      },
    );
  }

  /** In-memory SQLite: through TypeORM's own connection, synchronous. */
  private async insertRows(rows: LogRow[]): Promise<void> {
    const values = rows.map(({ docId, update }) => ({
      docId,
      update: Buffer.from(update.buffer, update.byteOffset, update.byteLength),
    }));
    const insert = (manager: EntityManager, chunk: typeof values) =>
      manager
        .createQueryBuilder()
        .insert()
        .into(DocUpdateEntity)
        .values(chunk)
        .updateEntity(false)
        .execute();
    if (values.length <= INSERT_CHUNK) {
      // One statement commits on its own: one round trip instead of BEGIN/INSERT/COMMIT.
      await insert(this.dataSource.manager, values);
    } else {
      await this.dataSource.transaction(async (manager) => {
        for (let i = 0; i < values.length; i += INSERT_CHUNK) {
          await insert(manager, values.slice(i, i + INSERT_CHUNK));
        }
      });
    }
  }

  compact(docId: string): Promise<number> {
    const previous = this.compacting.get(docId) ?? Promise.resolve(0);
    const run = previous.catch(() => 0).then(() => this.compactNow(docId));
    this.compacting.set(docId, run);
    void run.finally(() => {
      if (this.compacting.get(docId) === run) this.compacting.delete(docId);
    });
    return run;
  }

  /**
   * Loads the snapshot and the log into a Y.Doc and re-encodes it (much faster than merging
   * updates), then deletes exactly the rows it read — rows appended meanwhile stay in the log.
   */
  private async compactNow(docId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      if (this.isPostgres) {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`collab:${docId}`]);
      }
      const { snapshot, updates, ids } = await this.read(manager, docId);
      if (ids.length === 0) return snapshot?.byteLength ?? 0;
      const doc = new Y.Doc({ gc: true });
      Y.transact(doc, () => {
        for (const u of snapshot ? [snapshot, ...updates] : updates) {
          try {
            Y.applyUpdate(doc, u);
          } catch {
            // Validated before it was stored; an unreadable row carries nothing to keep.
          }
        }
      });
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      await manager.upsert(
        DocSnapshotEntity,
        { docId, state: Buffer.from(state), upToUpdateId: ids[ids.length - 1] },
        ['docId'],
      );
      for (let i = 0; i < ids.length; i += DELETE_CHUNK) {
        await manager.delete(DocUpdateEntity, { id: In(ids.slice(i, i + DELETE_CHUNK)) });
      }
      return state.byteLength;
    });
  }
}
