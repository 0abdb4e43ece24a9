import {
  isPartnerCode,
  type CaseStatus,
  type PartnerCode,
  type VulnerableGroup,
} from '@berne/domain';
import type { CasesFilter } from '../../generated/graphql';
import { isVulnerableGroup } from '../agendas/display';
import { isCaseStatus } from './display';

/** The list's filters, kept in the address so a filtered list can be reloaded (never shared outside). */
export interface CaseListFilters {
  search: string;
  status: CaseStatus | null;
  theme: string | null;
  raisedBy: PartnerCode | null;
  group: VulnerableGroup | null;
  awaiting: boolean;
}

export const EMPTY_CASE_FILTERS: CaseListFilters = {
  search: '',
  status: null,
  theme: null,
  raisedBy: null,
  group: null,
  awaiting: false,
};

/** The API's search takes at most 200 characters; theme codes are short words. */
const SEARCH_MAX = 200;
const THEME_CODE = /^[A-Z][A-Z0-9_]{0,59}$/;

export function caseFiltersFromParams(params: URLSearchParams): CaseListFilters {
  const status = params.get('status');
  const raisedBy = params.get('raisedBy') ?? '';
  const group = params.get('group');
  const theme = params.get('theme') ?? '';
  return {
    search: (params.get('q') ?? '').slice(0, SEARCH_MAX),
    status: isCaseStatus(status) ? status : null,
    theme: THEME_CODE.test(theme) ? theme : null,
    raisedBy: isPartnerCode(raisedBy) && raisedBy !== 'SECRETARIAT' ? raisedBy : null,
    group: isVulnerableGroup(group) ? group : null,
    awaiting: params.get('awaiting') === '1',
  };
}

export function paramsFromCaseFilters(filters: CaseListFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('q', search.slice(0, SEARCH_MAX));
  if (filters.status) params.set('status', filters.status);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.raisedBy) params.set('raisedBy', filters.raisedBy);
  if (filters.group) params.set('group', filters.group);
  if (filters.awaiting) params.set('awaiting', '1');
  return params;
}

/** The API filter; what is left out is not filtered on. */
export function apiCaseFilter(filters: CaseListFilters): CasesFilter {
  const filter: CasesFilter = {};
  const search = filters.search.trim();
  if (search) filter.search = search.slice(0, SEARCH_MAX);
  if (filters.status) filter.statuses = [filters.status];
  if (filters.theme) filter.themeCodes = [filters.theme];
  if (filters.raisedBy) filter.raisedBy = filters.raisedBy;
  if (filters.group) filter.vulnerableGroup = filters.group;
  if (filters.awaiting) filter.awaitingAnswer = true;
  return filter;
}

export function isCaseListFiltered(filters: CaseListFilters): boolean {
  return Boolean(
    filters.search.trim() ||
    filters.status ||
    filters.theme ||
    filters.raisedBy ||
    filters.group ||
    filters.awaiting,
  );
}
