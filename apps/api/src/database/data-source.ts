import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config';
import { useDialect } from './columns';
import { ENTITIES } from './entities';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/** One place that turns the config into TypeORM options. Never `synchronize`: migrations only. */
export function dataSourceOptions(database: AppConfig['database']): DataSourceOptions {
  useDialect(database.type);
  if (database.type === 'postgres') {
    return {
      type: 'postgres',
      url: database.url,
      entities: ENTITIES,
      migrations: POSTGRES_MIGRATIONS,
      migrationsTableName: 'migrations',
      synchronize: false,
      migrationsRun: false,
      extra: { max: 10 },
    };
  }
  mkdirSync(dirname(database.path), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: database.path,
    entities: ENTITIES,
    migrations: SQLITE_MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // WAL lets readers carry on while a write commits; foreign keys are off by default in SQLite.
    prepareDatabase: (db: { pragma(sql: string): unknown; prepare(sql: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      // Every commit is fsynced: an acknowledged edit must survive a power cut, not only a crash
      // (better-sqlite3's WAL default, NORMAL, may lose the last commits on an OS failure).
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // Transactions take the write lock when they begin. Collaboration appends commit from a
      // second connection (collab/sqlite-collab-log.ts); a deferred transaction that read before
      // one of those commits could not then write (SQLITE_BUSY, which no busy timeout retries).
      // TypeORM always sends this exact statement, through prepare().
      const prepare = db.prepare.bind(db);
      db.prepare = (sql: string) =>
        prepare(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql);
    },
  };
}
