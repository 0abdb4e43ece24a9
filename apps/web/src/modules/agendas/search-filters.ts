import type { AgendaItemState, InfluenceRegion, VulnerableGroup } from '@berne/domain';
import { isAgendaItemState, isInfluenceRegion, isVulnerableGroup } from './display';
import { startOfDay, startOfNextDay } from './dates';

/** The agenda search's filters, as the page's address carries them (shareable, back-button safe). */
export interface SearchFilters {
  text: string;
  themeCodes: string[];
  vulnerableGroups: VulnerableGroup[];
  influenceRegion: InfluenceRegion | null;
  states: AgendaItemState[];
  /** YYYY-MM-DD, inclusive, in the viewer's zone. */
  from: string | null;
  to: string | null;
  page: number;
}

export const EMPTY_FILTERS: SearchFilters = {
  text: '',
  themeCodes: [],
  vulnerableGroups: [],
  influenceRegion: null,
  states: [],
  from: null,
  to: null,
  page: 1,
};

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);

export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const page = Number(params.get('page'));
  const region = params.get('region');
  return {
    text: params.get('q') ?? '',
    themeCodes: list(params.get('themes')),
    vulnerableGroups: list(params.get('groups')).filter(isVulnerableGroup),
    influenceRegion: isInfluenceRegion(region) ? region : null,
    states: list(params.get('states')).filter(isAgendaItemState),
    from: day(params.get('from')),
    to: day(params.get('to')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsFromFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.text.trim()) params.set('q', filters.text.trim());
  if (filters.themeCodes.length) params.set('themes', filters.themeCodes.join(','));
  if (filters.vulnerableGroups.length) params.set('groups', filters.vulnerableGroups.join(','));
  if (filters.influenceRegion) params.set('region', filters.influenceRegion);
  if (filters.states.length) params.set('states', filters.states.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The API's filter: only what is set; the "to" day is included (the API's bound is exclusive). */
export function apiFilter(filters: SearchFilters) {
  const from = startOfDay(filters.from);
  const to = startOfNextDay(filters.to);
  return {
    ...(filters.text.trim() ? { text: filters.text.trim() } : {}),
    ...(filters.themeCodes.length ? { themeCodes: filters.themeCodes } : {}),
    ...(filters.vulnerableGroups.length ? { vulnerableGroups: filters.vulnerableGroups } : {}),
    ...(filters.influenceRegion ? { influenceRegion: filters.influenceRegion } : {}),
    ...(filters.states.length ? { states: filters.states } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** Whether any filter narrows the search. */
export function isFiltered(filters: SearchFilters): boolean {
  return Object.keys(apiFilter(filters)).length > 0;
}
