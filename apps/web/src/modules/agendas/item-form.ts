import type { InfluenceRegion, PartnerCode, VulnerableGroup } from '@berne/domain';
import type { AgendaLinkInput } from '../../generated/graphql';
import { isInfluenceRegion, isVulnerableGroup } from './display';

/** The theme an item on China's influence abroad carries (libs/domain THEMES). */
export const INFLUENCE_THEME = 'INFLUENCE_ABROAD';

/** What the proposal form holds. */
export interface ItemDraft {
  proposingPartner: PartnerCode | null;
  title: string;
  description: string;
  themeCodes: string[];
  vulnerableGroups: VulnerableGroup[];
  influence: boolean;
  influenceRegion: InfluenceRegion | null;
  minutes: number | string;
  guestVisible: boolean;
  /** Linked briefing notes (id and title, for showing the choice). */
  notes: LinkChoice[];
  /** Linked individual cases (offered to cleared viewers only; others never see them). */
  cases: LinkChoice[];
  /** Linked benchmarks: kept as they are (linked from the benchmarks feature). */
  benchmarks: LinkChoice[];
}

/** A link target as the form shows it. */
export interface LinkChoice {
  id: string;
  title: string;
}

export const EMPTY_DRAFT: ItemDraft = {
  proposingPartner: null,
  title: '',
  description: '',
  themeCodes: [],
  vulnerableGroups: [],
  influence: false,
  influenceRegion: null,
  minutes: 15,
  guestVisible: false,
  notes: [],
  cases: [],
  benchmarks: [],
};

/** What a suggestion or an earlier item passes to the form to start from. */
export interface ItemPrefill {
  title?: string;
  description?: string;
  themeCodes?: string[];
  vulnerableGroups?: VulnerableGroup[];
  influenceRegion?: InfluenceRegion | null;
  minutes?: number;
}

/** A draft started from a prefill (a suggestion's title and description, an item's tags). */
export function draftFrom(
  prefill: ItemPrefill | null | undefined,
  base: ItemDraft = EMPTY_DRAFT,
): ItemDraft {
  if (!prefill) return base;
  const themeCodes = prefill.themeCodes ?? base.themeCodes;
  const influenceRegion = prefill.influenceRegion ?? base.influenceRegion;
  return {
    ...base,
    title: prefill.title ?? base.title,
    description: prefill.description ?? base.description,
    themeCodes,
    vulnerableGroups: prefill.vulnerableGroups ?? base.vulnerableGroups,
    influence: influenceRegion !== null || themeCodes.includes(INFLUENCE_THEME),
    influenceRegion,
    minutes: prefill.minutes ?? base.minutes,
  };
}

/** Reads a prefill from router state, accepting only what it knows. */
export function prefillOf(state: unknown): ItemPrefill | null {
  if (!state || typeof state !== 'object') return null;
  const prefill = (state as { prefill?: unknown }).prefill;
  if (!prefill || typeof prefill !== 'object') return null;
  const p = prefill as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
  return {
    title: typeof p['title'] === 'string' ? p['title'] : undefined,
    description: typeof p['description'] === 'string' ? p['description'] : undefined,
    themeCodes: strings(p['themeCodes']),
    vulnerableGroups: strings(p['vulnerableGroups'])?.filter(isVulnerableGroup),
    influenceRegion: isInfluenceRegion(p['influenceRegion']) ? p['influenceRegion'] : null,
    minutes: typeof p['minutes'] === 'number' ? p['minutes'] : undefined,
  };
}

/** Turning the influence switch on tags the theme too; turning it off clears the region. */
export function withInfluence(draft: ItemDraft, on: boolean): ItemDraft {
  return {
    ...draft,
    influence: on,
    influenceRegion: on ? draft.influenceRegion : null,
    themeCodes:
      on && !draft.themeCodes.includes(INFLUENCE_THEME)
        ? [...draft.themeCodes, INFLUENCE_THEME]
        : draft.themeCodes,
  };
}

/** Whether an edit changes what partners agreed to (title or description), which resets positions. */
export function textChanged(
  original: { title: string; description: string },
  draft: Pick<ItemDraft, 'title' | 'description'>,
): boolean {
  return (
    original.title.trim() !== draft.title.trim() ||
    original.description.trim() !== draft.description.trim()
  );
}

/** The draft's links as the API takes them: notes, cases and benchmarks, each once. */
export function itemLinks(
  draft: Pick<ItemDraft, 'notes' | 'cases' | 'benchmarks'>,
): AgendaLinkInput[] {
  const links: AgendaLinkInput[] = [
    ...draft.notes.map((n) => ({ kind: 'BRIEFING_NOTE' as const, targetId: n.id })),
    ...draft.benchmarks.map((b) => ({ kind: 'BENCHMARK' as const, targetId: b.id })),
    ...draft.cases.map((c) => ({ kind: 'CASE' as const, targetId: c.id })),
  ];
  return links.filter(
    (l, i) => links.findIndex((m) => m.kind === l.kind && m.targetId === l.targetId) === i,
  );
}

const sameIds = (a: readonly LinkChoice[], b: readonly LinkChoice[]) =>
  a.length === b.length && a.every((x) => b.some((y) => y.id === x.id));

/**
 * Whether the editor changed the links. The API replaces all of an item's links when they are
 * sent, and an editor sees only the targets it may open: unchanged links are not sent, so that
 * links the editor cannot see stay.
 */
export function linksChanged(
  initial: Pick<ItemDraft, 'notes' | 'cases' | 'benchmarks'>,
  draft: Pick<ItemDraft, 'notes' | 'cases' | 'benchmarks'>,
): boolean {
  return (
    !sameIds(initial.notes, draft.notes) ||
    !sameIds(initial.cases, draft.cases) ||
    !sameIds(initial.benchmarks, draft.benchmarks)
  );
}

/** The form's link choices from an item's links, by kind. */
export function linkChoicesOf(
  links: readonly {
    kind: 'BRIEFING_NOTE' | 'BENCHMARK' | 'CASE';
    targetId: string;
    title: string;
  }[],
): Pick<ItemDraft, 'notes' | 'cases' | 'benchmarks'> {
  const of = (kind: 'BRIEFING_NOTE' | 'BENCHMARK' | 'CASE') =>
    links.filter((l) => l.kind === kind).map((l) => ({ id: l.targetId, title: l.title }));
  return { notes: of('BRIEFING_NOTE'), cases: of('CASE'), benchmarks: of('BENCHMARK') };
}
