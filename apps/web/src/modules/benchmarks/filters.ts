import { isPartnerCode, type BenchmarkKind, type PartnerCode } from '@berne/domain';
import type { BenchmarksFilter } from '../../generated/graphql';
import { isBenchmarkKind } from './display';

/** The list's filters, kept in the address so a filtered list can be shared and reloaded. */
export interface BenchmarkListFilters {
  holder: PartnerCode | null;
  theme: string | null;
  kind: BenchmarkKind | null;
  search: string;
}

export const EMPTY_LIST_FILTERS: BenchmarkListFilters = {
  holder: null,
  theme: null,
  kind: null,
  search: '',
};

export function listFiltersFromParams(params: URLSearchParams): BenchmarkListFilters {
  const holder = params.get('holder') ?? '';
  const kind = params.get('kind') ?? '';
  return {
    holder: isPartnerCode(holder) ? holder : null,
    theme: params.get('theme') || null,
    kind: isBenchmarkKind(kind) ? kind : null,
    search: (params.get('q') ?? '').slice(0, 200),
  };
}

export function paramsFromListFilters(filters: BenchmarkListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.holder) params.set('holder', filters.holder);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  return params;
}

/** The API filter; kinds left out mean objectives and preconditions. */
export function apiListFilter(filters: BenchmarkListFilters): BenchmarksFilter {
  const filter: BenchmarksFilter = {};
  if (filters.holder) filter.holders = [filters.holder];
  if (filters.theme) filter.themeCodes = [filters.theme];
  if (filters.kind) filter.kinds = [filters.kind];
  if (filters.search.trim()) filter.search = filters.search.trim();
  return filter;
}

export function isListFiltered(filters: BenchmarkListFilters): boolean {
  return Boolean(filters.holder || filters.theme || filters.kind || filters.search.trim());
}
