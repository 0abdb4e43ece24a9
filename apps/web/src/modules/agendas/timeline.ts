import type { TFunction } from 'i18next';
import type { AgendaItemState } from '../../generated/graphql';

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

export interface MeetingCounts {
  agendaItems: number;
  states: readonly { state: AgendaItemState; count: number }[];
  briefingNotes: number;
  benchmarkAssessments: number;
}

/**
 * What happened to a theme at a meeting, in the reader's language: "2 items on this theme:
 * 1 agreed, 1 deferred; 1 briefing note" / "2 points sur ce thème : 1 adopté, 1 reporté ; …".
 * Empty when nothing was counted.
 */
export function meetingSummary(counts: MeetingCounts, t: TFunction): string {
  const parts: string[] = [];
  if (counts.agendaItems > 0) {
    const states = counts.states
      .map(({ state, count }) => t(stateCountKey(state), { count }))
      .join(', ');
    parts.push(t('themes.timeline.meetingItems', { count: counts.agendaItems, states }));
  }
  if (counts.briefingNotes > 0)
    parts.push(t('themes.timeline.meetingNotes', { count: counts.briefingNotes }));
  if (counts.benchmarkAssessments > 0)
    parts.push(t('themes.timeline.meetingAssessments', { count: counts.benchmarkAssessments }));
  return parts.join(t('themes.timeline.partsSeparator'));
}

const stateCountKey = (state: AgendaItemState): `themes.timeline.stateCount.${AgendaItemState}` =>
  `themes.timeline.stateCount.${state}`;

/** The line naming an entry's partner: who proposed an item, owns a note, assessed, raised a case. */
export function partnerLineKey(kind: string) {
  switch (kind) {
    case 'AGENDA_ITEM':
      return 'themes.timeline.proposedBy' as const;
    case 'BENCHMARK_ANSWER':
      return 'themes.timeline.assessedBy' as const;
    case 'CASE_ANSWER':
      return 'themes.timeline.raisedBy' as const;
    default:
      return 'themes.timeline.ownedBy' as const;
  }
}
