/**
 * Document load benchmark (run by the driver as a child process, one per dialect, so the timing
 * happens in a quiet process):
 *
 *   node load-bench.js --dialect sqlite|postgres [--updates 100000] [--runs 7] [--pg-admin URL]
 *
 * Builds a ~1 MB briefing note (a ProseMirror-shaped Y.XmlFragment 'body': paragraphs typed at a
 * cursor, with backspacing, cursor jumps and several sessions — see buildNote) from `--updates` separate Yjs updates, appends each as its own row
 * through our TypeOrmCollabStorage (the server's storage, from dist), then times the server-side
 * load — DocRegistry.open: storage.load + applying everything into a Y.Doc — before and after
 * compaction. Prints one JSON line prefixed with `RESULT `.
 */
import './use-api-yjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { now } from './common';
import { createPgDatabase, dropPgDatabase, type OursDatabase } from './servers';
import { median, round } from './stats';
import { createRegistry, openStorage, type CollabStorageLike } from './storage';

export interface LoadBenchResult {
  dialect: 'sqlite' | 'postgres';
  updates: number;
  textBytes: number;
  paragraphs: number;
  /** Yjs structs (items and tombstones) in the final document: what a load has to integrate. */
  structs: number;
  updateBytesTotal: number;
  snapshotBytes: number;
  buildMs: number;
  appendMs: number;
  /** DocRegistry.open with the whole log (no snapshot yet): one run. */
  loadUncompactedMs: number;
  compactMs: number;
  runs: number;
  /** After compaction, median over runs (fresh registry each run). */
  loadMs: { median: number; min: number; max: number; all: number[] };
  /** The two parts of that load, median: reading rows, and applying them into the Y.Doc. */
  storageLoadMs: number;
  applyMs: number;
  encodeStateMs: number;
  targetMs: number;
  /** 1-minute load average around the timed loads (the machine may be shared). */
  loadAvg1: number[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/**
 * Builds the note, returning every update in order. Deterministic (seeded). The history models
 * people typing at a cursor: one or two words per update at the cursor (which advances), some
 * backspacing, a new paragraph now and then, a jump of the cursor to a random place every ~30
 * updates, and a new editing session (a new Yjs client id) every 2,000 updates.
 */
function buildNote(count: number) {
  const t0 = now();
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const words = [
    'Berne',
    'partners',
    'agree',
    'meeting',
    'draft',
    'review',
    'the',
    'and',
    'of',
    'process',
    'coordination',
    'statement',
    'delegation',
    'text',
    'to',
  ];
  const pick = () => words[Math.floor(rand() * words.length)];
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body');
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const paragraphs: Y.XmlText[] = [];
  const newParagraph = (index: number) => {
    const p = new Y.XmlElement('paragraph');
    const t = new Y.XmlText();
    p.insert(0, [t]);
    body.insert(index, [p]);
    paragraphs.splice(index, 0, t);
    return index;
  };
  let para = newParagraph(0);
  let offset = 0;
  while (updates.length < count) {
    if (updates.length % 2000 === 1999) doc.clientID = Math.floor(rand() * 2 ** 31);
    const text = paragraphs[para];
    const r = rand();
    if (r < 0.03) {
      // Cursor jump.
      para = Math.floor(rand() * paragraphs.length);
      offset = Math.floor(rand() * (paragraphs[para].length + 1));
    } else if (r < 0.05 || (text.length > 600 && r < 0.2)) {
      para = newParagraph(para + 1);
      offset = 0;
    } else if (r < 0.12 && offset > 4) {
      // Backspace a few characters.
      const n = 1 + Math.floor(rand() * 4);
      text.delete(offset - n, n);
      offset -= n;
    } else {
      const word = rand() < 0.5 ? `${pick()} ` : `${pick()} ${pick()} `;
      text.insert(offset, word);
      offset += word.length;
    }
  }
  const textBytes = paragraphs.reduce((n, t) => n + t.length, 0);
  let structs = 0;
  for (const list of doc.store.clients.values()) structs += list.length;
  doc.destroy();
  return { updates, text: textBytes, paragraphs: paragraphs.length, structs, ms: now() - t0 };
}

async function timeLoad(storage: CollabStorageLike, docId: string) {
  const registry = createRegistry(storage);
  const t0 = now();
  const shared = await registry.open(docId);
  const ms = now() - t0;
  const t1 = now();
  Y.encodeStateAsUpdate(shared.doc);
  const encodeMs = now() - t1;
  await registry.close();
  return { ms, encodeMs };
}

async function main() {
  const dialect = arg('dialect', 'sqlite') as 'sqlite' | 'postgres';
  const count = Number(arg('updates', '100000'));
  const runs = Number(arg('runs', '7'));
  const pgAdmin = arg('pg-admin', 'postgres://postgres@127.0.0.1:5432/postgres');

  let database: OursDatabase;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'bench-collab-load-'));
    database = { type: 'sqlite', path: join(dir, 'berne.sqlite') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `bench_collab_load_${process.pid}`;
    database = { type: 'postgres', url: await createPgDatabase(pgAdmin, name) };
    cleanup = () => dropPgDatabase(pgAdmin, name);
  }

  const { dataSource, storage } = await openStorage(database, true);
  try {
    const docId = `briefing-note:${randomUUID()}`;
    const note = buildNote(count);
    const updateBytesTotal = note.updates.reduce((n, u) => n + u.byteLength, 0);
    process.stderr.write(
      `  ${dialect}: built ${note.updates.length} updates (${round(updateBytesTotal / 1e6, 2)} MB), text ${round(note.text / 1e6, 2)} MB in ${round(note.ms)} ms; storing…\n`,
    );
    // One row per update (a 100k-update history), appended 1000 rows per INSERT.
    const t0 = now();
    for (let i = 0; i < note.updates.length; i += 1000) {
      await storage.append(docId, note.updates.slice(i, i + 1000));
    }
    const appendMs = now() - t0;

    const uncompacted = await timeLoad(storage, docId);
    const t1 = now();
    const snapshotBytes = await storage.compact(docId);
    const compactMs = now() - t1;

    const load0 = loadavg()[0];
    const loads: number[] = [];
    const encodes: number[] = [];
    const reads: number[] = [];
    const applies: number[] = [];
    for (let r = 0; r < runs; r++) {
      const { ms, encodeMs } = await timeLoad(storage, docId);
      loads.push(ms);
      encodes.push(encodeMs);
      // The same load in two parts.
      const a = now();
      const { snapshot, updates } = await storage.load(docId);
      const b = now();
      const doc = new Y.Doc({ gc: true });
      Y.transact(doc, () => {
        for (const u of snapshot ? [snapshot, ...updates] : updates) Y.applyUpdate(doc, u);
      });
      const c = now();
      doc.destroy();
      reads.push(b - a);
      applies.push(c - b);
    }

    const result: LoadBenchResult = {
      dialect,
      updates: note.updates.length,
      textBytes: note.text,
      paragraphs: note.paragraphs,
      structs: note.structs,
      updateBytesTotal,
      snapshotBytes,
      buildMs: round(note.ms),
      appendMs: round(appendMs),
      loadUncompactedMs: round(uncompacted.ms),
      compactMs: round(compactMs),
      runs,
      loadMs: {
        median: round(median(loads)),
        min: round(Math.min(...loads)),
        max: round(Math.max(...loads)),
        all: loads.map((x) => round(x)),
      },
      storageLoadMs: round(median(reads)),
      applyMs: round(median(applies)),
      encodeStateMs: round(median(encodes)),
      targetMs: 100,
      loadAvg1: [round(load0, 2), round(loadavg()[0], 2)],
    };
    console.log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    await dataSource.destroy();
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
