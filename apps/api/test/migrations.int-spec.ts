import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { dataSourceOptions } from '../src/database/data-source';
import { POSTGRES_MIGRATIONS } from '../src/database/migrations/postgres';
import { SQLITE_MIGRATIONS } from '../src/database/migrations/sqlite';
import {
  createTestDatabase,
  dialect,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './helpers/test-app';

const KNOWN = dialect === 'postgres' ? POSTGRES_MIGRATIONS : SQLITE_MIGRATIONS;
const lastMigrationName = () => {
  const Last = KNOWN[KNOWN.length - 1] as new () => { name: string };
  return new Last().name;
};

/** Pending schema changes between the entities and the database, as SQL. */
async function drift(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

async function userTables(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    ds.options.type === 'postgres'
      ? await ds.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
      : await ds.query(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        );
  return rows.map((r) => r.name).sort();
}

async function triggers(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    ds.options.type === 'postgres'
      ? // information_schema.triggers omits TRUNCATE triggers; pg_trigger lists them all.
        await ds.query(
          `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal`,
        )
      : await ds.query(
          `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'`,
        );
  return rows.map((r) => r.name).sort();
}

describe('migrations', () => {
  describe('a fresh database migrated by the app at start', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it(`has exactly the schema the entities describe (${dialect})`, async () => {
      expect(await drift(t.app.get(DataSource))).toEqual([]);
    });

    it('has applied every known migration, in order', async () => {
      const ds = t.app.get(DataSource);
      const applied: { name: string }[] = await ds.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((m) => m.name)).toEqual(
        KNOWN.map((M) => new (M as new () => { name: string })().name),
      );
      expect(await ds.showMigrations()).toBe(false);
    });

    it('carries the append-only triggers of the audit log', async () => {
      expect(await triggers(t.app.get(DataSource))).toEqual(
        dialect === 'postgres'
          ? ['audit_log_append_only', 'audit_log_no_truncate']
          : ['audit_log_no_delete', 'audit_log_no_update'],
      );
    });

    it('reports on /health: all migrations applied, none pending, the driver and the version', async () => {
      const res = await t.agent().get('/health').expect(200);
      expect(res.body).toEqual({
        status: 'ok',
        database: { driver: dialect, reachable: true },
        migrations: {
          applied: KNOWN.length,
          known: KNOWN.length,
          pending: 0,
          last: lastMigrationName(),
        },
        version: t.config.version,
      });
      expect(res.body.version).toMatch(/^\d+\.\d+\.\d+/);
    });
  });

  describe('down, then up again, on a separate fresh database', () => {
    let db: TestDatabase;
    let ds: DataSource;
    beforeAll(async () => {
      db = await createTestDatabase();
      ds = new DataSource(dataSourceOptions(loadConfig({ NODE_ENV: 'test', ...db.env }).database));
      await ds.initialize();
    });
    afterAll(async () => {
      if (ds?.isInitialized) await ds.destroy();
      await db?.drop();
    });

    it('undoes every migration down to an empty database and migrates it up again without drift', async () => {
      const up = await ds.runMigrations({ transaction: 'each' });
      expect(up).toHaveLength(KNOWN.length);
      const migratedTables = await userTables(ds);
      expect(migratedTables).toEqual(
        expect.arrayContaining([
          'audit_log',
          'migrations',
          'partners',
          'resource_readers',
          'sessions',
          'users',
        ]),
      );

      for (let i = 0; i < KNOWN.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(await ds.query('SELECT name FROM migrations')).toEqual([]);
      // Only TypeORM's own bookkeeping table is left, and the triggers went with their table.
      expect(await userTables(ds)).toEqual(['migrations']);
      if (dialect === 'postgres') {
        expect(
          await ds.query(`SELECT proname FROM pg_proc WHERE proname = 'audit_log_refuse_change'`),
        ).toEqual([]);
      }

      const again = await ds.runMigrations({ transaction: 'each' });
      expect(again.map((m) => m.name)).toEqual(up.map((m) => m.name));
      expect(await userTables(ds)).toEqual(migratedTables);
      expect(await drift(ds)).toEqual([]);
      expect(await triggers(ds)).toHaveLength(2);
    });
  });
});
