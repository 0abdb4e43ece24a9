import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The repository root: the first parent of this file that holds nx.json (works from src and dist). */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root (nx.json)');
    dir = up;
  }
  return dir;
})();

/** The built API (npx nx build api), as built by `npx nx build api`. */
export const BUILT_API_DIST = resolve(ROOT, 'dist/apps/api');
/**
 * The API this run measures: the driver copies dist/apps/api once at start (BENCH_API_DIST) so a
 * rebuild by someone else in the same tree during a run cannot change the code under test.
 */
export const apiDist = () => process.env.BENCH_API_DIST ?? BUILT_API_DIST;
export const apiMain = () => resolve(apiDist(), 'apps/api/src/main.js');

/** Wall-clock milliseconds with sub-millisecond resolution (monotonic within one process). */
export const now = (): number => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

export const DEMO_PASSWORD = 'BerneDemo!2026';
export const DEMO_ACCOUNTS = [
  'secretariat@berne.example',
  'eu.diplomat@berne.example',
  'ca.coordinator@berne.example',
  'us.diplomat@berne.example',
] as const;

export type ServerKind = 'ours-sqlite' | 'ours-pg' | 'hocuspocus' | 'y-websocket';
export const SERVER_KINDS: ServerKind[] = ['ours-sqlite', 'ours-pg', 'hocuspocus', 'y-websocket'];
export const isOurs = (kind: ServerKind) => kind === 'ours-sqlite' || kind === 'ours-pg';

/** The shared text every editor types into (the same name on every server). */
export const TEXT_NAME = 'bench';

/** An edit's marker: `[b<editor>:<seq>:<send ms>]`, typed as the inserted text. */
export const MARKER = /\[b(\d+):(\d+):(\d+\.\d{3})\]/g;
export const marker = (editor: number, seq: number, sentAt: number) =>
  `[b${editor}:${seq}:${sentAt.toFixed(3)}]`;
