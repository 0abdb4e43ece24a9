import { LIVE_EVENTS } from '@berne/domain';
import { LIVE_RECONNECTED, onLiveEvent } from '../../collab/live-socket';

/** What the API pushes on `benchmarks:changed`: which record changed (ids only, never content). */
export interface BenchmarksChange {
  type: 'benchmark' | 'assessment' | 'aligned-objective' | 'conflict' | (string & {});
  id: string;
  /** The benchmark an assessment or a flag belongs to. */
  benchmarkId?: string;
  /** Who made the change (display name). */
  by?: string;
}

export function parseBenchmarksChange(payload: unknown): BenchmarksChange | null {
  if (!payload || typeof payload !== 'object') return null;
  const { type, id, benchmarkId, by } = payload as Record<string, unknown>;
  if (typeof type !== 'string' || typeof id !== 'string') return null;
  const change: BenchmarksChange = { type, id };
  if (typeof benchmarkId === 'string') change.benchmarkId = benchmarkId;
  if (typeof by === 'string' && by.trim()) change.by = by.trim();
  return change;
}

/** Whether a change concerns the page of one benchmark. */
export function concernsBenchmark(change: BenchmarksChange, benchmarkId: string): boolean {
  return change.id === benchmarkId || change.benchmarkId === benchmarkId;
}

/**
 * Hears `benchmarks:changed` on the workspace's one `/live` connection; null means the connection
 * came back and anything may have been missed.
 */
export function subscribeBenchmarksChanged(
  listener: (change: BenchmarksChange | null) => void,
): () => void {
  const stopChanges = onLiveEvent(LIVE_EVENTS.benchmarksChanged, (payload) => {
    const change = parseBenchmarksChange(payload);
    if (change) listener(change);
  });
  const stopReconnects = onLiveEvent(LIVE_RECONNECTED, () => listener(null));
  return () => {
    stopChanges();
    stopReconnects();
  };
}
