/** The kinds of theme timeline entries the page offers to filter, in its order. */
export const TIMELINE_KINDS = [
  'MEETING',
  'AGENDA_ITEM',
  'BRIEFING_NOTE',
  'BENCHMARK_ANSWER',
  'CASE_ANSWER',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export function isTimelineKind(value: unknown): value is TimelineKind {
  return typeof value === 'string' && (TIMELINE_KINDS as readonly string[]).includes(value);
}

/** How many entries of each kind there are (kinds with none are left out). */
export function kindCounts(entries: readonly { kind: string }[]): Map<TimelineKind, number> {
  const counts = new Map<TimelineKind, number>();
  for (const kind of TIMELINE_KINDS) {
    const n = entries.filter((e) => e.kind === kind).length;
    if (n > 0) counts.set(kind, n);
  }
  return counts;
}

/** The entries of the chosen kinds (all when none is chosen), keeping their order. */
export function filterByKind<T extends { kind: string }>(
  entries: readonly T[],
  kinds: readonly string[],
): T[] {
  return kinds.length === 0 ? [...entries] : entries.filter((e) => kinds.includes(e.kind));
}

/** Entries grouped by year of their date, newest year first, order kept inside a year. */
export function byYear<T extends { date: string }>(entries: readonly T[]): [number, T[]][] {
  const groups = new Map<number, T[]>();
  for (const entry of entries) {
    const year = new Date(entry.date).getUTCFullYear();
    groups.set(year, [...(groups.get(year) ?? []), entry]);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]);
}
