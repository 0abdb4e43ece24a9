/**
 * Collaboration benchmark driver: `npm run bench:collab [-- options]` (see README.md).
 *
 * For each scenario (editors × documents) and each server (ours on SQLite, ours on PostgreSQL,
 * Hocuspocus in memory, the y-websocket reference server), starts the server as a child process,
 * connects the simulated editors from this process with each server's own client provider, types
 * at a fixed rate, and measures edit→peer latency, acks, join time, and the server's CPU and RSS.
 * Then times the load of a 1 MB / 100k-update note in our storage. Prints a table and writes
 * results/<timestamp>.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  apiMain,
  BUILT_API_DIST,
  isOurs,
  ROOT,
  SERVER_KINDS,
  sleep,
  type ServerKind,
} from './common';
import type { LoadBenchResult } from './load-bench';
import { median, round } from './stats';

import { runScenario, type RunSettings, type ScenarioResult, type ScenarioSpec } from './scenario';
import { startServer } from './servers';

const HELP = `Usage: npm run bench:collab -- [options]

  --quick                 short windows (warm-up 2 s, measure 6 s, load runs 3)
  --scenarios LIST        editors x docs, comma-separated (default 50x10,200x20,500x50)
  --servers LIST          of ${SERVER_KINDS.join(',')} (default all)
  --rate N                edits per second per editor (default 1)
  --warmup S              seconds of typing before measuring (default 5)
  --duration S            measuring window in seconds (default 20)
  --drain S               max wait after the window for in-flight deliveries/acks (default 5)
  --connect-concurrency N editors connecting at once during set-up (default 20)
  --pg-url URL            PostgreSQL admin URL; a fresh database is created per run
                          (default postgres://postgres@127.0.0.1:5432/postgres)
  --load-updates N        updates in the load-benchmark note's history (default 100000)
  --load-runs N           timed loads after compaction, median reported (default 7)
  --no-load               skip the document load benchmark
  --load-only             only the document load benchmark
  --rounds N              repeat the scenarios N times, servers interleaved (default 1); the
                          targets then compare medians over rounds, and every round is printed
  --profile DIR           CPU profile of every server (--cpu-prof) into DIR; the servers then
                          exit normally, so the SIGKILL durability check is skipped
  --node-args="ARGS"      Node.js flags for every server and the load benchmark, the same for
                          all (e.g. "--max-semi-space-size=32" or "--prof"); default none
  --out FILE              JSON results (default tools/bench/collab/results/<timestamp>.json)
`;

interface Options {
  scenarios: ScenarioSpec[];
  servers: ServerKind[];
  settings: RunSettings;
  pgUrl: string;
  loadUpdates: number;
  loadRuns: number;
  load: boolean;
  scenariosOn: boolean;
  out: string;
  quick: boolean;
  nodeArgs: string[];
  rounds: number;
  profile?: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      scenarios: { type: 'string' },
      servers: { type: 'string' },
      rate: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      drain: { type: 'string' },
      'connect-concurrency': { type: 'string' },
      'pg-url': { type: 'string' },
      'load-updates': { type: 'string' },
      'load-runs': { type: 'string' },
      'no-load': { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      out: { type: 'string' },
      'node-args': { type: 'string' },
      rounds: { type: 'string' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = values.quick!;
  const num = (v: string | undefined, fallback: number) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`not a positive number: ${v}`);
    return n;
  };
  const scenarios = (values.scenarios ?? '50x10,200x20,500x50').split(',').map((s) => {
    const m = /^(\d+)x(\d+)$/.exec(s.trim());
    if (!m) throw new Error(`scenario "${s}" is not EDITORSxDOCS`);
    return { editors: +m[1], docs: +m[2] };
  });
  const servers = (values.servers ?? SERVER_KINDS.join(',')).split(',').map((s) => {
    if (!SERVER_KINDS.includes(s.trim() as ServerKind)) throw new Error(`unknown server "${s}"`);
    return s.trim() as ServerKind;
  });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return {
    scenarios,
    servers,
    settings: {
      rate: num(values.rate, 1),
      warmupS: num(values.warmup, quick ? 2 : 5),
      durationS: num(values.duration, quick ? 6 : 20),
      drainS: num(values.drain, 5),
      connectConcurrency: num(values['connect-concurrency'], 20),
      joinTimeoutMs: 30_000,
      profiling: values.profile !== undefined,
    },
    pgUrl: values['pg-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    loadUpdates: num(values['load-updates'], 100_000),
    loadRuns: num(values['load-runs'], quick ? 3 : 7),
    load: !values['no-load'],
    scenariosOn: !values['load-only'],
    out: values.out
      ? resolve(values.out)
      : join(ROOT, 'tools/bench/collab/results', `${stamp}.json`),
    quick,
    nodeArgs: (values['node-args'] ?? '').split(/\s+/).filter(Boolean),
    rounds: num(values.rounds, 1),
    profile: values.profile === undefined ? undefined : resolve(values.profile),
  };
}

const log = (line: string) => console.error(line);

async function pgReachable(url: string): Promise<string | null> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await c.end().catch(() => undefined);
  }
}

function runLoadBench(dialect: 'sqlite' | 'postgres', opts: Options): Promise<LoadBenchResult> {
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [
        ...opts.nodeArgs,
        join(__dirname, 'load-bench.js'),
        '--dialect',
        dialect,
        '--updates',
        String(opts.loadUpdates),
        '--runs',
        String(opts.loadRuns),
        '--pg-admin',
        opts.pgUrl,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) ok(JSON.parse(line.slice(7)) as LoadBenchResult);
      else fail(new Error(`load bench (${dialect}) exited ${code}: ${out}`));
    });
  });
}

// --- report ----------------------------------------------------------------------------------------

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

const f = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined ? '–' : n >= 100 ? String(Math.round(n)) : n.toFixed(digits);

function scenarioTable(
  results: (
    | ScenarioResult
    | { server: ServerKind; round?: number; editors: number; docs: number; error: string }
  )[],
  rounds: number,
) {
  const rows = [
    [
      'scenario',
      'server',
      'synced',
      'edits/s',
      'deliv%',
      'p50',
      'p95',
      'p99',
      'max',
      'ack p50',
      'ack p99',
      'join p50',
      'join p99',
      'CPU% avg/max',
      'db CPU%',
      'RSS MB',
      'disc/err',
      'drv CPU%',
      'drv lag p99/max',
      'others CPU%',
    ],
  ];
  for (const r of results) {
    const scenario = `${r.editors}/${r.docs}${rounds > 1 ? ` r${r.round ?? 1}` : ''}`;
    if ('error' in r) {
      rows.push([scenario, r.server, 'FAILED', ...(Array(17).fill('') as string[])]);
      continue;
    }
    const deliv = r.deliveries.expected ? (r.deliveries.received / r.deliveries.expected) * 100 : 0;
    rows.push([
      scenario,
      r.server,
      `${r.editorsSynced}/${r.editors}`,
      f(r.editsPerSec),
      deliv.toFixed(2),
      f(r.latencyMs?.p50),
      f(r.latencyMs?.p95),
      f(r.latencyMs?.p99),
      f(r.latencyMs?.max),
      f(r.ackMs?.p50),
      f(r.ackMs?.p99),
      f(r.joinMs?.p50),
      f(r.joinMs?.p99),
      `${f(r.server_.cpuMean, 0)}/${f(r.server_.cpuMax, 0)}`,
      r.server_.dbCpuMean === null
        ? '–'
        : `${f(r.server_.dbCpuMean, 0)}/${f(r.server_.dbCpuMax, 0)}`,
      f(r.server_.rssMaxMb, 0),
      `${r.disconnects}/${r.providerErrors + r.joinFailures}`,
      f(r.driver.cpuPct, 0),
      `${f(r.driver.loopLagP99Ms)}/${f(r.driver.loopLagMaxMs)}`,
      f(r.machine.othersCpuPct, 0),
    ]);
  }
  return table(rows);
}

function loadTable(results: (LoadBenchResult | { dialect: string; error: string })[]) {
  const rows = [
    [
      'storage',
      'updates',
      'structs',
      'text MB',
      'snapshot KB',
      'load before compaction',
      'compact',
      'load after (median)',
      'read / apply',
      'min–max',
      'loadavg',
      'target',
    ],
  ];
  for (const r of results) {
    if ('error' in r) {
      rows.push([r.dialect, 'FAILED', '', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    rows.push([
      r.dialect,
      String(r.updates),
      String(r.structs),
      (r.textBytes / 1e6).toFixed(2),
      String(Math.round(r.snapshotBytes / 1024)),
      `${f(r.loadUncompactedMs)} ms`,
      `${f(r.compactMs)} ms`,
      `${f(r.loadMs.median)} ms`,
      `${f(r.storageLoadMs)} / ${f(r.applyMs)} ms`,
      `${f(r.loadMs.min)}–${f(r.loadMs.max)}`,
      r.loadAvg1.join('→'),
      r.loadMs.median < r.targetMs ? `< ${r.targetMs} ms: PASS` : `< ${r.targetMs} ms: FAIL`,
    ]);
  }
  return table(rows);
}

async function main() {
  const opts = options();
  // y-websocket's provider adds a process 'exit' listener per instance (hundreds of editors).
  process.setMaxListeners(0);
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  const source = {
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedFiles: git(['status', '--porcelain']).split('\n').filter(Boolean).length,
  };
  const machine = {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpus: availableParallelism(),
    memGb: Math.round(totalmem() / 1e9),
    freeMemGb: Math.round(freemem() / 1e9),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAvgAtStart: loadavg().map((x) => round(x, 2)),
  };
  log(
    `Machine: ${machine.cpus} CPU(s), ${machine.cpuModel}, ${machine.memGb} GB RAM, Node ${machine.node}, load average ${machine.loadAvgAtStart.join(' ')}`,
  );
  log(
    `Source: ${source.commit} with ${source.uncommittedFiles} uncommitted file(s) in the working tree`,
  );
  log(
    `Settings: ${opts.quick ? 'QUICK, ' : ''}rate ${opts.settings.rate}/s/editor, warm-up ${opts.settings.warmupS} s, window ${opts.settings.durationS} s, drain ≤ ${opts.settings.drainS} s`,
  );

  let servers = opts.servers;
  const skipped: string[] = [];
  if (servers.some(isOurs) || opts.load) {
    if (!existsSync(apiMain()))
      throw new Error(`${relative(ROOT, apiMain())} is missing: run "npx nx build api"`);
    if (!process.env.BENCH_API_DIST) {
      // Measure one fixed build: others may rebuild dist/apps/api in this tree during the run.
      const copy = join(ROOT, 'dist/bench-collab/api-under-test');
      rmSync(copy, { recursive: true, force: true });
      cpSync(BUILT_API_DIST, copy, { recursive: true });
      process.env.BENCH_API_DIST = copy;
      log(`API under test: a copy of ${relative(ROOT, BUILT_API_DIST)} in ${relative(ROOT, copy)}`);
    }
  }
  if (servers.includes('ours-pg') || (opts.load && servers.some(isOurs))) {
    const problem = await pgReachable(opts.pgUrl);
    if (problem) {
      skipped.push(`PostgreSQL unreachable at ${opts.pgUrl} (${problem}): ours-pg skipped`);
      servers = servers.filter((s) => s !== 'ours-pg');
    }
  }
  for (const s of skipped) log(`! ${s}`);

  const results: (
    | ScenarioResult
    | { server: ServerKind; round: number; editors: number; docs: number; error: string }
  )[] = [];
  if (opts.scenariosOn) {
    for (let round = 1; round <= opts.rounds; round++)
      for (const spec of opts.scenarios) {
        for (const kind of servers) {
          log(
            `[${spec.editors} editors / ${spec.docs} docs${opts.rounds > 1 ? `, round ${round}/${opts.rounds}` : ''}] ${kind}: starting server`,
          );
          let server;
          try {
            const nodeArgs = opts.profile
              ? [
                  ...opts.nodeArgs,
                  '--cpu-prof',
                  `--cpu-prof-dir=${join(opts.profile, `${kind}-${spec.editors}x${spec.docs}-r${round}`)}`,
                ]
              : opts.nodeArgs;
            server = await startServer(kind, { pgAdminUrl: opts.pgUrl, nodeArgs });
            const r = { ...(await runScenario(server, spec, opts.settings, log)), round };
            results.push(r);
            log(
              `  p50 ${f(r.latencyMs?.p50)} / p99 ${f(r.latencyMs?.p99)} ms, ${r.editsPerSec} edits/s, delivered ${r.deliveries.received}/${r.deliveries.expected}, server CPU ${r.server_.cpuMean}%` +
                (r.durability
                  ? `, durable ${r.durability.foundAfterKill}/${r.durability.acked}`
                  : ''),
            );
          } catch (error) {
            log(`  FAILED: ${(error as Error).stack ?? error}`);
            results.push({
              server: kind,
              round,
              editors: spec.editors,
              docs: spec.docs,
              error: String((error as Error).message ?? error),
            });
          } finally {
            if (server) {
              await server.stop();
              await server.cleanup();
            }
          }
          await sleep(1000);
        }
      }
  }

  const loads: (LoadBenchResult | { dialect: string; error: string })[] = [];
  if (opts.load) {
    const dialects: ('sqlite' | 'postgres')[] = ['sqlite'];
    if (!skipped.some((s) => s.startsWith('PostgreSQL'))) dialects.push('postgres');
    for (const dialect of dialects) {
      log(`[load] ${opts.loadUpdates}-update note on ${dialect}`);
      try {
        loads.push(await runLoadBench(dialect, opts));
      } catch (error) {
        log(`  FAILED: ${(error as Error).message}`);
        loads.push({ dialect, error: (error as Error).message });
      }
    }
  }

  // --- print --------------------------------------------------------------------------------------
  const out: string[] = [];
  out.push('');
  out.push(`Collaboration benchmark — ${new Date().toISOString()}`);
  out.push(
    `Machine: ${machine.cpus} CPU(s) (${machine.cpuModel}), ${machine.memGb} GB, Node ${machine.node}; servers and driver share these CPUs`,
  );
  out.push(
    'Yjs build: ours (and its load benchmark) run Yjs’s ES module build, as the portal does (apps/api/src/collab/yjs-build.ts); Hocuspocus, y-websocket and the driver use the CommonJS build that require() gives them',
  );
  out.push(
    `Source: ${source.commit} + ${source.uncommittedFiles} uncommitted file(s); load average at start ${machine.loadAvgAtStart.join(' ')}`,
  );
  out.push(
    `Load: ${opts.settings.rate} edit/s per editor (each a ~30-byte text insert), window ${opts.settings.durationS} s after ${opts.settings.warmupS} s warm-up${opts.quick ? ' (QUICK)' : ''}`,
  );
  if (results.length) {
    out.push('');
    out.push(
      'Latency = edit -> receipt by each peer on the same document (ms). ack = edit -> server ack at the sender:',
    );
    out.push(
      'ours acks after the update is stored (durable); Hocuspocus acks after applying in memory; y-websocket has no acks.',
    );
    out.push(
      'CPU%: 100 = one core (pidusage, every 500 ms). db CPU% = PostgreSQL backends of ours-pg. disc/err = disconnects / errors+join failures.',
    );
    out.push(
      'drv = the client driver (all editors, one process): its CPU% and event-loop lag in the window (client-side saturation inflates latency).',
    );
    out.push(
      'others CPU% = whole-machine busy CPU minus server, db and driver: other processes competing for the same cores.',
    );
    out.push('');
    out.push(scenarioTable(results, opts.rounds));
    out.push('');
    for (const r of results) {
      if ('error' in r) {
        out.push(`! ${r.editors}/${r.docs} ${r.server}: ${r.error.split('\n')[0]}`);
        continue;
      }
      if (r.durability) {
        out.push(
          `Durability ${r.editors}/${r.docs} ${r.server}: ${r.durability.acked} acked edits; after SIGKILL ${r.durability.foundAfterKill} found in storage, ${r.durability.missing} missing` +
            (r.durability.sampleMissing.length
              ? ` (e.g. ${r.durability.sampleMissing.join(', ')})`
              : ''),
        );
      }
      if (r.deliveries.missing)
        out.push(
          `Undelivered ${r.editors}/${r.docs} ${r.server}: ${r.deliveries.missing} of ${r.deliveries.expected} peer deliveries not received by the end of the drain`,
        );
      if (r.unackedAtEnd)
        out.push(
          `Unacked ${r.editors}/${r.docs} ${r.server}: ${r.unackedAtEnd} edits without an ack at the end of the drain`,
        );
      for (const n of r.notes) out.push(`Note ${r.editors}/${r.docs} ${r.server}: ${n}`);
      if (r.serverErrorLines.length)
        out.push(
          `Server errors ${r.editors}/${r.docs} ${r.server}: ${r.serverErrorLines.length} line(s), first: ${r.serverErrorLines[0].slice(0, 200)}`,
        );
    }
    const target = (kind: ServerKind) => {
      const p99s = (server: ServerKind) =>
        results.flatMap((r) =>
          r.server === server &&
          r.editors === 200 &&
          r.docs === 20 &&
          !('error' in r) &&
          r.latencyMs
            ? [{ round: r.round ?? 1, p99: r.latencyMs.p99, durable: r.durability }]
            : [],
        );
      const ours = p99s(kind);
      const hp = p99s('hocuspocus');
      if (ours.length === 0 || hp.length === 0) return;
      const durable = opts.settings.profiling
        ? 'not checked (profiling run)'
        : ours.every((r) => r.durable && r.durable.missing === 0)
          ? 'yes'
          : 'NO';
      if (opts.rounds > 1) {
        for (const o of ours) {
          const h = hp.find((x) => x.round === o.round);
          if (h)
            out.push(
              `  round ${o.round} 200/20 ${kind}: p99 ${f(o.p99)} ms vs Hocuspocus ${f(h.p99)} ms -> ${o.p99 <= h.p99 ? 'PASS' : 'FAIL'}`,
            );
        }
      }
      const mine = median(ours.map((r) => r.p99));
      const theirs = median(hp.map((r) => r.p99));
      const over = opts.rounds > 1 ? ` (median of ${ours.length} and ${hp.length} rounds)` : '';
      out.push(
        `Target 200/20 ${kind}: p99 ${f(mine)} ms vs Hocuspocus ${f(theirs)} ms${over} -> ${mine <= theirs ? 'PASS' : 'FAIL'}; every ack durable: ${durable}`,
      );
    };
    target('ours-sqlite');
    target('ours-pg');
  }
  if (loads.length) {
    out.push('');
    out.push(
      `Document load, server side (DocRegistry.open = storage.load + applying into a Y.Doc), a note with a ${opts.loadUpdates}-update history; after compaction: median of ${opts.loadRuns} runs:`,
    );
    out.push(loadTable(loads));
  }
  for (const s of skipped) out.push(`! ${s}`);
  console.log(out.join('\n'));

  mkdirSync(join(opts.out, '..'), { recursive: true });
  writeFileSync(
    opts.out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine,
        source,
        options: opts,
        skipped,
        scenarios: results,
        load: loads,
      },
      null,
      2,
    ),
  );
  console.log(`\nJSON: ${relative(process.cwd(), opts.out)}`);
  if (process.env.BENCH_DEBUG_HANDLES) console.error(process.getActiveResourcesInfo());
  // Client libraries may leave timers behind (reconnect back-offs, awareness checks): don't wait.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
