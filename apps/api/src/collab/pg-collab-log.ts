import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CoalescedSync } from './coalesced-sync';
import type { LogRow } from './sqlite-collab-log';

/** Inserts a batch in one statement (two array parameters), whatever its size. */
const INSERT =
  'INSERT INTO "doc_updates" ("docId", "update") SELECT u."docId", u."update" FROM unnest($1::varchar[], $2::bytea[]) AS u("docId", "update")';
/**
 * The same statement committed without waiting for the WAL flush. `set_config(..., true)` is
 * SET LOCAL: it lasts until the end of the statement's own (implicit) transaction, so it changes
 * that commit and nothing else on the pooled connection.
 */
const INSERT_ASYNC_COMMIT = `${INSERT} CROSS JOIN (SELECT set_config('synchronous_commit', 'off', true)) AS s`;
/**
 * A transaction that writes a WAL record and holds a transaction id commits at the server's
 * configured synchronous_commit (on by default): its commit flushes the WAL up to its own record,
 * hence past every commit made before it. An empty logical message is the smallest such record
 * (any role may emit one; logical decoding consumers, if any, ignore the prefix).
 */
const FLUSH = "SELECT pg_logical_emit_message(true, 'berne.collab.flush', '')";

/**
 * The collaboration log on PostgreSQL, in the same two steps as on SQLite (SqliteCollabLog).
 *
 * 1. `commit` inserts the rows with an asynchronous commit: committed and visible to every
 *    connection in one round trip, without waiting for the WAL flush — the edit may be broadcast.
 * 2. `durable` commits one flush transaction (see FLUSH), shared by every commit made before it
 *    started. Only then is a sender acknowledged: the ack has the guarantee the server is
 *    configured for (synchronous_commit, synchronous_standby_names), as a synchronous commit of
 *    the rows themselves would have.
 *
 * If PostgreSQL itself crashes between the two steps, rows peers have seen can be lost; their
 * sender was not acknowledged and sends them again on reconnect (so do the peers, whose state
 * includes them). Where the role may not emit the message, commits are synchronous instead.
 */
export class PostgresCollabLog {
  private static readonly logger = new Logger('Collaboration');
  private readonly syncs = new CoalescedSync(() => this.flush());

  /**
   * TypeORM's node-postgres pool, used directly: the hot path needs neither a query runner nor
   * TypeORM's logging, and can name its statements.
   */
  private readonly pool: Pool;

  private constructor(
    dataSource: DataSource,
    readonly asyncCommit: boolean,
  ) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  static async open(dataSource: DataSource, asyncCommit?: boolean): Promise<PostgresCollabLog> {
    if (asyncCommit === undefined) {
      const [row] = (await dataSource.query(
        `SELECT has_function_privilege('pg_logical_emit_message(boolean, text, text)', 'EXECUTE') AS "allowed"`,
      )) as { allowed: boolean }[];
      asyncCommit = row?.allowed === true;
      if (!asyncCommit) {
        PostgresCollabLog.logger.warn(
          'This database role may not call pg_logical_emit_message: collaboration updates are committed synchronously (broadcast after the WAL flush).',
        );
      }
    }
    return new PostgresCollabLog(dataSource, asyncCommit);
  }

  /** Commits the rows; once resolved they are visible to every connection. */
  async commit(rows: readonly LogRow[]): Promise<void> {
    await this.pool.query({
      // Named: each pooled connection parses and plans the statement once.
      name: this.asyncCommit ? 'berne.collab.insert-async' : 'berne.collab.insert',
      text: this.asyncCommit ? INSERT_ASYNC_COMMIT : INSERT,
      values: [
        rows.map((r) => r.docId),
        rows.map((r) => Buffer.from(r.update.buffer, r.update.byteOffset, r.update.byteLength)),
      ],
    });
  }

  /**
   * A document's log and snapshot, read without TypeORM (whose entity mapping doubled the time to
   * load a large note). Rows first, snapshot second: a compaction committing in between only moves
   * rows already read into the snapshot (a superset is harmless to Yjs). The snapshot travels as
   * base64, a third smaller than bytea's hex text form (node-postgres reads no binary results).
   */
  async read(docId: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[] }> {
    const rows = await this.pool.query<{ update: Buffer }>({
      name: 'berne.collab.read-log',
      text: 'SELECT "update" FROM "doc_updates" WHERE "docId" = $1 ORDER BY "id" ASC',
      values: [docId],
    });
    const snapshot = await this.pool.query<{ state: string }>({
      name: 'berne.collab.read-snapshot',
      text: `SELECT encode("state", 'base64') AS "state" FROM "doc_snapshots" WHERE "docId" = $1`,
      values: [docId],
    });
    const state = snapshot.rows[0]?.state;
    return {
      snapshot: state === undefined ? null : new Uint8Array(Buffer.from(state, 'base64')),
      updates: rows.rows.map(
        (r) => new Uint8Array(r.update.buffer, r.update.byteOffset, r.update.byteLength),
      ),
    };
  }

  /** Resolves once every commit made before this call is flushed. */
  durable(): Promise<void> {
    return this.asyncCommit ? this.syncs.request() : Promise.resolve();
  }

  private async flush(): Promise<void> {
    await this.pool.query({ name: 'berne.collab.flush', text: FLUSH });
  }

  async close(): Promise<void> {
    await this.syncs.settled();
  }
}
