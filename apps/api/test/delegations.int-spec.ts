import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { ActionItemEntity } from '../src/modules/meetings/action-item.entity';
import { MeetingEvents, type MeetingChange } from '../src/modules/meetings/meeting.events';
import {
  DelegationMemberEntity,
  MeetingEntity,
  MeetingParticipantEntity,
} from '../src/modules/meetings/meeting.entity';
import { DEMO_MEETINGS, demoMeetingId, seedMeetings } from '../src/modules/meetings/meetings.seed';
import { createUser, randomId, signIn, type CreatedUser } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const MEMBER = 'id meetingId partnerCode name ministry function level userId';
const ROSTERS = `query($meetingId: ID!) { meetingDelegations(meetingId: $meetingId) { meetingId partnerCode canEdit members { ${MEMBER} } } }`;
const ROSTER = `query($meetingId: ID!, $partnerCode: PartnerCode!) { delegation(meetingId: $meetingId, partnerCode: $partnerCode) { partnerCode canEdit members { ${MEMBER} } } }`;
const ADD = `mutation($input: AddDelegationMemberInput!) { addDelegationMember(input: $input) { ${MEMBER} } }`;
const UPDATE = `mutation($input: UpdateDelegationMemberInput!) { updateDelegationMember(input: $input) { ${MEMBER} } }`;
const REMOVE = `mutation($id: ID!) { removeDelegationMember(id: $id) }`;
const CONTINUITY = `query($partnerCode: PartnerCode!) { delegationContinuity(partnerCode: $partnerCode) {
  partnerCode
  people { name meetingCount firstSeen lastSeen userId
    attendances { memberId name ministry function level meeting { id title kind city timeZone startsAt status } } }
  meetingsWithoutRoster { id title kind city startsAt status } } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const SET_STATUS = `mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { id status } }`;

interface Member {
  id: string;
  meetingId: string;
  partnerCode: string;
  name: string;
  ministry: string;
  function: string;
  level: string;
  userId: string | null;
}
interface ContinuityMeeting {
  id: string;
  title: string;
  kind: string;
  city: string;
  startsAt: string;
  status: string;
}
interface Continuity {
  partnerCode: string;
  people: {
    name: string;
    meetingCount: number;
    firstSeen: string;
    lastSeen: string;
    userId: string | null;
    attendances: {
      memberId: string;
      name: string;
      function: string;
      level: string;
      meeting: ContinuityMeeting;
    }[];
  }[];
  meetingsWithoutRoster: ContinuityMeeting[];
}

describe('delegations', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  const ids: Record<string, string> = {};
  let guest: CreatedUser;
  let meetingId: string;
  const changes: MeetingChange[] = [];

  async function createMeeting(input: Record<string, unknown> = {}): Promise<string> {
    const res = await gql(as.secretariat, CREATE_MEETING, {
      input: {
        kind: 'BERNE_PROCESS',
        title: `Berne Process working session ${randomId(3)}`,
        venue: 'Federal Palace, Bern',
        city: 'Bern',
        timeZone: 'Europe/Zurich',
        hostPartner: 'CH',
        partnerCodes: ['EU', 'CA', 'US'],
        startsAt: '2035-05-10T07:00:00Z',
        endsAt: '2035-05-10T15:00:00Z',
        classification: 'PARTNERS',
        ...input,
      },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createMeeting.id as string;
  }

  const member = (input: Record<string, unknown>) => ({
    meetingId,
    name: `Alex Lindqvist ${randomId(3)}`,
    ministry: 'Ministry of Foreign Affairs',
    function: 'Human rights adviser',
    level: 'SENIOR_OFFICIAL',
    ...input,
  });

  async function add(who: string, input: Record<string, unknown>): Promise<Member> {
    const res = await gql(as[who], ADD, { input: member(input) });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.addDelegationMember as Member;
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    t.app.get(MeetingEvents).onChanged((c) => changes.push(c));
    guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    for (const [name, email] of Object.entries(demo)) {
      const res = await signIn(t, email, 'BerneDemo!2026');
      as[name] = res.agent;
      ids[name] = (await gql(res.agent, '{ me { id } }')).body.data.me.id;
    }
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    as.anonymous = t.agent();
    meetingId = await createMeeting();
  });
  afterAll(() => t?.close());

  describe('rosters', () => {
    it("adds, lists, updates and removes members of one's own delegation", async () => {
      const before = changes.length;
      const head = await add('euDiplomat', {
        name: '  Ilse   Marchetti ',
        ministry: 'European External Action Service',
        function: 'Head of delegation',
        level: 'DIRECTOR',
      });
      expect(head).toMatchObject({
        meetingId,
        partnerCode: 'EU',
        name: 'Ilse Marchetti',
        level: 'DIRECTOR',
        userId: null,
      });
      const me = await add('euDiplomat', {
        name: 'Eleanor Vance',
        level: 'SENIOR_OFFICIAL',
        userId: ids.euDiplomat,
      });
      expect(me.userId).toBe(ids.euDiplomat);
      expect(changes.slice(before)).toContainEqual({
        type: 'delegation',
        id: meetingId,
        classification: 'PARTNERS',
        ownerPartner: 'CH',
      });

      const rosters = (await gql(as.euDiplomat, ROSTERS, { meetingId })).body.data
        .meetingDelegations as {
        partnerCode: string;
        canEdit: boolean;
        members: Member[];
      }[];
      expect(rosters.map((r) => [r.partnerCode, r.canEdit])).toEqual([
        ['EU', true],
        ['CA', false],
        ['US', false],
      ]);
      // The most senior first.
      expect(rosters[0].members.map((m) => m.name)).toEqual(['Ilse Marchetti', 'Eleanor Vance']);

      const updated = await gql(as.euDiplomat, UPDATE, {
        input: {
          id: me.id,
          function: 'Deputy head of delegation',
          level: 'DIRECTOR',
          userId: null,
        },
      });
      expect(updated.body.data.updateDelegationMember).toMatchObject({
        function: 'Deputy head of delegation',
        level: 'DIRECTOR',
        userId: null,
        name: 'Eleanor Vance',
      });

      const removed = await gql(as.euDiplomat, REMOVE, { id: head.id });
      expect(removed.body.data.removeDelegationMember).toBe(head.id);
      const eu = (await gql(as.usDiplomat, ROSTER, { meetingId, partnerCode: 'EU' })).body.data
        .delegation;
      expect(eu).toMatchObject({ partnerCode: 'EU', canEdit: false });
      expect(eu.members.map((m: Member) => m.id)).toEqual([me.id]);

      const audit = await ds
        .getRepository(AuditEntryEntity)
        .find({ where: { resourceId: head.id } });
      expect(audit.map((a) => a.action).sort()).toEqual([
        'delegation.member-added',
        'delegation.member-removed',
      ]);
    });

    it('lets partners edit only their own delegation, the secretariat every participating one', async () => {
      const eu = await add('euDiplomat', {});
      const ca = await add('caCoordinator', {});
      expect(ca.partnerCode).toBe('CA');
      const bySecretariat = await add('secretariat', { partnerCode: 'US' });
      expect(bySecretariat.partnerCode).toBe('US');

      for (const res of [
        await gql(as.usDiplomat, ADD, { input: member({ partnerCode: 'EU' }) }),
        await gql(as.usDiplomat, UPDATE, { input: { id: eu.id, name: 'Someone Else' } }),
        await gql(as.usDiplomat, REMOVE, { id: eu.id }),
        await gql(as.caCoordinator, REMOVE, { id: eu.id }),
      ]) {
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.body.errors[0].message).toBe(
          "You can edit your own partner's delegation; the secretariat edits every partner's.",
        );
      }
      const secretariatEdits = await gql(as.secretariat, UPDATE, {
        input: { id: ca.id, level: 'AMBASSADOR' },
      });
      expect(secretariatEdits.body.data.updateDelegationMember.level).toBe('AMBASSADOR');
      expect(
        (await gql(as.secretariat, REMOVE, { id: ca.id })).body.data.removeDelegationMember,
      ).toBe(ca.id);

      const notTakingPart = await gql(as.secretariat, ADD, {
        input: member({ partnerCode: 'GB' }),
      });
      expect(errorCode(notTakingPart)).toBe('BAD_USER_INPUT');
      expect(notTakingPart.body.errors[0].message).toBe(
        'United Kingdom does not take part in this meeting: only participating partners send delegations.',
      );
      const noPartner = await gql(as.secretariat, ADD, { input: member({}) });
      expect(noPartner.body.errors[0].message).toBe("Say which partner's delegation this is.");
      const secretariat = await gql(as.secretariat, ADD, {
        input: member({ partnerCode: 'SECRETARIAT' }),
      });
      expect(secretariat.body.errors[0].message).toMatch(/sends no delegation/);
    });

    it('refuses bad input with sentences', async () => {
      const listed = await add('caCoordinator', { name: 'Noémie Castel' });
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ name: '   ' }, /^Give the name of the delegation member\.$/],
        [{ ministry: '' }, /^Say which ministry or institution/],
        [{ function: ' ' }, /^Give the member's function/],
        [{ name: 'x'.repeat(121) }, /A name has at most 120 characters/],
        [
          { name: 'noemie  CASTEL' },
          /^noemie CASTEL is already on the Canada delegation to this meeting\.$/,
        ],
        [{ userId: ids.euDiplomat }, /not an active member of Canada's staff/],
        [{ userId: randomUUID() }, /not an active member of Canada's staff/],
        [{ meetingId: 'meeting-1' }, /meetingId must be a UUID/],
      ];
      for (const [input, message] of cases) {
        const res = await gql(as.caCoordinator, ADD, { input: member(input) });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message).toMatch(message);
      }
      const level = await gql(as.caCoordinator, ADD, { input: member({ level: 'PRESIDENT' }) });
      expect(errorCode(level)).toBe('BAD_USER_INPUT');
      const other = await add('caCoordinator', {});
      const rename = await gql(as.caCoordinator, UPDATE, {
        input: { id: other.id, name: 'Noemie Castel' },
      });
      expect(rename.body.errors[0].message).toMatch(/already on the Canada delegation/);
      // Renaming to a new spelling of one's own name is fine.
      const respell = await gql(as.caCoordinator, UPDATE, {
        input: { id: listed.id, name: 'Noemie Castel' },
      });
      expect(respell.body.data.updateDelegationMember.name).toBe('Noemie Castel');
      expect(errorCode(await gql(as.caCoordinator, REMOVE, { id: randomUUID() }))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('continuity', () => {
    it('groups a recurring person across meetings, newest first, and lists meetings without a roster', async () => {
      const hu = (input: Record<string, unknown>) =>
        createMeeting({ partnerCodes: ['HU', 'EU'], ...input });
      const older = await hu({ startsAt: '2036-05-10T07:00:00Z', endsAt: '2036-05-10T15:00:00Z' });
      const newer = await hu({
        startsAt: '2037-11-20T08:00:00Z',
        endsAt: '2037-11-20T16:00:00Z',
        city: 'Brussels',
        timeZone: 'Europe/Brussels',
        hostPartner: 'EU',
        venue: 'Europa building, Brussels',
      });
      const noRoster = await hu({
        startsAt: '2037-05-10T07:00:00Z',
        endsAt: '2037-05-10T15:00:00Z',
      });
      const cancelled = await hu({
        startsAt: '2036-11-10T08:00:00Z',
        endsAt: '2036-11-10T16:00:00Z',
      });
      const suffix = randomId(3);
      await add('secretariat', {
        meetingId: older,
        partnerCode: 'HU',
        name: `Ágnes Fehérvári ${suffix}`,
        function: 'Desk officer',
        level: 'EXPERT',
      });
      await add('secretariat', {
        meetingId: newer,
        partnerCode: 'HU',
        name: `agnes  FEHERVARI-${suffix}`,
        function: 'Head of delegation',
        level: 'DIRECTOR',
      });
      await add('secretariat', {
        meetingId: cancelled,
        partnerCode: 'HU',
        name: `Agnes Fehervari ${suffix}`,
      });
      expect(
        (
          await gql(as.secretariat, SET_STATUS, {
            input: { id: cancelled, status: 'CANCELLED', reason: 'Cancelled after a walkout' },
          })
        ).body.errors,
      ).toBeUndefined();

      const res = await gql(as.usDiplomat, CONTINUITY, { partnerCode: 'HU' });
      expect(res.body.errors).toBeUndefined();
      const continuity = res.body.data.delegationContinuity as Continuity;
      const agnes = continuity.people.find((p) =>
        p.name.toLowerCase().includes(`fehervari-${suffix}`),
      );
      expect(agnes).toMatchObject({
        name: `agnes FEHERVARI-${suffix}`,
        meetingCount: 2,
        firstSeen: '2036-05-10T07:00:00.000Z',
        lastSeen: '2037-11-20T08:00:00.000Z',
      });
      expect(
        agnes!.attendances.map((a) => [a.meeting.id, a.function, a.level, a.meeting.city]),
      ).toEqual([
        [newer, 'Head of delegation', 'DIRECTOR', 'Brussels'],
        [older, 'Desk officer', 'EXPERT', 'Bern'],
      ]);
      // The person seen most recently comes first.
      expect(continuity.people[0].name).toBe(agnes!.name);
      const without = continuity.meetingsWithoutRoster.map((m) => m.id);
      expect(without).toContain(noRoster);
      expect(without).not.toContain(cancelled);
      expect(without).not.toContain(older);
      // Newest first, demo history included (Hungary sent no one to Brussels in 2022).
      const times = continuity.meetingsWithoutRoster.map((m) => Date.parse(m.startsAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(without).toContain(demoMeetingId(2022, 'BRUSSELS'));
      expect(
        continuity.people.some((p) => p.name === 'Zsófia Kertész' && p.meetingCount === 2),
      ).toBe(true);
    });

    it('shows the demo history: the same person under two spellings, with their portal account', async () => {
      const ca = (await gql(as.euDiplomat, CONTINUITY, { partnerCode: 'CA' })).body.data
        .delegationContinuity as Continuity;
      const genevieve = ca.people.find((p) => p.name === 'Geneviève Tremblay');
      expect(genevieve?.userId).toBe(ids.caCoordinator);
      const names = new Set(genevieve!.attendances.map((a) => a.name));
      expect(names).toEqual(new Set(['Geneviève Tremblay', 'Genevieve Tremblay']));
      expect(genevieve!.meetingCount).toBeGreaterThanOrEqual(8);
      const functions = genevieve!.attendances.map((a) => a.function);
      expect(functions[functions.length - 1]).not.toBe(functions[0]);

      const eu = (await gql(as.usDiplomat, CONTINUITY, { partnerCode: 'EU' })).body.data
        .delegationContinuity as Continuity;
      const vosberg = eu.people.find((p) => p.name === 'Hendrik Vosberg-Lind');
      expect(vosberg?.attendances.map((a) => a.meeting.city)).toEqual(['Berlin', 'Beijing']);
      const berlin = vosberg!.attendances[0].meeting;
      expect(berlin).toMatchObject({
        kind: 'BILATERAL_ROUND',
        startsAt: '2007-05-15T07:00:00.000Z',
        status: 'HELD',
      });
      // The cancelled Hague seminar is not counted as attended.
      const vance = eu.people.find((p) => p.name === 'Eleanor Vance');
      expect(vance?.attendances.map((a) => a.meeting.city)).not.toContain('The Hague');
      expect(errorCode(await gql(as.usDiplomat, CONTINUITY, { partnerCode: 'SECRETARIAT' }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('access', () => {
    it('refuses NGO guests and anonymous callers', async () => {
      const someone = await add('euDiplomat', {});
      const operations: [string, Record<string, unknown>][] = [
        [ROSTERS, { meetingId }],
        [ROSTER, { meetingId, partnerCode: 'EU' }],
        [CONTINUITY, { partnerCode: 'EU' }],
        [ADD, { input: member({ partnerCode: 'EU' }) }],
        [UPDATE, { input: { id: someone.id, name: 'Guest edit' } }],
        [REMOVE, { id: someone.id }],
      ];
      for (const [query, variables] of operations) {
        const res = await gql(as.guest, query, variables);
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.body.errors[0].message).toBe(
          'Delegation rosters are for partner staff and the secretariat.',
        );
        expect(errorCode(await gql(as.anonymous, query, variables))).toBe('UNAUTHENTICATED');
      }
    });

    it("hides a partner-private meeting's rosters and leaves it out of continuity", async () => {
      const res = await gql(as.caCoordinator, CREATE_MEETING, {
        input: {
          kind: 'EXPERT_SEMINAR',
          title: 'Canada internal preparation',
          city: 'Ottawa',
          timeZone: 'America/Toronto',
          hostPartner: 'CA',
          partnerCodes: ['CA'],
          startsAt: '2038-01-10T14:00:00Z',
          endsAt: '2038-01-10T18:00:00Z',
          classification: 'PARTNER_PRIVATE',
        },
      });
      const privateMeeting = res.body.data.createMeeting.id as string;
      const m = await add('caCoordinator', {
        meetingId: privateMeeting,
        name: `Private Person ${randomId(3)}`,
      });
      expect(errorCode(await gql(as.usDiplomat, ROSTERS, { meetingId: privateMeeting }))).toBe(
        'NOT_FOUND',
      );
      const edit = await gql(as.secretariat, UPDATE, { input: { id: m.id, name: 'x' } });
      expect(errorCode(edit)).toBe('NOT_FOUND');
      expect(edit.body.errors[0].message).toMatch(/delegation member does not exist/);
      const usView = (await gql(as.usDiplomat, CONTINUITY, { partnerCode: 'CA' })).body.data
        .delegationContinuity as Continuity;
      expect(usView.people.map((p) => p.name)).not.toContain(m.name);
      expect(usView.meetingsWithoutRoster.map((x) => x.id)).not.toContain(privateMeeting);
      const caView = (await gql(as.caCoordinator, CONTINUITY, { partnerCode: 'CA' })).body.data
        .delegationContinuity as Continuity;
      expect(caView.people.map((p) => p.name)).toContain(m.name);
    });
  });

  describe('demo history seed', () => {
    it('carries Berne and Brussels sessions, NGO consultations, seminars and EU–China rounds', async () => {
      const meetings = ds.getRepository(MeetingEntity);
      const berlin = await meetings.findOneByOrFail({ id: demoMeetingId(2007, 'ROUND') });
      expect(berlin).toMatchObject({
        kind: 'BILATERAL_ROUND',
        city: 'Berlin',
        hostPartner: 'EU',
        status: 'HELD',
      });
      expect(berlin.startsAt.toISOString()).toBe('2007-05-15T07:00:00.000Z');
      expect(berlin.endsAt.toISOString()).toBe('2007-05-16T11:00:00.000Z');
      const bern = await meetings.findOneByOrFail({ id: demoMeetingId(2024, 'BERNE') });
      expect(bern).toMatchObject({
        venue: 'Federal Palace, Bern',
        hostPartner: 'CH',
        timeZone: 'Europe/Zurich',
        status: 'HELD',
      });
      const brussels = await meetings.findOneByOrFail({ id: demoMeetingId(2024, 'BRUSSELS') });
      expect(brussels).toMatchObject({ hostPartner: 'EU', timeZone: 'Europe/Brussels' });
      const walkout = await meetings.findOneByOrFail({ id: demoMeetingId(2024, 'SEMINAR') });
      expect(walkout).toMatchObject({
        status: 'CANCELLED',
        statusReason: 'Cancelled after a walkout',
      });
      const upcoming = await meetings.findOneByOrFail({ id: demoMeetingId(2027, 'BRUSSELS') });
      expect(upcoming.status).toEqual(
        upcoming.endsAt.getTime() > Date.now()
          ? expect.stringMatching(/^(PLANNED|CONFIRMED)$/)
          : 'HELD',
      );
      expect(await ds.getRepository(MeetingParticipantEntity).countBy({ meetingId: bern.id })).toBe(
        11,
      );
      const items = await ds
        .getRepository(ActionItemEntity)
        .find({ where: { meetingId: demoMeetingId(2026, 'BERNE') } });
      expect(items.some((i) => i.status === 'DONE' && i.completedAt)).toBe(true);
      expect(
        items.some(
          (i) => i.dueDate < '2026-11-27' && (i.status === 'OPEN' || i.status === 'IN_PROGRESS'),
        ),
      ).toBe(true);
    });

    it('is idempotent: seeding again adds nothing', async () => {
      const count = async () => ({
        meetings: await ds.getRepository(MeetingEntity).count(),
        participants: await ds.getRepository(MeetingParticipantEntity).count(),
        members: await ds.getRepository(DelegationMemberEntity).count(),
        items: await ds.getRepository(ActionItemEntity).count(),
      });
      const before = await count();
      expect(await seedMeetings(ds)).toEqual({ meetings: 0, delegationMembers: 0, actionItems: 0 });
      expect(await seedMeetings(ds)).toEqual({ meetings: 0, delegationMembers: 0, actionItems: 0 });
      expect(await count()).toEqual(before);
      const demoCount = await ds
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        .where('m.id IN (:...ids)', { ids: DEMO_MEETINGS.map((m) => m.id) })
        .getCount();
      expect(demoCount).toBe(DEMO_MEETINGS.length);
    });
  });
});
