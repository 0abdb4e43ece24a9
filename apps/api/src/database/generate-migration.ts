/**
 * Writes a migration for each dialect from the difference between the entities and a database
 * migrated with the existing migrations. Usage (after `nx run api:build`):
 *   node dist/apps/api/apps/api/src/database/generate-migration.js <Name>
 * Needs PostgreSQL at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) — it creates a
 * scratch database there and drops it afterwards.
 */
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: generate-migration <PascalCaseName>');
  process.exit(1);
}
const root = resolve(process.cwd(), 'apps/api/src/database/migrations');

function render(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function diff(options: ConstructorParameters<typeof DataSource>[0]) {
  const ds = new DataSource(options);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.reverse().map((q) => q.query),
  };
}

function addToIndex(dialect: string, file: string, className: string) {
  const index = join(root, dialect, 'index.ts');
  const src = readFileSync(index, 'utf8');
  const importLine = `import { ${className} } from './${file}';\n`;
  const updated = (importLine + src).replace(/= \[([^\]]*)\];/, (_m, list: string) => {
    const items = list.split(',').map((s) => s.trim()).filter(Boolean);
    items.push(className);
    return `= [${items.join(', ')}];`;
  });
  writeFileSync(index, updated);
}

async function main() {
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const file = `${stamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}`;
  const sqlite = await diff(dataSourceOptions({ type: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'mig-')), 'x.sqlite') }));
  const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  // A scratch database of its own: migrations and entities compare within one fresh database.
  const scratch = `mig_${stamp}`;
  const admin = new DataSource({ type: 'postgres', url: pgUrl });
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${scratch}`;
    const pg = await diff(dataSourceOptions({ type: 'postgres', url: url.toString() }));
    for (const [dialect, d] of [['sqlite', sqlite], ['postgres', pg]] as const) {
      if (d.up.length === 0) {
        console.log(`${dialect}: no changes`);
        continue;
      }
      writeFileSync(join(root, dialect, `${file}.ts`), render(className, d.up, d.down));
      addToIndex(dialect, file, className);
      console.log(`${dialect}: wrote ${file}.ts (${d.up.length} statements)`);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
