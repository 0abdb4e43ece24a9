/**
 * Summarises a V8 CPU profile written by `--profile` (node --cpu-prof):
 *
 *   node dist/bench-collab/tools/bench/collab/src/profile-summary.js FILE.cpuprofile [--top 25]
 *        [--from S] [--to S] [--timeline]
 *
 * `--from`/`--to` keep only the samples between S seconds after the profile's start (e.g. the
 * measuring window, without start-up and set-up); `--timeline` prints busy milliseconds per second
 * first, to find that window.
 * Prints where the busy time went (idle excluded): self time by package (a node_modules package,
 * Node's own internals, the portal's code, GC, native "(program)") and the functions with the most
 * self time. Self time is what a function ran itself, not what it called.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (internals)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes('/libs/collab/')) return 'portal: libs/collab';
  if (url.includes('/apps/api/')) return 'portal: apps/api';
  return url;
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: profile-summary FILE.cpuprofile [--top N]');
    process.exit(2);
  }
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const fromUs = (arg('--from') ?? 0) * 1e6;
  const toUs = (arg('--to') ?? Infinity) * 1e6;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const isIdle = (id: number) => byId.get(id)?.callFrame.functionName === '(idle)';
  // Time per sample: the delta that follows it (µs); a sample's time is the sum of deltas so far.
  const selfUs = new Map<number, number>();
  const busyPerSecond: number[] = [];
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const second = Math.floor(at / 1e6);
    if (!isIdle(id)) busyPerSecond[second] = (busyPerSecond[second] ?? 0) + dt;
    if (at < fromUs || at >= toUs) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  });
  if (process.argv.includes('--timeline')) {
    console.log('busy ms per second since the profile started');
    for (let s = 0; s < busyPerSecond.length; s++)
      console.log(
        `${String(s).padStart(4)} s ${((busyPerSecond[s] ?? 0) / 1000).toFixed(0).padStart(5)}`,
      );
    console.log('');
  }
  const totalUs =
    Math.min(profile.endTime - profile.startTime, toUs) - Math.min(fromUs, profile.endTime) || 1;
  let idleUs = 0;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const where = url
      ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\//, '')}:${lineNumber + 1}`
      : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const busyUs = [...packages.values()].reduce((a, b) => a + b, 0);
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
  const pct = (us: number) => `${((us / busyUs) * 100).toFixed(1).padStart(5)}%`;
  console.log(
    `${file}\nprofiled ${(totalUs / 1e6).toFixed(1)} s: busy ${(busyUs / 1e6).toFixed(2)} s, idle ${(idleUs / 1e6).toFixed(2)} s\n`,
  );
  console.log('self time by package (ms, % of busy)');
  for (const [pkg, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms(us)} ${pct(us)}  ${pkg}`);
  console.log(`\ntop ${top} functions by self time`);
  for (const [fn, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms(us)} ${pct(us)}  ${fn}`);
}

main();
