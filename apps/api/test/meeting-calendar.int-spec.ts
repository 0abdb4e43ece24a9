import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type TestAgent from 'supertest/lib/agent';
import { DataSource, IsNull } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { CalendarFeedTokenEntity } from '../src/modules/meetings/calendar-token.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { createUser, randomId, signIn, type CreatedUser } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id title icsPath } }`;
const SET_STATUS = `mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { id status } }`;
const CREATE_FEED = `mutation { createCalendarFeed { url createdAt } }`;
const REVOKE_FEED = `mutation { revokeCalendarFeed }`;
const FEED = `query { calendarFeed { createdAt lastUsedAt } }`;

const FEED_NOT_FOUND = { code: 'NOT_FOUND', message: 'This calendar feed does not exist.' };
const UID_SUFFIX = '@berne-process.portal';

interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string;
  description: string;
  start: Date;
  startZone: string;
}

/**
 * Parses an ICS body with ical.js after checking what RFC 5545 asks of its form: CRLF after every
 * content line, lines of at most 75 octets, one VCALENDAR with VERSION and PRODID, and UID,
 * DTSTAMP and DTSTART in every VEVENT.
 */
function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    for (const required of ['uid', 'dtstamp', 'dtstart', 'dtend'])
      expect(component.hasProperty(required)).toBe(true);
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate(),
      startZone: event.startDate.zone?.tzid ?? '',
    };
  });
  return { calendar, events };
}

/** A supertest request that collects a text/calendar body as a string. */
const text = (req: ReturnType<TestAgent['get']>) =>
  req.buffer(true).parse((res, done) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (body += chunk));
    res.on('end', () => done(null, body));
  });

/** The Monday after the last Sunday of March (Europe's switch to summer time) of a year. */
function mondayAfterEuropeanDst(year: number): DateTime {
  const lastOfMarch = DateTime.fromObject({ year, month: 3, day: 31 });
  return lastOfMarch.minus({ days: lastOfMarch.weekday % 7 }).plus({ days: 1 });
}

describe('meeting calendars (ICS)', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  let guest: CreatedUser;
  // Next year: January and July are within the feed's two years ahead whatever today is.
  const year = DateTime.now().year + 1;
  const ids: Record<string, string> = {};

  const localNine = (date: DateTime, zone: string) =>
    DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: 9 }, { zone });

  async function createMeeting(
    who: string,
    input: Record<string, unknown>,
    start: DateTime,
  ): Promise<string> {
    const res = await gql(as[who], CREATE_MEETING, {
      input: {
        kind: 'BERNE_PROCESS',
        venue: null,
        hostPartner: null,
        classification: 'PARTNERS',
        partnerCodes: ['EU', 'US', 'AU', 'CA'],
        ...input,
        startsAt: start.toUTC().toISO(),
        endsAt: start.plus({ hours: 3 }).toUTC().toISO(),
      },
    });
    expect(res.body.errors).toBeUndefined();
    const meeting = res.body.data.createMeeting as { id: string; icsPath: string };
    expect(meeting.icsPath).toBe(`/api/meetings/${meeting.id}/ics`);
    return meeting.id;
  }

  const getIcs = (who: TestAgent, id: string) => text(who.get(`/api/meetings/${id}/ics`));
  const feedPath = (url: string) => new URL(url).pathname;

  async function createFeed(who: TestAgent): Promise<{ url: string; createdAt: string }> {
    const res = await gql(who, CREATE_FEED);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createCalendarFeed;
  }

  async function fetchFeed(url: string) {
    // Calendar clients carry no cookie: a fresh agent.
    const res = await text(t.agent().get(feedPath(url)));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    return parseIcs(res.body as string);
  }

  async function expectFeedGone(url: string) {
    const res = await t.agent().get(feedPath(url));
    expect(res.status).toBe(404);
    expect(res.body).toEqual(FEED_NOT_FOUND);
    expect(res.text).not.toContain(feedPath(url).split('/').pop()!.replace('.ics', ''));
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    for (const [name, email] of Object.entries(demo))
      as[name] = (await signIn(t, email, 'BerneDemo!2026')).agent;
    guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    as.anonymous = t.agent();

    const sydney = 'Australia/Sydney';
    const zurich = 'Europe/Zurich';
    const dstMonday = mondayAfterEuropeanDst(year);
    ids.canberraJanuary = await createMeeting(
      'secretariat',
      {
        title: `Canberra round, January ${randomId(2)}`,
        venue: 'Parliament House',
        city: 'Canberra',
        timeZone: sydney,
        hostPartner: 'AU',
      },
      localNine(DateTime.fromObject({ year, month: 1, day: 11 }), sydney),
    );
    ids.canberraJuly = await createMeeting(
      'secretariat',
      {
        title: `Canberra round, July ${randomId(2)}`,
        venue: 'Parliament House',
        city: 'Canberra',
        timeZone: sydney,
        hostPartner: 'AU',
      },
      localNine(DateTime.fromObject({ year, month: 7, day: 12 }), sydney),
    );
    ids.berneBeforeDst = await createMeeting(
      'secretariat',
      {
        title: `Berne session, before the clocks change ${randomId(2)}`,
        venue: 'Bundeshaus',
        city: 'Bern',
        timeZone: zurich,
        hostPartner: 'CH',
      },
      localNine(dstMonday.minus({ days: 3 }), zurich),
    );
    ids.berneAfterDst = await createMeeting(
      'secretariat',
      {
        title: `Berne session, after the clocks change ${randomId(2)}`,
        venue: 'Bundeshaus',
        city: 'Bern',
        timeZone: zurich,
        hostPartner: 'CH',
      },
      localNine(dstMonday, zurich),
    );
    // Canada's own: no other partner reads it, participants included.
    ids.canadaPrivate = await createMeeting(
      'caCoordinator',
      {
        title: `Ottawa preparatory meeting ${randomId(2)}`,
        city: 'Ottawa',
        timeZone: 'America/Toronto',
        classification: 'PARTNER_PRIVATE',
        partnerCodes: ['CA', 'US'],
      },
      localNine(DateTime.now().plus({ months: 2 }), 'America/Toronto'),
    );
    ids.restricted = await createMeeting(
      'secretariat',
      {
        title: `Individual cases review ${randomId(2)}`,
        city: 'Geneva',
        timeZone: zurich,
        classification: 'RESTRICTED',
      },
      localNine(DateTime.now().plus({ months: 3 }), zurich),
    );
    ids.lastSpring = await createMeeting(
      'secretariat',
      { title: `Held six months ago ${randomId(2)}`, city: 'Bern', timeZone: zurich },
      localNine(DateTime.now().minus({ months: 6 }), zurich),
    );
    ids.tooOld = await createMeeting(
      'secretariat',
      { title: `Thirteen months ago ${randomId(2)}`, city: 'Bern', timeZone: zurich },
      localNine(DateTime.now().minus({ months: 13 }), zurich),
    );
    ids.tooFar = await createMeeting(
      'secretariat',
      { title: `Twenty-five months ahead ${randomId(2)}`, city: 'Bern', timeZone: zurich },
      localNine(DateTime.now().plus({ months: 25 }), zurich),
    );
  });
  afterAll(() => t?.close());

  describe('GET /api/meetings/:id/ics', () => {
    it.each([
      [
        'Canberra in January (southern summer time, UTC+11)',
        'canberraJanuary',
        'Australia/Sydney',
        11 * 60,
      ],
      ['Canberra in July (southern winter, UTC+10)', 'canberraJuly', 'Australia/Sydney', 10 * 60],
      ['Berne before the March change (UTC+1)', 'berneBeforeDst', 'Europe/Zurich', 60],
      ['Berne the Monday after it (UTC+2)', 'berneAfterDst', 'Europe/Zurich', 120],
    ])('keeps 09:00 local time for %s', async (_what, key, zone, offset) => {
      const res = await getIcs(as.usDiplomat, ids[key]);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="[A-Za-z0-9-]+\.ics"$/,
      );
      const { calendar, events } = parseIcs(res.body as string);
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeTruthy();
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toMatchObject({
        uid: `${ids[key]}${UID_SUFFIX}`,
        sequence: 0,
        status: 'TENTATIVE',
        startZone: 'UTC',
      });
      expect(event.summary).toMatch(
        key.startsWith('canberra') ? /^Canberra round/ : /^Berne session/,
      );
      expect(event.location).toBe(
        key.startsWith('canberra') ? 'Parliament House, Canberra' : 'Bundeshaus, Bern',
      );
      expect(event.description).toContain('Berne Process meeting');
      expect(event.description).toContain(
        'Partners taking part: Australia, Canada, European Union, United States',
      );
      expect(event.description).toContain(`${t.config.publicUrl}/meetings/${ids[key]}`);
      const local = DateTime.fromJSDate(event.start, { zone });
      expect(local.toFormat('HH:mm')).toBe('09:00');
      expect(local.offset).toBe(offset);
    });

    it('raises SEQUENCE and STATUS as the meeting is confirmed, then cancelled with a reason', async () => {
      const confirm = await gql(as.secretariat, SET_STATUS, {
        input: { id: ids.canberraJuly, status: 'CONFIRMED' },
      });
      expect(confirm.body.errors).toBeUndefined();
      let [event] = parseIcs((await getIcs(as.euDiplomat, ids.canberraJuly)).body).events;
      expect(event).toMatchObject({
        uid: `${ids.canberraJuly}${UID_SUFFIX}`,
        sequence: 1,
        status: 'CONFIRMED',
      });

      const cancel = await gql(as.secretariat, SET_STATUS, {
        input: {
          id: ids.canberraJuly,
          status: 'CANCELLED',
          reason: 'Parliament sits that week; moved to a poll.',
        },
      });
      expect(cancel.body.errors).toBeUndefined();
      [event] = parseIcs((await getIcs(as.euDiplomat, ids.canberraJuly)).body).events;
      expect(event).toMatchObject({ sequence: 2, status: 'CANCELLED' });
      expect(event.description).toContain('Cancelled: Parliament sits that week; moved to a poll.');
    });

    it('answers 401 to an anonymous caller and 400 to a malformed id, as JSON', async () => {
      const anonymous = await as.anonymous.get(`/api/meetings/${ids.berneAfterDst}/ics`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(anonymous.text).not.toContain('BEGIN:VCALENDAR');
      const malformed = await as.usDiplomat.get('/api/meetings/not-a-meeting/ics');
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.any(String) });
    });

    it('answers the same 404 for a missing meeting and for one the caller may not read', async () => {
      const missing = await as.usDiplomat.get(
        `/api/meetings/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/ics`,
      );
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
      // Another partner's private meeting (even for a participating partner), a restricted one uncleared.
      for (const [who, key] of [
        ['usDiplomat', 'canadaPrivate'],
        ['euDiplomat', 'canadaPrivate'],
        ['usDiplomat', 'restricted'],
        ['caCoordinator', 'restricted'],
      ] as const) {
        const res = await as[who].get(`/api/meetings/${ids[key]}/ics`);
        expect(res.status).toBe(404);
        expect(res.body).toEqual(missing.body);
        expect(res.text).not.toContain('Ottawa');
        expect(res.text).not.toContain('Individual cases');
      }
      // Those who may read them get them.
      expect((await getIcs(as.caCoordinator, ids.canadaPrivate)).status).toBe(200);
      expect((await getIcs(as.euDiplomat, ids.restricted)).status).toBe(200);
    });
  });

  describe('personal feed', () => {
    it('serves, without a cookie, exactly the meetings its user may read, a year back to two years ahead', async () => {
      const link = await createFeed(as.usDiplomat);
      expect(link.url).toMatch(
        new RegExp(`^${t.config.publicUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`),
      );
      expect(Date.parse(link.createdAt)).not.toBeNaN();

      const { calendar, events } = await fetchFeed(link.url);
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Berne Process meetings');
      const uids = events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
      for (const key of [
        'canberraJanuary',
        'canberraJuly',
        'berneBeforeDst',
        'berneAfterDst',
        'lastSpring',
      ]) {
        expect(uids).toContain(`${ids[key]}${UID_SUFFIX}`);
      }
      for (const key of ['canadaPrivate', 'restricted', 'tooOld', 'tooFar']) {
        expect(uids).not.toContain(`${ids[key]}${UID_SUFFIX}`);
      }
      const cancelled = events.find((e) => e.uid === `${ids.canberraJuly}${UID_SUFFIX}`)!;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 2 });
      const january = events.find((e) => e.uid === `${ids.canberraJanuary}${UID_SUFFIX}`)!;
      expect(
        DateTime.fromJSDate(january.start, { zone: 'Australia/Sydney' }).toFormat('HH:mm'),
      ).toBe('09:00');

      // Other users' feeds follow their own access.
      const ca = (await fetchFeed((await createFeed(as.caCoordinator)).url)).events.map(
        (e) => e.uid,
      );
      expect(ca).toContain(`${ids.canadaPrivate}${UID_SUFFIX}`);
      expect(ca).not.toContain(`${ids.restricted}${UID_SUFFIX}`);
      const eu = (await fetchFeed((await createFeed(as.euDiplomat)).url)).events.map((e) => e.uid);
      // Cleared readers see restricted meetings in the portal, but feeds go to third-party
      // calendar services: restricted meetings are never in one.
      expect(eu).not.toContain(`${ids.restricted}${UID_SUFFIX}`);
      expect(eu).not.toContain(`${ids.canadaPrivate}${UID_SUFFIX}`);
      expect(eu.length).toBeGreaterThan(0);
    });

    it('shows when the feed was last used (at most once a minute), never the token', async () => {
      const link = await createFeed(as.usDiplomat);
      const before = await gql(as.usDiplomat, FEED);
      expect(before.body.data.calendarFeed).toEqual({
        createdAt: link.createdAt,
        lastUsedAt: null,
      });
      await fetchFeed(link.url);
      const after = (await gql(as.usDiplomat, FEED)).body.data.calendarFeed;
      expect(after.lastUsedAt).not.toBeNull();
      await fetchFeed(link.url);
      expect((await gql(as.usDiplomat, FEED)).body.data.calendarFeed.lastUsedAt).toBe(
        after.lastUsedAt,
      );

      // Only the hash is stored; the audit log holds neither token nor hash.
      const token = feedPath(link.url)
        .split('/')
        .pop()!
        .replace(/\.ics$/, '');
      const rows = await ds.getRepository(CalendarFeedTokenEntity).find();
      expect(
        rows.some((r) => r.tokenHash === createHash('sha256').update(token).digest('hex')),
      ).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(token);
      const audit = await ds
        .getRepository(AuditEntryEntity)
        .find({ where: { action: 'calendar-feed.created' } });
      expect(audit.filter((a) => a.actorEmail === demo.usDiplomat).length).toBeGreaterThanOrEqual(
        2,
      );
      expect(JSON.stringify(audit)).not.toContain(token);
    });

    it('stops the old URL when a new one is created, and every URL on revocation', async () => {
      const first = await createFeed(as.usDiplomat);
      await fetchFeed(first.url);
      const second = await createFeed(as.usDiplomat);
      expect(second.url).not.toBe(first.url);
      await expectFeedGone(first.url);
      await fetchFeed(second.url);

      const revoked = await gql(as.usDiplomat, REVOKE_FEED);
      expect(revoked.body).toEqual({ data: { revokeCalendarFeed: true } });
      await expectFeedGone(second.url);
      expect((await gql(as.usDiplomat, FEED)).body.data.calendarFeed).toBeNull();
      expect((await gql(as.usDiplomat, REVOKE_FEED)).body.data.revokeCalendarFeed).toBe(false);
      const audit = await ds
        .getRepository(AuditEntryEntity)
        .find({ where: { action: 'calendar-feed.revoked' } });
      expect(
        audit.some((a) => a.actorEmail === demo.usDiplomat && a.resourceType === 'calendar-feed'),
      ).toBe(true);
    });

    it('leaves one live feed when two are created at once', async () => {
      const user = await createUser(t, { role: 'COORDINATOR', partnerCode: 'DE' });
      const { agent } = await signIn(t, user.email, user.password);
      const links = await Promise.all([createFeed(agent), createFeed(agent), createFeed(agent)]);
      const live = await ds
        .getRepository(CalendarFeedTokenEntity)
        .countBy({ userId: user.id, revokedAt: IsNull() });
      expect(live).toBe(1);
      const answers = await Promise.all(links.map((l) => t.agent().get(feedPath(l.url))));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 404, 404]);
    });

    it('answers the same bare 404 to unknown and malformed tokens', async () => {
      for (const path of [
        `/api/calendar/${'A'.repeat(43)}.ics`,
        '/api/calendar/short.ics',
        `/api/calendar/${'A'.repeat(43)}`,
        '/api/calendar/.ics',
      ]) {
        const res = await t.agent().get(path);
        expect(res.status).toBe(404);
        expect(res.body).toEqual(FEED_NOT_FOUND);
      }
    });

    it('stops the feed of a disabled account at once', async () => {
      const user = await createUser(t, { role: 'DIPLOMAT', partnerCode: 'SE' });
      const { agent } = await signIn(t, user.email, user.password);
      const link = await createFeed(agent);
      const { events } = await fetchFeed(link.url);
      expect(events.map((e) => e.uid)).toContain(`${ids.berneAfterDst}${UID_SUFFIX}`);
      await ds.getRepository(UserEntity).update({ id: user.id }, { disabled: true });
      await expectFeedGone(link.url);
    });

    it('stops the feed of an account that is no longer on staff', async () => {
      const user = await createUser(t, { role: 'DIPLOMAT', partnerCode: 'NO' });
      const { agent } = await signIn(t, user.email, user.password);
      const link = await createFeed(agent);
      await fetchFeed(link.url);
      await ds
        .getRepository(UserEntity)
        .update({ id: user.id }, { role: 'GUEST', partnerCode: null });
      await expectFeedGone(link.url);
    });

    it('is for staff: guests are refused with a sentence, anonymous callers asked to sign in', async () => {
      for (const op of [CREATE_FEED, REVOKE_FEED, FEED]) {
        const res = await gql(as.guest, op);
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.body.errors[0].message).toMatch(/partner delegations and the secretariat/);
        expect(errorCode(await gql(as.anonymous, op))).toBe('UNAUTHENTICATED');
      }
      expect(await ds.getRepository(CalendarFeedTokenEntity).countBy({ userId: guest.id })).toBe(0);
    });
  });
});
