import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import {
  AgendaConsentEntity,
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemHistoryEntity,
  AgendaVersionEntity,
} from '../src/modules/agendas/agenda.entity';
import { DEMO_AGENDAS, demoAgendaItemId, seedAgendas } from '../src/modules/agendas/agendas.seed';
import { DEMO_BENCHMARKS } from '../src/modules/benchmarks/benchmarks.seed';
import { MeetingParticipantEntity } from '../src/modules/meetings/meeting.entity';
import { demoMeetingId } from '../src/modules/meetings/meetings.seed';
import { createUser, randomId, signIn } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const SUMMARY = `id meetingId title description proposingPartner state guestVisible themeCodes
  vulnerableGroups influenceRegion path
  outcome { state summary positions { partnerCode position text } }
  meeting { id title kind city timeZone startsAt status path }`;
const TIMELINE = `query($code: String!, $limit: Int) { themeTimeline(themeCode: $code, limit: $limit) {
  kind id date title detail partnerCode path
  meetingCounts { agendaItems states { state count } briefingNotes benchmarkAssessments }
  meeting { id title startsAt }
  outcome { state summary positions { partnerCode position text } } } }`;
const RAISED = `query($codes: [String!]!, $exclude: ID, $limit: Int) {
  agendaItemsRaisedBefore(themeCodes: $codes, excludeMeetingId: $exclude, limit: $limit) {
    sharedThemeCodes item { ${SUMMARY} } } }`;
const ITEM_HISTORY = `query($id: ID!) { agendaItemHistoryOnThemes(itemId: $id) {
  sharedThemeCodes item { ${SUMMARY} } } }`;
const SUGGESTIONS = `query($m: ID!) { agendaSuggestions(meetingId: $m) {
  previousMeeting { id title }
  suggestions { reason why title description alreadyOnAgenda
    agendaItem { id state outcome { summary positions { partnerCode position text } } }
    actionItem { id title dueDate ownerPartner status } } } }`;
const SEARCH = `query($filter: AgendaItemSearchFilter, $limit: Int, $offset: Int) {
  searchAgendaItems(filter: $filter, limit: $limit, offset: $offset) {
    total offset limit
    results { titleHighlights { start length } snippet { text highlights { start length } }
      item { ${SUMMARY} } } } }`;
const AGENDA = `query($m: ID!) { agenda(meetingId: $m) { status version items { id state
  consents { partnerCode position text } } } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const PROPOSE = `mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) { id state } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { recordAgendaConsent(input: $input) { id state } }`;

interface Summary {
  id: string;
  meetingId: string;
  title: string;
  state: string;
  themeCodes: string[];
  vulnerableGroups: string[];
  outcome: {
    state: string;
    summary: string;
    positions: { partnerCode: string; position: string; text: string | null }[];
  };
  meeting: { id: string; title: string; startsAt: string };
  path: string;
}
interface Entry {
  kind: string;
  id: string;
  date: string;
  title: string;
  detail: string | null;
  meetingCounts: {
    agendaItems: number;
    states: { state: string; count: number }[];
    briefingNotes: number;
    benchmarkAssessments: number;
  } | null;
  partnerCode: string | null;
  path: string;
  meeting: { id: string } | null;
  outcome: Summary['outcome'] | null;
}
interface SearchPage {
  total: number;
  results: {
    titleHighlights: { start: number; length: number }[];
    snippet: { text: string; highlights: { start: number; length: number }[] } | null;
    item: Summary;
  }[];
}

const BERNE_2026 = demoMeetingId(2026, 'BERNE');
const BRUSSELS_2026 = demoMeetingId(2026, 'BRUSSELS');
const BRUSSELS_2025 = demoMeetingId(2025, 'BRUSSELS');
const item = (year: number, slot: Parameters<typeof demoMeetingId>[1], index: number) =>
  demoAgendaItemId(demoMeetingId(year, slot), index);

describe('agenda continuity: theme timeline, raised before, suggestions, search', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    const [guest, euCoordinator] = await Promise.all([
      createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' }),
      createUser(t, { role: 'COORDINATOR', partnerCode: 'EU', label: 'eu-coord' }),
    ]);
    const agents = await Promise.all([
      ...Object.values(demo).map((email) => t.as(email)),
      signIn(t, guest.email, guest.password).then((s) => s.agent),
      signIn(t, euCoordinator.email, euCoordinator.password).then((s) => s.agent),
    ]);
    [...Object.keys(demo), 'guest', 'euCoordinator'].forEach((name, i) => (as[name] = agents[i]));
    as.anonymous = t.agent();
  }, 30_000);
  afterAll(() => t?.close());

  const timeline = async (who: string, code: string, limit?: number) => {
    const res = await gql(as[who], TIMELINE, { code, limit });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.themeTimeline as Entry[];
  };
  const search = async (who: string, filter: Record<string, unknown>, limit?: number) => {
    const res = await gql(as[who], SEARCH, { filter, limit });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.searchAgendaItems as SearchPage;
  };
  const createMeeting = async (who: string, input: Record<string, unknown>) => {
    const res = await gql(as[who], CREATE_MEETING, {
      input: {
        city: 'Bern',
        timeZone: 'Europe/Zurich',
        classification: 'PARTNERS',
        ...input,
      },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createMeeting.id as string;
  };
  const propose = async (who: string, input: Record<string, unknown>) => {
    const res = await gql(as[who], PROPOSE, { input: { minutes: 30, ...input } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.proposeAgendaItem as { id: string; state: string };
  };

  describe('demo agendas', () => {
    it('past agendas are locked with agreed, deferred or withdrawn items; positions make the state', async () => {
      const locked = await ds.getRepository(AgendaEntity).find({ where: { status: 'LOCKED' } });
      const lockedIds = new Set(locked.map((a) => a.meetingId));
      expect(
        DEMO_AGENDAS.filter((a) => a.status === 'LOCKED').every((a) => lockedIds.has(a.meetingId)),
      ).toBe(true);
      expect(lockedIds.has(demoMeetingId(2007, 'ROUND'))).toBe(true);
      expect(lockedIds.has(BRUSSELS_2026)).toBe(false);
      const items = await ds.getRepository(AgendaItemEntity).find();
      const consents = await ds.getRepository(AgendaConsentEntity).find();
      const participants = await ds.getRepository(MeetingParticipantEntity).find();
      const lockedItems = items.filter((i) => lockedIds.has(i.meetingId));
      expect(lockedItems.length).toBeGreaterThan(40);
      for (const i of lockedItems) {
        expect(['AGREED', 'DEFERRED', 'WITHDRAWN']).toContain(i.state);
        const of = consents.filter((c) => c.itemId === i.id);
        if (i.state === 'AGREED') {
          // Every participating partner agreed (or agreed with a reservation); nobody objected.
          const partners = participants.filter((p) => p.meetingId === i.meetingId);
          expect(of.map((c) => c.partnerCode).sort()).toEqual(
            partners.map((p) => p.partnerCode).sort(),
          );
          expect(of.every((c) => c.position === 'AGREE' || c.position === 'RESERVATION')).toBe(
            true,
          );
        }
        for (const c of of) {
          if (c.position === 'OBJECTION' || c.position === 'RESERVATION')
            expect(c.text).toBeTruthy();
        }
      }
      // Every state occurs, and a locked agenda has its frozen version.
      expect(new Set(items.map((i) => i.state))).toEqual(
        new Set(['PROPOSED', 'IN_CONSULTATION', 'AGREED', 'CONTESTED', 'WITHDRAWN', 'DEFERRED']),
      );
      const versions = await ds.getRepository(AgendaVersionEntity).find({
        where: { meetingId: BERNE_2026 },
      });
      expect(versions).toHaveLength(1);
      expect(JSON.parse(versions[0].snapshot)).toHaveLength(5);
    });

    it('the coming Brussels session has an open agenda: items in consultation and a contested one with its objection', async () => {
      const res = await gql(as.usDiplomat, AGENDA, { m: BRUSSELS_2026 });
      expect(res.body.errors).toBeUndefined();
      const agenda = res.body.data.agenda;
      expect(agenda.status).toBe('OPEN');
      const states = agenda.items.map((i: { state: string }) => i.state);
      expect(states).toContain('IN_CONSULTATION');
      const contested = agenda.items.find((i: { state: string }) => i.state === 'CONTESTED');
      expect(contested.consents).toContainEqual({
        partnerCode: 'HU',
        position: 'OBJECTION',
        text: expect.stringMatching(/joint request would commit us/),
      });
      const bern = (await gql(as.usDiplomat, AGENDA, { m: BERNE_2026 })).body.data.agenda;
      expect(bern).toMatchObject({ status: 'LOCKED', version: 1 });
    });

    it('the history replays who proposed and who took which position', async () => {
      const history = await ds.getRepository(AgendaItemHistoryEntity).find({
        where: { itemId: item(2026, 'BERNE', 2) },
        order: { at: 'ASC' },
      });
      expect(history.map((h) => [h.event, h.toState])).toEqual(
        expect.arrayContaining([
          ['proposed', 'PROPOSED'],
          ['state', 'CONTESTED'],
          ['state', 'DEFERRED'],
        ]),
      );
      expect(history.find((h) => h.partnerCode === 'HU')?.detail).toMatch(/^OBJECTION: /);
    });

    it('seeding again changes nothing', async () => {
      const count = async () => ({
        agendas: await ds.getRepository(AgendaEntity).count(),
        items: await ds.getRepository(AgendaItemEntity).count(),
        consents: await ds.getRepository(AgendaConsentEntity).count(),
        history: await ds.getRepository(AgendaItemHistoryEntity).count(),
        versions: await ds.getRepository(AgendaVersionEntity).count(),
      });
      const before = await count();
      expect(await seedAgendas(ds)).toEqual({ agendas: 0, items: 0 });
      expect(await count()).toEqual(before);
    });
  });

  describe('themeTimeline', () => {
    it('lists a theme’s earlier occurrences across all rounds, newest first, down to the 2006 and 2007 rounds', async () => {
      const entries = await timeline('usDiplomat', 'ICCPR_RATIFICATION');
      const dates = entries.map((e) => new Date(e.date).getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(entries.filter((e) => e.kind === 'AGENDA_ITEM').map((e) => e.id)).toEqual([
        item(2026, 'BRUSSELS', 4),
        item(2025, 'ROUND', 0),
        item(2024, 'BRUSSELS', 0),
        item(2024, 'BERNE', 0),
        item(2023, 'BERNE', 2),
        item(2023, 'ROUND', 0),
        item(2022, 'BERNE', 0),
        item(2007, 'ROUND', 0),
        item(2006, 'ROUND', 2),
      ]);
      // Each meeting heads its items.
      const berlin = entries.findIndex(
        (e) => e.kind === 'MEETING' && e.id === demoMeetingId(2007, 'ROUND'),
      );
      expect(entries[berlin]).toMatchObject({
        title: 'EU–China human rights dialogue, 23rd round, Berlin',
        detail: '1 item on this theme: 1 agreed',
        // The same counts, for the web app to say in the reader's language.
        meetingCounts: {
          agendaItems: 1,
          states: [{ state: 'AGREED', count: 1 }],
          briefingNotes: 0,
          benchmarkAssessments: 0,
        },
      });
      // Only meetings carry counts.
      expect(
        entries.filter((e) => e.kind !== 'MEETING').every((e) => e.meetingCounts === null),
      ).toBe(true);
      expect(entries[berlin + 1]).toMatchObject({
        kind: 'AGENDA_ITEM',
        title: 'Ratification of the ICCPR: legislative preparations',
        meeting: { id: demoMeetingId(2007, 'ROUND') },
        outcome: { state: 'AGREED', summary: 'Agreed', positions: [] },
      });
      // The deferred item carries its objection, the agreed one its reservation.
      expect(entries.find((e) => e.id === item(2024, 'BERNE', 0))?.outcome).toEqual({
        state: 'DEFERRED',
        summary: 'Deferred; objection by Hungary',
        positions: [
          {
            partnerCode: 'HU',
            position: 'OBJECTION',
            text: expect.stringMatching(/^A time limit set by us alone/),
          },
        ],
      });
      expect(entries.find((e) => e.id === item(2024, 'BRUSSELS', 0))?.outcome?.summary).toBe(
        'Agreed; reservation by Hungary',
      );
    });

    it('includes briefing notes the caller may read, and only those', async () => {
      const deathPenalty = await timeline('usDiplomat', 'DEATH_PENALTY');
      expect(deathPenalty).toContainEqual(
        expect.objectContaining({
          kind: 'BRIEFING_NOTE',
          title: 'Berne session — death penalty statistics talking points',
          detail: 'European Union',
          path: '/briefing-notes/5f0c1a52-7d1e-4c43-9b1a-0b7e2d9a1001',
        }),
      );
      const privateTitle = 'EU delegation draft: minority rights in Xinjiang';
      const forEu = await timeline('euDiplomat', 'MINORITY_RIGHTS');
      const forUs = await timeline('usDiplomat', 'MINORITY_RIGHTS');
      expect(forEu.map((e) => e.title)).toContain(privateTitle);
      expect(forUs.map((e) => e.title)).not.toContain(privateTitle);
      expect(forUs.filter((e) => e.kind === 'AGENDA_ITEM').length).toBe(
        forEu.filter((e) => e.kind === 'AGENDA_ITEM').length,
      );
      expect(await timeline('usDiplomat', 'DEATH_PENALTY', 3)).toHaveLength(3);
    });

    it('includes the assessments of benchmarks on the theme the caller may read, and only those', async () => {
      const iccpr = DEMO_BENCHMARKS.find((b) => b.n === 1)!;
      const entries = await timeline('usDiplomat', 'ICCPR_RATIFICATION');
      expect(entries).toContainEqual(
        expect.objectContaining({
          kind: 'BENCHMARK_ANSWER',
          date: '2025-11-20T00:00:00.000Z',
          title: iccpr.statement,
          meeting: expect.objectContaining({ id: BRUSSELS_2025 }),
          outcome: null,
          detail:
            'Limited progress (European Union). China’s response: Ratification is a matter of China’s own pace.',
          partnerCode: 'EU',
          path: expect.stringMatching(/^\/benchmarks\/[0-9a-f-]{36}$/),
        }),
      );
      const answers = entries.filter((e) => e.kind === 'BENCHMARK_ANSWER');
      expect(answers.every((a) => a.outcome === null && a.path.startsWith('/benchmarks/'))).toBe(
        true,
      );
      const dates = entries.map((e) => new Date(e.date).getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      // The meeting where it was assessed says so.
      const brussels = entries.find((e) => e.kind === 'MEETING' && e.id === BRUSSELS_2025);
      expect(brussels?.detail).toMatch(/benchmark assessment/);
      expect(brussels?.meetingCounts?.benchmarkAssessments).toBe(
        answers.filter((a) => a.meeting?.id === BRUSSELS_2025).length,
      );

      // An EU-private benchmark on judicial independence: the EU reads its assessments, the US
      // neither them nor a count of them.
      const draft = DEMO_BENCHMARKS.find((b) => b.n === 21)!;
      expect(draft.classification).toBe('PARTNER_PRIVATE');
      const forEu = await timeline('euDiplomat', 'JUDICIAL_INDEPENDENCE');
      const forUs = await timeline('usDiplomat', 'JUDICIAL_INDEPENDENCE');
      const euDraft = forEu.filter((e) => e.title === draft.statement);
      expect(euDraft.map((e) => e.kind)).toEqual(['BENCHMARK_ANSWER', 'BENCHMARK_ANSWER']);
      expect(euDraft.map((e) => e.detail)).toEqual([
        'Regressed (European Union)',
        'Regressed (European Union)',
      ]);
      expect(JSON.stringify(forUs)).not.toContain(draft.statement);
      expect(forUs.some((e) => euDraft.some((d) => d.path === e.path))).toBe(false);
      // The shared suspension criterion on the same theme stays visible to the US.
      const shared = DEMO_BENCHMARKS.find((b) => b.n === 31)!;
      expect(forUs.filter((e) => e.title === shared.statement)).toHaveLength(3);
      expect(forUs.filter((e) => e.kind === 'BENCHMARK_ANSWER')).toHaveLength(
        forEu.filter((e) => e.kind === 'BENCHMARK_ANSWER').length - 2,
      );
      // Each meeting counts the assessments its reader sees there, no more.
      for (const entries of [forEu, forUs]) {
        for (const m of entries.filter((e) => e.kind === 'MEETING')) {
          expect(m.meetingCounts?.benchmarkAssessments).toBe(
            entries.filter((e) => e.kind === 'BENCHMARK_ANSWER' && e.meeting?.id === m.id).length,
          );
        }
      }
    });

    it('includes raisings of individual cases and their answers for readers cleared for them only', async () => {
      const forEu = await timeline('euDiplomat', 'MINORITY_RIGHTS', 200);
      const cases = forEu.filter((e) => e.kind === 'CASE_ANSWER');
      // DEMO-002 (three raisings), DEMO-003 (two) and DEMO-008 (two) are on minority rights.
      expect(cases).toHaveLength(7);
      expect(cases).toContainEqual(
        expect.objectContaining({
          kind: 'CASE_ANSWER',
          date: '2024-06-13T00:00:00.000Z',
          title: 'DEMO-002 · Lobsang Tsering',
          meeting: expect.objectContaining({ id: demoMeetingId(2024, 'ROUND') }),
          detail:
            'Raised by European Union at the round: refused — Called an internal affair of China.',
          partnerCode: 'EU',
          path: expect.stringMatching(/^\/cases\//),
        }),
      );
      // Not cleared: no case, and no trace of one.
      for (const who of ['usDiplomat', 'caCoordinator']) {
        const entries = await timeline(who, 'MINORITY_RIGHTS', 200);
        expect(entries.filter((e) => e.kind === 'CASE_ANSWER')).toEqual([]);
        expect(JSON.stringify(entries)).not.toContain('Lobsang Tsering');
      }
    });

    it('refuses an unknown theme, guests and anonymous callers', async () => {
      expect(errorCode(await gql(as.usDiplomat, TIMELINE, { code: 'NO_SUCH_THEME' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        errorCode(await gql(as.usDiplomat, TIMELINE, { code: 'DEATH_PENALTY', limit: 501 })),
      ).toBe('BAD_USER_INPUT');
      const guest = await gql(as.guest, TIMELINE, { code: 'DEATH_PENALTY' });
      expect(errorCode(guest)).toBe('FORBIDDEN');
      expect(guest.body.data).toBeNull();
      expect(errorCode(await gql(as.anonymous, TIMELINE, { code: 'DEATH_PENALTY' }))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('raised before', () => {
    it('finds the previous occurrences of a theme with their meeting, date and outcome', async () => {
      const res = await gql(as.caCoordinator, RAISED, {
        codes: ['HOUSING_EVICTIONS'],
        exclude: BRUSSELS_2026,
      });
      expect(res.body.errors).toBeUndefined();
      const found = res.body.data.agendaItemsRaisedBefore as {
        sharedThemeCodes: string[];
        item: Summary;
      }[];
      expect(found.map((f) => [f.item.id, f.item.outcome.state])).toEqual([
        [item(2025, 'BRUSSELS', 0), 'AGREED'],
        [item(2025, 'BERNE', 2), 'DEFERRED'],
        [item(2024, 'BRUSSELS', 3), 'WITHDRAWN'],
        [item(2023, 'NGO', 1), 'AGREED'],
        [item(2022, 'BRUSSELS', 0), 'AGREED'],
      ]);
      expect(found[0].item.meeting).toMatchObject({
        id: demoMeetingId(2025, 'BRUSSELS'),
        title: 'Berne Process session, Brussels 2025',
        startsAt: '2025-11-20T08:00:00.000Z',
      });
      expect(found[0].sharedThemeCodes).toEqual(['HOUSING_EVICTIONS']);
      expect(found[0].item.path).toBe(
        `/meetings/${demoMeetingId(2025, 'BRUSSELS')}/agenda?item=${item(2025, 'BRUSSELS', 0)}`,
      );

      // Before the Bern 2025 session only, and more of them.
      const earlier = await gql(as.caCoordinator, RAISED, {
        codes: ['HOUSING_EVICTIONS', 'ORGAN_TRANSPLANTS'],
        exclude: demoMeetingId(2025, 'BERNE'),
        limit: 20,
      });
      const ids = earlier.body.data.agendaItemsRaisedBefore.map(
        (f: { item: Summary }) => f.item.id,
      );
      expect(ids[0]).toBe(item(2024, 'BRUSSELS', 3));
      expect(ids).toContain(item(2022, 'BRUSSELS', 3));
      expect(ids).toContain(item(2022, 'BERNE', 3));
      expect(ids).not.toContain(item(2025, 'BERNE', 2));
      const deferred = earlier.body.data.agendaItemsRaisedBefore.find(
        (f: { item: Summary }) => f.item.id === item(2022, 'BRUSSELS', 3),
      );
      expect(deferred.item.outcome).toMatchObject({
        state: 'DEFERRED',
        positions: [{ partnerCode: 'HU', position: 'OBJECTION', text: expect.any(String) }],
      });
    });

    it('gives the same history inline for an item already on an agenda', async () => {
      const res = await gql(as.usDiplomat, ITEM_HISTORY, { id: item(2026, 'BRUSSELS', 0) });
      expect(res.body.errors).toBeUndefined();
      const found = res.body.data.agendaItemHistoryOnThemes as {
        sharedThemeCodes: string[];
        item: Summary;
      }[];
      expect(found).toHaveLength(5);
      expect(found[0].item).toMatchObject({
        id: item(2026, 'BERNE', 2),
        title: 'Minority rights in Inner Mongolia: language of instruction',
        outcome: { state: 'DEFERRED', summary: 'Deferred; objection by Hungary' },
      });
      for (const f of found) {
        expect(f.sharedThemeCodes).toContain('MINORITY_RIGHTS');
        expect(new Date(f.item.meeting.startsAt).getTime()).toBeLessThan(
          Date.parse('2026-12-03T08:00:00Z'),
        );
      }
    });

    it('refuses bad input and guests', async () => {
      expect(errorCode(await gql(as.usDiplomat, RAISED, { codes: [] }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(as.usDiplomat, RAISED, { codes: ['NOPE'] }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await gql(as.guest, RAISED, { codes: ['DEATH_PENALTY'] }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await gql(as.guest, ITEM_HISTORY, { id: item(2026, 'BRUSSELS', 0) }))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('suggestions', () => {
    it('offers the Bern session’s deferred items and its open action items for Brussels, saying why', async () => {
      const res = await gql(as.usDiplomat, SUGGESTIONS, { m: BRUSSELS_2026 });
      expect(res.body.errors).toBeUndefined();
      const { previousMeeting, suggestions } = res.body.data.agendaSuggestions;
      expect(previousMeeting).toEqual({
        id: BERNE_2026,
        title: 'Berne Process session, Bern 2026',
      });
      const deferred = suggestions.filter((s: { reason: string }) => s.reason === 'DEFERRED');
      expect(deferred.map((s: { agendaItem: { id: string } }) => s.agendaItem.id)).toEqual([
        item(2026, 'BERNE', 2),
        item(2026, 'BERNE', 3),
      ]);
      expect(deferred[0]).toMatchObject({
        title: 'Minority rights in Inner Mongolia: language of instruction',
        why: 'Deferred at Berne Process session, Bern 2026 after an objection by Hungary: not discussed yet.',
        // Sweden proposed it again for Brussels.
        alreadyOnAgenda: true,
      });
      expect(deferred[0].agendaItem.outcome.positions).toEqual([
        { partnerCode: 'HU', position: 'OBJECTION', text: expect.any(String) },
      ]);
      const actions = suggestions.filter(
        (s: { reason: string }) => s.reason === 'OPEN_ACTION_ITEM',
      );
      expect(actions.map((s: { title: string }) => s.title)).toEqual(
        expect.arrayContaining([
          'Compare partners’ death penalty benchmarks and flag inconsistent deadlines',
          'Circulate the consolidated list of individual cases ahead of the Brussels session',
        ]),
      );
      const compare = actions.find((s: { title: string }) => s.title.startsWith('Compare'));
      expect(compare.why).toMatch(
        /^Open action item from Berne Process session, Bern 2026, carried by Canada, due 2026-10-30/,
      );
      expect(compare.actionItem).toMatchObject({ ownerPartner: 'CA', status: 'OPEN' });
      // Nothing agreed, nothing done; the EU's private action item only for the EU.
      const titles = suggestions.map((s: { title: string }) => s.title);
      expect(titles).not.toContain('Death penalty statistics: common indicators');
      expect(titles).not.toContain(
        'Send the Oslo seminar conclusions on torture prevention to all partners',
      );
      expect(titles).not.toContain(
        'Prepare EU lines on minority rights in Xinjiang for the Brussels session',
      );
      const eu = await gql(as.euDiplomat, SUGGESTIONS, { m: BRUSSELS_2026 });
      expect(
        eu.body.data.agendaSuggestions.suggestions.map((s: { title: string }) => s.title),
      ).toContain('Prepare EU lines on minority rights in Xinjiang for the Brussels session');
    });

    it('offers a contested item of the previous meeting of the same kind', async () => {
      const tag = randomId();
      const first = await createMeeting('secretariat', {
        kind: 'EXPERT_SEMINAR',
        title: `Seminar A ${tag}`,
        hostPartner: 'CA',
        partnerCodes: ['CA', 'EU'],
        startsAt: '2031-03-04T08:00:00Z',
        endsAt: '2031-03-04T16:00:00Z',
      });
      const second = await createMeeting('secretariat', {
        kind: 'EXPERT_SEMINAR',
        title: `Seminar B ${tag}`,
        hostPartner: 'CA',
        partnerCodes: ['CA', 'EU'],
        startsAt: '2031-09-04T08:00:00Z',
        endsAt: '2031-09-04T16:00:00Z',
      });
      const contested = await propose('caCoordinator', {
        meetingId: first,
        title: `Prison visits ${tag}`,
        themeCodes: ['TORTURE_PREVENTION'],
      });
      const agreed = await propose('caCoordinator', { meetingId: first, title: `Agreed ${tag}` });
      const objected = await gql(as.euCoordinator, CONSENT, {
        input: {
          itemId: contested.id,
          partnerCode: 'EU',
          position: 'OBJECTION',
          text: 'Not at a seminar.',
        },
      });
      expect(objected.body.data.recordAgendaConsent.state).toBe('CONTESTED');
      await gql(as.euCoordinator, CONSENT, {
        input: { itemId: agreed.id, partnerCode: 'EU', position: 'AGREE' },
      });
      const res = await gql(as.caCoordinator, SUGGESTIONS, { m: second });
      expect(res.body.errors).toBeUndefined();
      const { previousMeeting, suggestions } = res.body.data.agendaSuggestions;
      expect(previousMeeting.id).toBe(first);
      expect(suggestions).toEqual([
        expect.objectContaining({
          reason: 'CONTESTED',
          title: `Prison visits ${tag}`,
          why: `Contested at Seminar A ${tag} (objection by European Union): never agreed.`,
          alreadyOnAgenda: false,
        }),
      ]);
      const none = await gql(as.caCoordinator, SUGGESTIONS, { m: first });
      expect(none.body.data.agendaSuggestions.suggestions).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ title: `Prison visits ${tag}` })]),
      );
    });

    it('answers guests as if the meeting did not exist', async () => {
      expect(errorCode(await gql(as.guest, SUGGESTIONS, { m: BRUSSELS_2026 }))).toBe('NOT_FOUND');
    });
  });

  describe('searchAgendaItems', () => {
    it('finds by text in title or description, case-insensitively, with highlights', async () => {
      const page = await search('usDiplomat', { text: 'RE-EDUCATION' });
      expect(page.results.map((r) => r.item.id)).toEqual(
        expect.arrayContaining([
          item(2007, 'ROUND', 2),
          item(2022, 'NGO', 0),
          item(2023, 'BRUSSELS', 1),
        ]),
      );
      expect(page.total).toBe(page.results.length);
      const berlin = page.results.find((r) => r.item.id === item(2007, 'ROUND', 2))!;
      expect(berlin.item.meeting.title).toBe('EU–China human rights dialogue, 23rd round, Berlin');
      expect(berlin.titleHighlights).toEqual([{ start: 0, length: 12 }]);
      // Found in the description only: the snippet shows where.
      const described = await search('usDiplomat', { text: 'judicial review of placements' });
      expect(described.total).toBe(1);
      const { snippet } = described.results[0];
      expect(described.results[0].titleHighlights).toEqual([]);
      const [h] = snippet!.highlights;
      expect(snippet!.text.slice(h.start, h.start + h.length)).toBe(
        'judicial review of placements',
      );
    });

    it('filters by theme, vulnerable group, region, state, meeting and dates', async () => {
      const organs = await search('usDiplomat', { themeCodes: ['ORGAN_TRANSPLANTS'] });
      expect(organs.results.map((r) => r.item.id).sort()).toEqual(
        [
          item(2022, 'BRUSSELS', 3),
          item(2023, 'BERNE', 0),
          item(2025, 'BERNE', 1),
          item(2025, 'ROUND', 1),
          item(2026, 'BRUSSELS', 3),
        ].sort(),
      );
      // Newest meeting first.
      expect(organs.results[0].item.id).toBe(item(2026, 'BRUSSELS', 3));
      const women = await search('usDiplomat', { vulnerableGroups: ['WOMEN'] });
      expect(women.results.map((r) => r.item.id).sort()).toEqual(
        [item(2022, 'NGO', 3), item(2024, 'NGO', 0)].sort(),
      );
      const africa = await search('usDiplomat', {
        themeCodes: ['INFLUENCE_ABROAD'],
        influenceRegion: 'AFRICA',
      });
      expect(africa.results.map((r) => r.item.id).sort()).toEqual(
        [item(2007, 'ROUND', 5), item(2023, 'BRUSSELS', 0)].sort(),
      );
      const deferredIn2026 = await search('usDiplomat', {
        states: ['DEFERRED'],
        from: '2026-01-01T00:00:00Z',
        to: '2027-01-01T00:00:00Z',
      });
      expect(deferredIn2026.results.map((r) => r.item.id)).toEqual([
        item(2026, 'BERNE', 2),
        item(2026, 'BERNE', 3),
      ]);
      const one = await search('usDiplomat', { meetingId: demoMeetingId(2007, 'ROUND') });
      expect(one.total).toBe(7);
      const paged = await gql(as.usDiplomat, SEARCH, {
        filter: { meetingId: demoMeetingId(2007, 'ROUND') },
        limit: 2,
        offset: 6,
      });
      expect(paged.body.data.searchAgendaItems.total).toBe(7);
      expect(paged.body.data.searchAgendaItems.results).toHaveLength(1);
      expect(errorCode(await gql(as.usDiplomat, SEARCH, { filter: {}, limit: 101 }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        errorCode(await gql(as.usDiplomat, SEARCH, { filter: { states: ['NOT_A_STATE'] } })),
      ).toBe('BAD_USER_INPUT');
    });

    it('takes % and _ literally', async () => {
      const tag = randomId();
      const meetingId = await createMeeting('secretariat', {
        kind: 'BERNE_PROCESS',
        title: `Wildcards ${tag}`,
        hostPartner: 'CH',
        partnerCodes: ['CA', 'EU'],
        startsAt: '2030-05-04T07:00:00Z',
        endsAt: '2030-05-04T15:00:00Z',
      });
      const literal = await propose('caCoordinator', {
        meetingId,
        title: `Quota of 50%_ for ${tag}`,
      });
      const other = await propose('caCoordinator', { meetingId, title: `Quota of 50 x ${tag}` });
      const percent = await search('caCoordinator', { text: '50%_' });
      expect(percent.results.map((r) => r.item.id)).toEqual([literal.id]);
      expect(percent.results[0].titleHighlights).toEqual([{ start: 9, length: 4 }]);
      for (const text of ['%', '_', '50%']) {
        const page = await search('caCoordinator', { text });
        expect(page.results.map((r) => r.item.id)).toEqual([literal.id]);
      }
      const both = await search('caCoordinator', { text: 'quota of 50', meetingId });
      expect(both.results.map((r) => r.item.id).sort()).toEqual([literal.id, other.id].sort());
      expect((await search('caCoordinator', { text: '\\' })).total).toBe(0);
    });

    it('returns nothing from meetings the caller cannot read, and refuses guests', async () => {
      const tag = randomId();
      const meetingId = await createMeeting('caCoordinator', {
        kind: 'EXPERT_SEMINAR',
        title: `Canadian preparatory meeting ${tag}`,
        city: 'Ottawa',
        timeZone: 'America/Toronto',
        hostPartner: 'CA',
        partnerCodes: ['CA'],
        startsAt: '2030-02-04T14:00:00Z',
        endsAt: '2030-02-04T18:00:00Z',
        classification: 'PARTNER_PRIVATE',
      });
      await propose('caCoordinator', {
        meetingId,
        title: `Canadian lines on evictions ${tag}`,
        themeCodes: ['HOUSING_EVICTIONS'],
      });
      expect((await search('caCoordinator', { text: tag })).total).toBe(1);
      for (const who of ['usDiplomat', 'euDiplomat', 'secretariat']) {
        const page = await search(who, { text: tag });
        expect(page).toMatchObject({ total: 0, results: [] });
        const byMeeting = await search(who, { meetingId });
        expect(byMeeting.total).toBe(0);
        const entries = await timeline(who, 'HOUSING_EVICTIONS');
        expect(entries.map((e) => e.id)).not.toContain(meetingId);
      }
      expect((await timeline('caCoordinator', 'HOUSING_EVICTIONS')).map((e) => e.id)).toContain(
        meetingId,
      );
      const guest = await gql(as.guest, SEARCH, { filter: { text: 'evictions' } });
      expect(errorCode(guest)).toBe('FORBIDDEN');
      expect(guest.body.data).toBeNull();
      expect(errorCode(await gql(as.anonymous, SEARCH, { filter: {} }))).toBe('UNAUTHENTICATED');
    });
  });
});
