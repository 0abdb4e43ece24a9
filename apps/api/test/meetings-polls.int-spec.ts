import type TestAgent from 'supertest/lib/agent';
import { DateTime } from 'luxon';
import { LIVE_EVENTS } from '@berne/domain';
import { createUser, signIn } from './helpers/factories';
import { connect, eventually, sessionCookie } from './helpers/sockets';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const MEETING = `id kind title venue city timeZone startsAt endsAt status statusReason hostPartner
  classification partnerCodes canManage icsPath`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const SET_STATUS = `mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { ${MEETING} } }`;
const MEETINGS = `query($filter: MeetingsFilter!) { meetings(filter: $filter) { ${MEETING} } }`;
const POLL = `id title status meetingId partnerCodes canManage myPartner
  slots { id startsAt endsAt score problems rank
    local { partnerCode timeZone localStart localEnd outsideWorkingHours weekend holiday }
    votes { displayName partnerCode answer }
    partnerAnswers { partnerCode answer } }`;
const CREATE_POLL = `mutation($input: CreatePollInput!) { createSchedulingPoll(input: $input) { ${POLL} } }`;
const ANSWER = `mutation($pollId: ID!, $answers: [PollAnswerInput!]!) { answerSchedulingPoll(pollId: $pollId, answers: $answers) { ${POLL} } }`;
const CONFIRM = `mutation($pollId: ID!, $slotId: ID!) { confirmSchedulingPoll(pollId: $pollId, slotId: $slotId) { ${MEETING} } }`;
const POLLS = `query { schedulingPolls { id } }`;
const NOTIFICATIONS = `query { notifications { kind targetTitle targetPath } }`;

interface Slot {
  id: string;
  score: number;
  problems: number;
  rank: number;
  local: {
    partnerCode: string;
    localStart: string;
    outsideWorkingHours: boolean;
    weekend: boolean;
    holiday: string | null;
  }[];
  partnerAnswers: { partnerCode: string; answer: string | null }[];
}

/** A wall-clock time in a zone, as the ISO instant the API takes. */
const at = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toUTC().toISO()!;
const year = DateTime.now().year + 1;

describe('meetings and scheduling polls', () => {
  let t: TestApp;
  const as: Record<string, TestAgent> = {};

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    for (const [name, email] of Object.entries(demo)) as[name] = await t.as(email);
    const guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    as.anonymous = t.agent();
  });
  afterAll(() => t?.close());

  const meetingInput = (overrides: Record<string, unknown> = {}) => ({
    kind: 'BERNE_PROCESS',
    title: `Berne Process session ${year}`,
    venue: 'Federal Palace',
    city: 'Bern',
    timeZone: 'Europe/Zurich',
    hostPartner: 'CH',
    partnerCodes: ['EU', 'CA', 'US', 'AU'],
    startsAt: at(`${year}-03-29T09:00`, 'Europe/Zurich'),
    endsAt: at(`${year}-03-29T17:00`, 'Europe/Zurich'),
    classification: 'PARTNERS',
    ...overrides,
  });

  it('schedules a meeting and lists it by date range for every partner, not for guests', async () => {
    const res = await gql(as.secretariat, CREATE_MEETING, { input: meetingInput() });
    expect(res.body.errors).toBeUndefined();
    const meeting = res.body.data.createMeeting;
    expect(meeting).toMatchObject({ status: 'PLANNED', hostPartner: 'CH', canManage: true });
    expect(meeting.partnerCodes).toEqual(['AU', 'CA', 'EU', 'US']);
    const filter = { from: `${year}-01-01T00:00:00Z`, to: `${year}-12-31T00:00:00Z` };
    for (const who of ['euDiplomat', 'usDiplomat', 'caCoordinator']) {
      const list = await gql(as[who], MEETINGS, { filter });
      expect(list.body.data.meetings.map((m: { id: string }) => m.id)).toContain(meeting.id);
      expect(
        list.body.data.meetings.find((m: { id: string }) => m.id === meeting.id).canManage,
      ).toBe(false);
    }
    expect((await gql(as.guest, MEETINGS, { filter })).body.data.meetings).toEqual([]);
    expect(errorCode(await gql(as.anonymous, MEETINGS, { filter }))).toBe('UNAUTHENTICATED');
  });

  it('refuses bad meetings with a sentence: end before start, unknown time zone, too long, no partners', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ endsAt: at(`${year}-03-29T08:00`, 'Europe/Zurich') }, /end must be after the start/],
      [{ timeZone: 'Europe/Berne' }, /not a known time zone/],
      [{ timeZone: 'Mars/Olympus_Mons' }, /not a known time zone/],
      [{ endsAt: at(`${year}-04-05T09:00`, 'Europe/Zurich') }, /at most 72 hours/],
      [{ partnerCodes: [] }, /partners taking part/],
      [{ partnerCodes: ['SECRETARIAT'] }, /secretariat organises/],
      [{ title: '  ' }, /title/],
    ];
    for (const [override, message] of cases) {
      const res = await gql(as.secretariat, CREATE_MEETING, { input: meetingInput(override) });
      expect({ override, code: errorCode(res) }).toEqual({ override, code: 'BAD_USER_INPUT' });
      expect(res.body.errors[0].message).toMatch(message);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    }
    // Diplomats do not schedule; a coordinator schedules only what its partner hosts.
    expect(errorCode(await gql(as.euDiplomat, CREATE_MEETING, { input: meetingInput() }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql(as.caCoordinator, CREATE_MEETING, { input: meetingInput() }))).toBe(
      'FORBIDDEN',
    );
    const own = await gql(as.caCoordinator, CREATE_MEETING, {
      input: meetingInput({
        hostPartner: 'CA',
        city: 'Ottawa',
        timeZone: 'America/Toronto',
        kind: 'EXPERT_SEMINAR',
      }),
    });
    expect(own.body.errors).toBeUndefined();
  });

  it('cancels with a reason, and refuses impossible status changes', async () => {
    const meeting = (
      await gql(as.secretariat, CREATE_MEETING, {
        input: meetingInput({ kind: 'EXPERT_SEMINAR', title: 'Legal seminar' }),
      })
    ).body.data.createMeeting;
    const noReason = await gql(as.secretariat, SET_STATUS, {
      input: { id: meeting.id, status: 'CANCELLED' },
    });
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.body.errors[0].message).toMatch(/Say why/);
    expect(
      errorCode(
        await gql(as.secretariat, SET_STATUS, { input: { id: meeting.id, status: 'HELD' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await gql(as.euDiplomat, SET_STATUS, {
          input: { id: meeting.id, status: 'CANCELLED', reason: 'x' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const cancelled = await gql(as.secretariat, SET_STATUS, {
      input: { id: meeting.id, status: 'CANCELLED', reason: 'Cancelled after a walkout' },
    });
    expect(cancelled.body.data.setMeetingStatus).toMatchObject({
      status: 'CANCELLED',
      statusReason: 'Cancelled after a walkout',
    });
    const again = await gql(as.secretariat, SET_STATUS, {
      input: { id: meeting.id, status: 'CONFIRMED' },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('shows each slot in every capital, flags awkward ones, ranks answers, and confirms into a meeting', async () => {
    const live = await connect(t, '/live', await sessionCookie(t, demo.usDiplomat));
    const pushes: { type: string; id: string }[] = [];
    live.on(LIVE_EVENTS.meetingsChanged, (p: { type: string; id: string }) => pushes.push(p));

    // 1 August is the Swiss national day; 06:00 in Bern is 00:00 in Washington; a Saturday.
    const slots = [
      {
        startsAt: at(`${year}-08-01T15:00`, 'Europe/Zurich'),
        endsAt: at(`${year}-08-01T17:00`, 'Europe/Zurich'),
      },
      {
        startsAt: at(`${year}-09-14T15:00`, 'Europe/Zurich'),
        endsAt: at(`${year}-09-14T17:00`, 'Europe/Zurich'),
      },
      {
        startsAt: at(`${year}-09-15T06:00`, 'Europe/Zurich'),
        endsAt: at(`${year}-09-15T08:00`, 'Europe/Zurich'),
      },
    ];
    const created = await gql(as.secretariat, CREATE_POLL, {
      input: {
        kind: 'BERNE_PROCESS',
        title: 'Autumn session',
        city: 'Bern',
        timeZone: 'Europe/Zurich',
        hostPartner: 'CH',
        partnerCodes: ['CH', 'EU', 'US', 'AU'],
        slots,
      },
    });
    expect(created.body.errors).toBeUndefined();
    const poll = created.body.data.createSchedulingPoll;
    const [holiday, good, early] = poll.slots as Slot[];
    const local = (slot: Slot, partner: string) =>
      slot.local.find((l) => l.partnerCode === partner)!;
    expect(local(holiday, 'CH').holiday).toMatch(/National Day|Bundesfeiertag|Swiss/i);
    expect(local(holiday, 'CH').localStart).toMatch(/T15:00:00/);
    expect(local(holiday, 'US').localStart).toMatch(/T09:00:00/);
    // 15:00 in Bern is 23:00 or later in Canberra.
    expect(local(good, 'AU').outsideWorkingHours).toBe(true);
    expect(local(early, 'US').outsideWorkingHours).toBe(true);
    expect(local(early, 'US').localStart).toMatch(/T00:00:00/);
    expect(local(good, 'EU')).toMatchObject({
      outsideWorkingHours: false,
      weekend: false,
      holiday: null,
    });
    const weekendSlot = DateTime.fromISO(`${year}-09-14`).weekday >= 6;
    expect(local(good, 'EU').weekend).toBe(weekendSlot);

    // Two partners' delegates answer; the coordinator-only actions stay theirs.
    expect(
      errorCode(
        await gql(as.caCoordinator, ANSWER, {
          pollId: poll.id,
          answers: [{ slotId: good.id, answer: 'YES' }],
        }),
      ),
    ).toBe('FORBIDDEN');
    await gql(as.euDiplomat, ANSWER, {
      pollId: poll.id,
      answers: [
        { slotId: holiday.id, answer: 'NO' },
        { slotId: good.id, answer: 'YES' },
        { slotId: early.id, answer: 'IF_NEED_BE' },
      ],
    });
    const answered = await gql(as.usDiplomat, ANSWER, {
      pollId: poll.id,
      answers: [
        { slotId: holiday.id, answer: 'YES' },
        { slotId: good.id, answer: 'YES' },
        { slotId: early.id, answer: 'NO' },
      ],
    });
    const ranked = answered.body.data.answerSchedulingPoll.slots as Slot[];
    const byId = (id: string) => ranked.find((s) => s.id === id)!;
    expect(byId(good.id).rank).toBe(1);
    expect(byId(good.id).partnerAnswers).toEqual(
      expect.arrayContaining([
        { partnerCode: 'EU', answer: 'YES' },
        { partnerCode: 'US', answer: 'YES' },
        { partnerCode: 'AU', answer: null },
      ]),
    );
    expect(byId(holiday.id).rank).toBeGreaterThan(1);
    await eventually(
      () => pushes.some((p) => p.type === 'scheduling-poll' && p.id === poll.id),
      'live poll push',
    );

    expect(errorCode(await gql(as.euDiplomat, CONFIRM, { pollId: poll.id, slotId: good.id }))).toBe(
      'FORBIDDEN',
    );
    const confirmed = await gql(as.secretariat, CONFIRM, { pollId: poll.id, slotId: good.id });
    expect(confirmed.body.errors).toBeUndefined();
    const meeting = confirmed.body.data.confirmSchedulingPoll;
    expect(meeting).toMatchObject({
      status: 'CONFIRMED',
      title: 'Autumn session',
      startsAt: new Date(slots[1].startsAt).toISOString(),
    });
    expect(
      errorCode(await gql(as.secretariat, CONFIRM, { pollId: poll.id, slotId: good.id })),
    ).toBe('CONFLICT');
    await eventually(
      () => pushes.some((p) => p.type === 'meeting' && p.id === meeting.id),
      'live meeting push',
    );
    const inbox = await gql(as.usDiplomat, NOTIFICATIONS);
    expect(inbox.body.data.notifications).toContainEqual({
      kind: 'meeting.confirmed',
      targetTitle: 'Autumn session',
      targetPath: `/meetings/${meeting.id}`,
    });
    // Not taking part: Canada hears nothing.
    expect((await gql(as.caCoordinator, NOTIFICATIONS)).body.data.notifications).not.toContainEqual(
      expect.objectContaining({ kind: 'meeting.confirmed', targetTitle: 'Autumn session' }),
    );
    live.close();
  });

  it('refuses polls with slots in the past, duplicated or reversed, and hides polls from guests', async () => {
    const base = {
      kind: 'NGO_CONSULTATION',
      title: 'NGO consultation',
      city: 'Brussels',
      timeZone: 'Europe/Brussels',
      hostPartner: 'EU',
      partnerCodes: ['EU', 'GB'],
    };
    const future = {
      startsAt: at(`${year}-10-05T10:00`, 'Europe/Brussels'),
      endsAt: at(`${year}-10-05T12:00`, 'Europe/Brussels'),
    };
    const cases: [unknown[], RegExp][] = [
      [
        [{ startsAt: '2020-01-01T10:00:00Z', endsAt: '2020-01-01T12:00:00Z' }],
        /Slot 1 starts in the past/,
      ],
      [[future, future], /Slot 2 is proposed twice/],
      [[{ startsAt: future.endsAt, endsAt: future.startsAt }], /end must be after the start/],
      [[], /at least one slot/],
    ];
    for (const [slots, message] of cases) {
      const res = await gql(as.secretariat, CREATE_POLL, { input: { ...base, slots } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(message);
    }
    expect(
      errorCode(
        await gql(as.secretariat, CREATE_POLL, {
          input: { ...base, timeZone: 'Brussels', slots: [future] },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    // A coordinator proposes slots only for meetings its own partner hosts.
    const otherHost = await gql(as.caCoordinator, CREATE_POLL, { input: { ...base, slots: [future] } });
    expect(errorCode(otherHost)).toBe('FORBIDDEN');
    expect(otherHost.body.errors[0].message).toMatch(/meetings your partner hosts/);
    const ownHost = await gql(as.caCoordinator, CREATE_POLL, {
      input: { ...base, hostPartner: 'CA', city: 'Ottawa', timeZone: 'America/Toronto', slots: [future] },
    });
    expect(ownHost.body.errors).toBeUndefined();
    expect(errorCode(await gql(as.guest, POLLS))).toBe('NOT_FOUND');
    expect(errorCode(await gql(as.anonymous, POLLS))).toBe('UNAUTHENTICATED');
  });
});
