import {
  EMPTY_CASE_FILTERS,
  apiCaseFilter,
  caseFiltersFromParams,
  isCaseListFiltered,
  paramsFromCaseFilters,
} from '../filters';

describe('case list filters', () => {
  it('reads every filter from the address', () => {
    const filters = caseFiltersFromParams(
      new URLSearchParams(
        'q=lawyer&status=RSDL&theme=FREE_EXPRESSION&raisedBy=EU&group=WOMEN&awaiting=1',
      ),
    );
    expect(filters).toEqual({
      search: 'lawyer',
      status: 'RSDL',
      theme: 'FREE_EXPRESSION',
      raisedBy: 'EU',
      group: 'WOMEN',
      awaiting: true,
    });
  });

  it('drops what it does not know instead of sending it to the API', () => {
    const filters = caseFiltersFromParams(
      new URLSearchParams(
        'status=LOST&raisedBy=SECRETARIAT&group=MEN&theme=drop%20table&awaiting=yes',
      ),
    );
    expect(filters).toEqual(EMPTY_CASE_FILTERS);
    expect(caseFiltersFromParams(new URLSearchParams('raisedBy=XX')).raisedBy).toBeNull();
    expect(caseFiltersFromParams(new URLSearchParams(`q=${'a'.repeat(300)}`)).search).toHaveLength(
      200,
    );
  });

  it('writes back only what is set, and reads the same filters again', () => {
    const filters = {
      ...EMPTY_CASE_FILTERS,
      search: '  Lan  ',
      status: 'DETAINED' as const,
      awaiting: true,
    };
    const params = paramsFromCaseFilters(filters);
    expect(params.toString()).toBe('q=Lan&status=DETAINED&awaiting=1');
    expect(caseFiltersFromParams(params)).toEqual({ ...filters, search: 'Lan' });
    expect(paramsFromCaseFilters(EMPTY_CASE_FILTERS).toString()).toBe('');
  });

  it('builds the API filter, leaving out what is not filtered on', () => {
    expect(apiCaseFilter(EMPTY_CASE_FILTERS)).toEqual({});
    expect(
      apiCaseFilter({
        search: ' Tibet ',
        status: 'DISAPPEARED',
        theme: 'MINORITY_RIGHTS',
        raisedBy: 'CA',
        group: 'ETHNIC_MINORITIES',
        awaiting: true,
      }),
    ).toEqual({
      search: 'Tibet',
      statuses: ['DISAPPEARED'],
      themeCodes: ['MINORITY_RIGHTS'],
      raisedBy: 'CA',
      vulnerableGroup: 'ETHNIC_MINORITIES',
      awaitingAnswer: true,
    });
  });

  it('knows when the list is filtered (blank words do not count)', () => {
    expect(isCaseListFiltered(EMPTY_CASE_FILTERS)).toBe(false);
    expect(isCaseListFiltered({ ...EMPTY_CASE_FILTERS, search: '   ' })).toBe(false);
    expect(isCaseListFiltered({ ...EMPTY_CASE_FILTERS, awaiting: true })).toBe(true);
  });
});
