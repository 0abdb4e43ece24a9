import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { DEMO_ACCOUNTS, isOurs, MARKER, now, sleep, TEXT_NAME, type ServerKind } from './common';
import { createEditor, OursEditor, type Editor } from './editors';
import { createNote, signIn } from './ours-api';
import type { RunningServer } from './servers';
import {
  Latency,
  ResourceSampler,
  round,
  type LatencySummary,
  type ResourceSummary,
} from './stats';
import { openStorage } from './storage';

const LOOP_RESOLUTION_MS = 10;

export interface ScenarioSpec {
  editors: number;
  docs: number;
}

export interface RunSettings {
  /** Edits per second per editor. */
  rate: number;
  warmupS: number;
  durationS: number;
  /** After the window: how long to wait for in-flight deliveries and acks. */
  drainS: number;
  /** Editors connecting at the same time during set-up. */
  connectConcurrency: number;
  joinTimeoutMs: number;
  /** Servers run under --cpu-prof and must exit normally to write it: no SIGKILL check. */
  profiling?: boolean;
}

export interface ScenarioResult {
  server: ServerKind;
  /** Which repetition of the scenarios this was (1-based; see --rounds). */
  round?: number;
  editors: number;
  docs: number;
  ratePerEditor: number;
  durationS: number;
  /** Editors that loaded their document (of `editors`). */
  editorsSynced: number;
  editsSent: number;
  editsPerSec: number;
  deliveries: { expected: number; received: number; missing: number };
  /** edit -> peer receipt (the latency), over every peer of the edited document. */
  latencyMs: LatencySummary | null;
  /** edit -> server acknowledgement at the sender (ours: after storing; Hocuspocus: after applying in memory). */
  ackMs: LatencySummary | null;
  unackedAtEnd: number;
  /** connect -> document synced, per editor, during set-up (connectConcurrency at a time). */
  joinMs: LatencySummary | null;
  joinFailures: number;
  server_: ResourceSummary;
  disconnects: number;
  connectErrors: number;
  providerErrors: number;
  readOnlyEditors: number;
  driver: { cpuPct: number; loopLagP99Ms: number; loopLagMaxMs: number };
  /** Whole machine during the window: busy CPU (100 = one core), the rest, and the load average after. */
  machine: { busyCpuPct: number; othersCpuPct: number; loadAvg1: number };
  /** Ours only: edits acknowledged during the run, looked up in storage after SIGKILL. */
  durability: {
    acked: number;
    foundAfterKill: number;
    missing: number;
    sampleMissing: string[];
  } | null;
  /** Per second of the window (by send time): deliveries, how many took > 100 ms, the slowest. */
  timeline: { second: number; deliveries: number; over100ms: number; maxMs: number }[];
  serverErrorLines: string[];
  notes: string[];
}

function cpuTimes() {
  let busy = 0;
  let total = 0;
  for (const c of cpus()) {
    const t = c.times.user + c.times.nice + c.times.sys + c.times.irq;
    busy += t;
    total += t + c.times.idle;
  }
  return { busy, total };
}

function parseMarkers(update: Uint8Array): { editor: number; seq: number; sentAt: number }[] {
  // Strings are stored inline (UTF-8) in Yjs updates; markers are ASCII, so latin1 is exact.
  const s = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1');
  const out: { editor: number; seq: number; sentAt: number }[] = [];
  for (const m of s.matchAll(MARKER)) out.push({ editor: +m[1], seq: +m[2], sentAt: +m[3] });
  return out;
}

export async function runScenario(
  server: RunningServer,
  spec: ScenarioSpec,
  settings: RunSettings,
  log: (line: string) => void,
): Promise<ScenarioResult> {
  const notes: string[] = [];
  const ours = isOurs(server.kind);

  // --- documents and identities -------------------------------------------------------------
  const docNames: string[] = [];
  const cookies: string[] = [];
  if (ours) {
    for (const email of DEMO_ACCOUNTS) cookies.push(await signIn(server.url, email));
    for (let d = 0; d < spec.docs; d++) {
      docNames.push(await createNote(server.url, cookies[0], `Benchmark note ${d + 1}`));
    }
  } else {
    for (let d = 0; d < spec.docs; d++) docNames.push(`bench-doc-${d}`);
  }

  // --- measurement state ----------------------------------------------------------------------
  let windowStart = Infinity;
  let windowEnd = Infinity;
  const inWindow = (t: number) => t >= windowStart && t < windowEnd;
  const latency = new Latency();
  const ack = new Latency();
  let received = 0;
  let expected = 0;
  let editsSent = 0;
  const seen: Set<string>[] = [];
  const timeline: ScenarioResult['timeline'] = [];
  /** Ours: markers acknowledged (stored) per document, checked in storage after SIGKILL. */
  const ackedByDoc = new Map<string, Set<string>>();

  const onRemote = (editor: Editor, update: Uint8Array, at: number) => {
    if (windowStart === Infinity) return;
    for (const m of parseMarkers(update)) {
      if (!inWindow(m.sentAt) || m.editor === editor.index) continue;
      const key = `${m.editor}:${m.seq}`;
      const set = (seen[editor.index] ??= new Set());
      if (set.has(key)) continue;
      set.add(key);
      received++;
      const ms = at - m.sentAt;
      latency.record(ms);
      const second = Math.floor((m.sentAt - windowStart) / 1000);
      const slot = (timeline[second] ??= { second, deliveries: 0, over100ms: 0, maxMs: 0 });
      slot.deliveries++;
      if (ms > 100) slot.over100ms++;
      if (ms > slot.maxMs) slot.maxMs = round(ms);
    }
  };
  const onAck = (editor: Editor, edit: { marker: string; sentAt: number }, at: number) => {
    if (inWindow(edit.sentAt)) ack.record(at - edit.sentAt);
    if (ours) {
      let set = ackedByDoc.get(editor.docName);
      if (!set) ackedByDoc.set(editor.docName, (set = new Set()));
      set.add(edit.marker);
    }
  };

  // --- connect ----------------------------------------------------------------------------------
  const editors: Editor[] = [];
  for (let i = 0; i < spec.editors; i++) {
    const docIndex = i % spec.docs;
    editors.push(
      createEditor(
        i,
        docIndex,
        docNames[docIndex],
        {
          kind: server.kind,
          url: server.url,
          wsUrl: server.wsUrl,
          cookie: cookies[i % Math.max(1, cookies.length)],
        },
        onRemote,
        onAck,
      ),
    );
  }
  const join = new Latency();
  let joinFailures = 0;
  const setupStart = now();
  for (let i = 0; i < editors.length; i += settings.connectConcurrency) {
    await Promise.all(
      editors.slice(i, i + settings.connectConcurrency).map(async (e) => {
        const t0 = now();
        try {
          await e.start(settings.joinTimeoutMs);
          join.record(now() - t0);
        } catch {
          joinFailures++;
        }
      }),
    );
  }
  const active = editors.filter((e) => e.synced);
  log(
    `  ${active.length}/${editors.length} editors synced in ${round((now() - setupStart) / 1000)} s` +
      (joinFailures ? ` (${joinFailures} failed)` : ''),
  );
  const readOnlyEditors = editors.filter((e) => e instanceof OursEditor && e.readOnly).length;
  if (readOnlyEditors)
    notes.push(`${readOnlyEditors} editors joined read-only (their edits are refused)`);
  const peersOnDoc = new Array<number>(spec.docs).fill(0);
  for (const e of active) peersOnDoc[e.docIndex]++;

  // --- type ---------------------------------------------------------------------------------------
  const period = 1000 / settings.rate;
  let typing = true;
  const timers = new Set<NodeJS.Timeout>();
  const typeLoop = (e: Editor, due: number) => {
    const timer = setTimeout(
      () => {
        timers.delete(timer);
        if (!typing || e.destroyed) return;
        const sent = e.edit();
        if (inWindow(sent.sentAt)) {
          editsSent++;
          expected += peersOnDoc[e.docIndex] - 1;
        }
        const next = due + period;
        typeLoop(e, next);
      },
      Math.max(0, due - now()),
    );
    timers.add(timer);
  };
  const typingStart = now();
  for (const e of active) typeLoop(e, typingStart + Math.random() * period);

  await sleep(settings.warmupS * 1000);
  const sampler = new ResourceSampler(
    server.pid,
    server.kind === 'ours-pg' ? () => server.dbBackendPids() : undefined,
  );
  await sampler.start();
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const cpu0 = process.cpuUsage();
  const sys0 = cpuTimes();
  windowStart = now();
  windowEnd = windowStart + settings.durationS * 1000;
  loop.enable();
  log(`  measuring ${settings.durationS} s…`);
  await sleep(settings.durationS * 1000);
  loop.disable();
  const cpu = process.cpuUsage(cpu0);
  const sys1 = cpuTimes();
  const resources = sampler.stop();
  typing = false;
  for (const t of timers) clearTimeout(t);

  // --- drain: deliveries of window edits still in flight, and acks -----------------------------
  const drainUntil = now() + settings.drainS * 1000;
  while (now() < drainUntil) {
    const acksPending = active.some((e) => e.pendingAcks > 0);
    if (received >= expected && !acksPending) break;
    await sleep(50);
  }
  const unackedAtEnd = active.reduce((n, e) => n + e.pendingAcks, 0);
  // Counted now: the SIGKILL below disconnects everyone on purpose.
  const disconnects = editors.reduce((n, e) => n + e.disconnects, 0);
  const connectErrors = editors.reduce((n, e) => n + e.connectErrors, 0);
  const providerErrors = editors.reduce((n, e) => n + e.errors, 0);
  for (const e of editors) e.destroyed = true;

  // --- durability (ours): SIGKILL, then every acknowledged edit must be in storage ---------------
  let durability: ScenarioResult['durability'] = null;
  if (ours && settings.profiling) {
    notes.push('profiling run: the server exits normally to write its profile, no SIGKILL check');
  } else if (ours && server.database) {
    await server.kill();
    durability = await checkDurability(server, ackedByDoc);
  }

  for (const e of editors) e.destroy();
  const serverErrorLines = server
    .output()
    .split('\n')
    .filter((l) => /\bERROR\b|Error:|exception/i.test(l))
    .slice(0, 20);

  const summary = latency.summary();
  const driverCpuPct = round(((cpu.user + cpu.system) / 1000 / (settings.durationS * 1000)) * 100);
  const busyCpuPct = round(
    ((sys1.busy - sys0.busy) / (sys1.total - sys0.total)) * 100 * cpus().length,
  );
  return {
    server: server.kind,
    editors: spec.editors,
    docs: spec.docs,
    ratePerEditor: settings.rate,
    durationS: settings.durationS,
    editorsSynced: active.length,
    editsSent,
    editsPerSec: round(editsSent / settings.durationS),
    deliveries: { expected, received, missing: Math.max(0, expected - received) },
    latencyMs: summary,
    ackMs: ack.summary(),
    unackedAtEnd,
    joinMs: join.summary(),
    joinFailures,
    server_: resources,
    disconnects,
    connectErrors,
    providerErrors,
    readOnlyEditors,
    driver: {
      cpuPct: driverCpuPct,
      // The histogram holds timer intervals: subtract the sampling resolution to get the lag.
      loopLagP99Ms: round(Math.max(0, loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS)),
      loopLagMaxMs: round(Math.max(0, loop.max / 1e6 - LOOP_RESOLUTION_MS)),
    },
    machine: {
      busyCpuPct,
      othersCpuPct: round(
        Math.max(0, busyCpuPct - resources.cpuMean - (resources.dbCpuMean ?? 0) - driverCpuPct),
      ),
      loadAvg1: round(loadavg()[0], 2),
    },
    durability,
    timeline: [...timeline].filter(Boolean),
    serverErrorLines,
    notes,
  };
}

async function checkDurability(
  server: RunningServer,
  ackedByDoc: Map<string, Set<string>>,
): Promise<NonNullable<ScenarioResult['durability']>> {
  const { dataSource, storage } = await openStorage(server.database!);
  let acked = 0;
  let found = 0;
  const sampleMissing: string[] = [];
  try {
    for (const [docName, markers] of ackedByDoc) {
      const { snapshot, updates } = await storage.load(docName);
      const doc = new Y.Doc();
      for (const u of snapshot ? [snapshot, ...updates] : updates) Y.applyUpdate(doc, u);
      const stored = new Set(doc.getText(TEXT_NAME).toString().match(MARKER) ?? []);
      doc.destroy();
      for (const m of markers) {
        acked++;
        if (stored.has(m)) found++;
        else if (sampleMissing.length < 5) sampleMissing.push(`${docName} ${m}`);
      }
    }
  } finally {
    await dataSource.destroy();
  }
  return { acked, foundAfterKill: found, missing: acked - found, sampleMissing };
}
