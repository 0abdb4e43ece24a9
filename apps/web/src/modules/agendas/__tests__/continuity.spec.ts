import { parseMeetingsChange } from '../../meetings/live';
import { historyLine } from '../history';
import { parseSnapshot } from '../versions';
import { countdown, localDeadline } from '../silence';
import { highlightParts } from '../highlight';
import { createInstance } from 'i18next';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import { byYear, filterByKind, kindCounts, meetingSummary, partnerLineKey } from '../timeline';
import {
  EMPTY_FILTERS,
  apiFilter,
  filtersFromParams,
  isFiltered,
  paramsFromFilters,
} from '../search-filters';
import { draftFrom, prefillOf, textChanged, withInfluence, EMPTY_DRAFT } from '../item-form';

describe('history lines', () => {
  it('reads positions and their texts from the API’s detail', () => {
    expect(
      historyLine({ event: 'consent', partnerCode: 'HU', detail: 'OBJECTION: Not this round.' }),
    ).toEqual({ kind: 'consent', partner: 'HU', position: 'OBJECTION', text: 'Not this round.' });
    expect(historyLine({ event: 'consent', partnerCode: 'EU', detail: 'AGREE' })).toEqual({
      kind: 'consent',
      partner: 'EU',
      position: 'AGREE',
      text: null,
    });
  });

  it('reads state changes with their reason, edits that reset positions, silence procedures', () => {
    expect(
      historyLine({
        event: 'state',
        fromState: 'CONTESTED',
        toState: 'DEFERRED',
        detail: 'Back in Brussels.',
      }),
    ).toEqual({ kind: 'state', from: 'CONTESTED', to: 'DEFERRED', reason: 'Back in Brussels.' });
    expect(
      historyLine({
        event: 'edited',
        detail: 'text changed; positions reset; silence procedure stopped',
      }),
    ).toEqual({ kind: 'edited', positionsReset: true, silenceStopped: true });
    expect(historyLine({ event: 'edited', detail: 'details' })).toEqual({
      kind: 'edited',
      positionsReset: false,
      silenceStopped: false,
    });
    expect(historyLine({ event: 'silence-opened', detail: '2026-12-01T16:00:00.000Z' })).toEqual({
      kind: 'silenceOpened',
      deadline: '2026-12-01T16:00:00.000Z',
    });
    expect(historyLine({ event: 'silence-broken' }).kind).toBe('silenceBroken');
  });

  it('keeps unknown events readable', () => {
    expect(historyLine({ event: 'merged', detail: 'with another item' })).toEqual({
      kind: 'other',
      event: 'merged',
      detail: 'with another item',
    });
    expect(historyLine({ event: 'consent', detail: 'MAYBE' }).kind).toBe('other');
  });
});

describe('locked versions', () => {
  it('reads a snapshot and drops what it cannot read', () => {
    const snapshot = JSON.stringify([
      {
        id: 'i1',
        title: 'Death penalty',
        state: 'AGREED',
        minutes: 30,
        proposingPartner: 'EU',
        themeCodes: ['DEATH_PENALTY'],
        consents: [
          { partnerCode: 'EU', position: 'AGREE', text: null },
          { partnerCode: 'CA', position: 'RESERVATION', text: 'Only statistics.' },
          { partnerCode: 'XX', position: 'MAYBE' },
        ],
      },
      { title: 'No state' },
      'junk',
    ]);
    const items = parseSnapshot(snapshot);
    expect(items).toHaveLength(1);
    expect(items[0].consents).toEqual([
      { partnerCode: 'EU', position: 'AGREE', text: null },
      { partnerCode: 'CA', position: 'RESERVATION', text: 'Only statistics.' },
    ]);
    expect(parseSnapshot('not json')).toEqual([]);
    expect(parseSnapshot('{}')).toEqual([]);
  });
});

describe('silence procedures', () => {
  it('counts down in days, hours and minutes', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(countdown('2026-12-03T13:30:00Z', now)).toEqual({
      passed: false,
      days: 2,
      hours: 3,
      minutes: 30,
    });
    expect(countdown('2026-12-01T10:00:30Z', now)).toEqual({
      passed: false,
      days: 0,
      hours: 0,
      minutes: 1,
    });
    expect(countdown('2026-12-01T09:59:00Z', now).passed).toBe(true);
  });

  it('reads a deadline typed in the viewer’s zone and refuses impossible ones', () => {
    const deadline = localDeadline('2026-12-01', '17:30');
    expect(deadline?.getHours()).toBe(17);
    expect(deadline?.getMinutes()).toBe(30);
    expect(localDeadline('2026-02-31', '10:00')).toBeNull();
    expect(localDeadline(null, '10:00')).toBeNull();
    expect(localDeadline('2026-12-01', '25:00')).toBeNull();
  });
});

describe('search', () => {
  it('marks the highlighted stretches, merging overlaps', () => {
    expect(
      highlightParts('Death penalty statistics', [
        { start: 6, length: 7 },
        { start: 10, length: 5 },
      ]),
    ).toEqual([
      { text: 'Death ', mark: false },
      { text: 'penalty s', mark: true },
      { text: 'tatistics', mark: false },
    ]);
    expect(highlightParts('abc', [{ start: 5, length: 2 }])).toEqual([
      { text: 'abc', mark: false },
    ]);
  });

  it('keeps the filters in the address and sends only what is set', () => {
    const filters = {
      ...EMPTY_FILTERS,
      text: ' evictions ',
      themeCodes: ['HOUSING_EVICTIONS', 'DEATH_PENALTY'],
      vulnerableGroups: ['CHILDREN' as const],
      influenceRegion: 'AFRICA' as const,
      states: ['DEFERRED' as const],
      from: '2007-01-01',
      to: '2007-12-31',
      page: 2,
    };
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe(
      'q=evictions&themes=HOUSING_EVICTIONS%2CDEATH_PENALTY&groups=CHILDREN&region=AFRICA&states=DEFERRED&from=2007-01-01&to=2007-12-31&page=2',
    );
    expect(filtersFromParams(params)).toEqual({ ...filters, text: 'evictions' });
    const api = apiFilter(filters);
    expect(api).toMatchObject({
      text: 'evictions',
      states: ['DEFERRED'],
      influenceRegion: 'AFRICA',
    });
    // "to" is inclusive for the reader: the API gets the start of the next day.
    expect(new Date(api.to!).getDate()).toBe(1);
    expect(new Date(api.to!).getMonth()).toBe(0);
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
    expect(apiFilter(EMPTY_FILTERS)).toEqual({});
  });

  it('ignores what the address cannot mean', () => {
    const filters = filtersFromParams(
      new URLSearchParams('groups=CHILDREN,GIANTS&region=MARS&states=LOST&from=yesterday&page=-3'),
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, vulnerableGroups: ['CHILDREN'] });
  });
});

describe('theme timeline', () => {
  const entries = [
    { kind: 'MEETING', date: '2008-05-15T08:00:00Z' },
    { kind: 'AGENDA_ITEM', date: '2008-05-15T08:00:00Z' },
    { kind: 'BRIEFING_NOTE', date: '2007-11-20T09:00:00Z' },
    { kind: 'AGENDA_ITEM', date: '2007-11-20T09:00:00Z' },
  ];

  it('counts and filters by kind, keeping the order', () => {
    expect([...kindCounts(entries)]).toEqual([
      ['MEETING', 1],
      ['AGENDA_ITEM', 2],
      ['BRIEFING_NOTE', 1],
    ]);
    expect(filterByKind(entries, ['AGENDA_ITEM']).map((e) => e.date)).toEqual([
      '2008-05-15T08:00:00Z',
      '2007-11-20T09:00:00Z',
    ]);
    expect(filterByKind(entries, [])).toHaveLength(4);
  });

  it('says what happened at a meeting in English and in French, with plurals', async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: en }, fr: { translation: fr } },
      interpolation: { escapeValue: false },
    });
    const counts = {
      agendaItems: 3,
      states: [
        { state: 'AGREED' as const, count: 2 },
        { state: 'DEFERRED' as const, count: 1 },
      ],
      briefingNotes: 1,
      benchmarkAssessments: 2,
    };
    const t = i18n.t;
    expect(meetingSummary(counts, t)).toBe(
      '3 items on this theme: 2 agreed, 1 deferred; 1 briefing note; 2 benchmark assessments',
    );
    await i18n.changeLanguage('fr');
    expect(meetingSummary(counts, t)).toBe(
      '3 points sur ce thème : 2 adoptés, 1 reporté ; 1 note d’information ; 2 évaluations de critères',
    );
    expect(
      meetingSummary(
        {
          agendaItems: 1,
          states: [{ state: 'CONTESTED' as const, count: 1 }],
          briefingNotes: 0,
          benchmarkAssessments: 0,
        },
        t,
      ),
    ).toBe('1 point sur ce thème : 1 contesté');
    expect(
      meetingSummary({ agendaItems: 0, states: [], briefingNotes: 0, benchmarkAssessments: 0 }, t),
    ).toBe('');
  });

  it('names the partner of each kind of entry for what it did', () => {
    expect(
      ['AGENDA_ITEM', 'BRIEFING_NOTE', 'BENCHMARK_ANSWER', 'CASE_ANSWER'].map(partnerLineKey),
    ).toEqual([
      'themes.timeline.proposedBy',
      'themes.timeline.ownedBy',
      'themes.timeline.assessedBy',
      'themes.timeline.raisedBy',
    ]);
  });

  it('groups by year, newest first', () => {
    expect(byYear(entries).map(([year, group]) => [year, group.length])).toEqual([
      [2008, 2],
      [2007, 2],
    ]);
  });
});

describe('the proposal form’s draft', () => {
  it('starts from a suggestion, switching on the influence toggle for its theme', () => {
    const draft = draftFrom(
      {
        title: 'Evictions',
        themeCodes: ['INFLUENCE_ABROAD'],
        influenceRegion: 'AFRICA',
        minutes: 20,
      },
      { ...EMPTY_DRAFT, proposingPartner: 'EU' },
    );
    expect(draft).toMatchObject({
      proposingPartner: 'EU',
      title: 'Evictions',
      influence: true,
      influenceRegion: 'AFRICA',
      minutes: 20,
    });
    expect(draftFrom(null)).toBe(EMPTY_DRAFT);
  });

  it('reads only known values from router state', () => {
    expect(
      prefillOf({
        prefill: {
          title: 'T',
          vulnerableGroups: ['WOMEN', 'GIANTS'],
          influenceRegion: 'MARS',
          minutes: '9',
        },
      }),
    ).toEqual({
      title: 'T',
      description: undefined,
      themeCodes: undefined,
      vulnerableGroups: ['WOMEN'],
      influenceRegion: null,
      minutes: undefined,
    });
    expect(prefillOf(null)).toBeNull();
    expect(prefillOf({ other: 1 })).toBeNull();
  });

  it('tags the influence theme when the toggle goes on and clears the region when it goes off', () => {
    const on = withInfluence({ ...EMPTY_DRAFT, influenceRegion: null }, true);
    expect(on.themeCodes).toEqual(['INFLUENCE_ABROAD']);
    expect(withInfluence(on, true).themeCodes).toEqual(['INFLUENCE_ABROAD']);
    const off = withInfluence({ ...on, influenceRegion: 'AFRICA' }, false);
    expect(off).toMatchObject({ influence: false, influenceRegion: null });
  });

  it('knows when an edit changes the text partners agreed to', () => {
    const original = { title: 'Death penalty', description: 'Statistics.' };
    expect(textChanged(original, { title: 'Death penalty ', description: 'Statistics.' })).toBe(
      false,
    );
    expect(
      textChanged(original, { title: 'Death penalty', description: 'Statistics, reviews.' }),
    ).toBe(true);
  });
});

describe('live pushes', () => {
  it('carry who changed an agenda', () => {
    expect(parseMeetingsChange({ type: 'agenda', id: 'm1', by: ' Eleanor Vance ' })).toEqual({
      type: 'agenda',
      id: 'm1',
      by: 'Eleanor Vance',
    });
    expect(parseMeetingsChange({ type: 'agenda', id: 'm1', by: 42 })).toEqual({
      type: 'agenda',
      id: 'm1',
    });
  });
});
