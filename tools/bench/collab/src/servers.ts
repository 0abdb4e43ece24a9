import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { apiMain, freePort, isOurs, ROOT, sleep, type ServerKind } from './common';

/** Where ours keeps its data: used after the run to check that acknowledged edits are stored. */
export type OursDatabase = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

export interface RunningServer {
  kind: ServerKind;
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port> */
  wsUrl: string;
  pid: number;
  child: ChildProcess;
  database?: OursDatabase;
  /** PostgreSQL backend pids serving this server's database (sampled for CPU with the server). */
  dbBackendPids(): Promise<number[]>;
  output(): string;
  /** SIGKILL: nothing gets a chance to flush (the durability check runs after this). */
  kill(): Promise<void>;
  /** SIGTERM, then cleanup of temp dirs / databases. */
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

export interface ServerOptions {
  /** Admin connection for creating/dropping the per-run PostgreSQL database. */
  pgAdminUrl: string;
  /** Extra environment for ours (e.g. COLLAB_* limits). */
  oursEnv?: Record<string, string>;
  /** Node.js flags for the server process (every server gets the same). */
  nodeArgs?: string[];
}

const DIST = __dirname;
let serial = 0;

function collectOutput(child: ChildProcess) {
  let output = '';
  const keep = (d: Buffer) => {
    output += d.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((ok) => {
    const timer = setTimeout(() => ok(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      ok(true);
    });
  });
}

export async function createPgDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPgDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function pgBackendPids(adminUrl: string, database: string): Promise<number[]> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    return rows.map((r) => r.pid);
  } finally {
    await admin.end();
  }
}

/** Starts one server as a child process and waits until it answers. */
export async function startServer(
  kind: ServerKind,
  options: ServerOptions,
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const tempDirs: string[] = [];
  let pgName: string | undefined;
  let database: OursDatabase | undefined;
  let child: ChildProcess;

  if (isOurs(kind)) {
    if (!existsSync(apiMain()))
      throw new Error(`${apiMain()} is missing: run "npx nx build api" first`);
    const webDist = mkdtempSync(join(tmpdir(), 'bench-collab-noweb-'));
    tempDirs.push(webDist);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      WEB_DIST: webDist,
      ...options.oursEnv,
    };
    // One replica, no Redis: a run must not pick up a developer's REDIS_URL or DATABASE_URL.
    delete env.REDIS_URL;
    delete env.DATABASE_URL;
    if (kind === 'ours-sqlite') {
      const dataDir = mkdtempSync(join(tmpdir(), 'bench-collab-data-'));
      tempDirs.push(dataDir);
      env.DATA_DIR = dataDir;
      database = { type: 'sqlite', path: join(dataDir, 'berne.sqlite') };
    } else {
      pgName = `bench_collab_${process.pid}_${++serial}`;
      env.DATABASE_URL = await createPgDatabase(options.pgAdminUrl, pgName);
      database = { type: 'postgres', url: env.DATABASE_URL };
    }
    child = spawn(process.execPath, [...(options.nodeArgs ?? []), apiMain()], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } else {
    const script = kind === 'hocuspocus' ? 'hocuspocus-server.js' : 'ywebsocket-server.js';
    child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), join(DIST, script), String(port)],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  }
  const output = collectOutput(child);

  const cleanup = async () => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    tempDirs.length = 0;
    if (pgName) {
      await dropPgDatabase(options.pgAdminUrl, pgName).catch(() => undefined);
      pgName = undefined;
    }
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanup();
      throw new Error(`${kind} exited during start-up:\n${output()}`);
    }
    if (isOurs(kind)) {
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        // starting
      }
    } else if (output().includes('READY')) {
      break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await cleanup();
      throw new Error(`${kind} did not start within 60 s:\n${output()}`);
    }
    await sleep(100);
  }

  const dbName = pgName;
  return {
    kind,
    url,
    wsUrl: `ws://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    database,
    dbBackendPids: () =>
      dbName ? pgBackendPids(options.pgAdminUrl, dbName).catch(() => []) : Promise.resolve([]),
    output,
    async kill() {
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    },
    async stop() {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    },
    cleanup,
  };
}
