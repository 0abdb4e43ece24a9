import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Response } from 'superagent';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { pdfPages } from '../src/modules/briefing-notes/export/__tests__/pdf-text';
import { demoMeetingId } from '../src/modules/meetings/meetings.seed';
import { createUser, randomId, signIn } from './helpers/factories';
import { demo, gql, startTestApp, type TestApp } from './helpers/test-app';

const MARKING = {
  PARTNERS: 'PARTNERS — Berne Process partners only',
  GUESTS: 'For the NGO consultation — shared with invited guests',
  PRIVATE_CA: 'PARTNER PRIVATE — Canada only',
};
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const PROPOSE = `mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) { id state } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { recordAgendaConsent(input: $input) { id state } }`;
const DEFER = `mutation($id: ID!) { deferAgendaItem(id: $id) { id state } }`;

/** Collects a binary body (supertest only buffers text and JSON by itself). */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

const DESCRIPTION =
  'Partners compare what each delegation heard since the last round, agree on one wording for ' +
  'the questions to put to the other side, and decide who follows up with the NGOs that sent ' +
  'written input. The secretariat circulates the comparison two weeks before the session so ' +
  'that capitals can give instructions in time; delegations say which points they will raise ' +
  'themselves and which they leave to the chair. ';

describe('agenda export (GET /api/meetings/:id/agenda.pdf|docx?audience=partners|guests)', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  const tag = randomId();
  let meetingId: string;
  let privateMeetingId: string;
  /** Titles in agenda order; even ones are shown to guests. */
  const titles = Array.from(
    { length: 14 },
    (_, i) => `Item ${String(i + 1).padStart(2, '0')} ${tag}`,
  );
  const visible = (i: number) => i % 2 === 0;
  const DEFERRED = 3;
  const RESERVATION = `Reservation text ${tag}`;
  const OBJECTION = `Objection text ${tag}`;

  const download = (agent: TestAgent, path: string) => agent.get(path).buffer(true).parse(binary);
  const url = (id: string, file: string, audience?: string) =>
    `/api/meetings/${id}/${file}${audience ? `?audience=${audience}` : ''}`;

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

    const created = await gql(as.secretariat, CREATE_MEETING, {
      input: {
        kind: 'NGO_CONSULTATION',
        title: `NGO consultation export ${tag}`,
        city: 'Brussels',
        timeZone: 'Europe/Brussels',
        hostPartner: 'EU',
        partnerCodes: ['CA', 'EU'],
        // 09:00 in Brussels (UTC+1 in January).
        startsAt: '2030-01-22T08:00:00Z',
        endsAt: '2030-01-22T16:30:00Z',
        classification: 'PARTNERS',
      },
    });
    meetingId = created.body.data.createMeeting.id;
    const ids: string[] = [];
    for (const [i, title] of titles.entries()) {
      const res = await gql(as.caCoordinator, PROPOSE, {
        input: {
          meetingId,
          title,
          description: `${DESCRIPTION}${DESCRIPTION}`,
          minutes: 30,
          guestVisible: visible(i),
          themeCodes: i === 0 ? ['DEATH_PENALTY', 'UN_COOPERATION'] : ['LABOUR_RIGHTS'],
          vulnerableGroups: i === 0 ? ['WOMEN'] : [],
        },
      });
      expect(res.body.errors).toBeUndefined();
      ids.push(res.body.data.proposeAgendaItem.id);
    }
    const consent = async (itemId: string, position: string, text?: string) => {
      const res = await gql(as.euCoordinator, CONSENT, {
        input: { itemId, partnerCode: 'EU', position, text },
      });
      expect(res.body.errors).toBeUndefined();
    };
    await consent(ids[0], 'RESERVATION', RESERVATION);
    await consent(ids[1], 'AGREE');
    await consent(ids[2], 'OBJECTION', OBJECTION);
    expect((await gql(as.secretariat, DEFER, { id: ids[DEFERRED] })).body.errors).toBeUndefined();

    const privateMeeting = await gql(as.caCoordinator, CREATE_MEETING, {
      input: {
        kind: 'EXPERT_SEMINAR',
        title: `Canadian preparation ${tag}`,
        city: 'Ottawa',
        timeZone: 'America/Toronto',
        hostPartner: 'CA',
        partnerCodes: ['CA'],
        startsAt: '2030-03-05T14:00:00Z',
        endsAt: '2030-03-05T18:00:00Z',
        classification: 'PARTNER_PRIVATE',
      },
    });
    privateMeetingId = privateMeeting.body.data.createMeeting.id;
    await gql(as.caCoordinator, PROPOSE, {
      input: { meetingId: privateMeetingId, title: `Canadian lines ${tag}`, minutes: 60 },
    });
    // Fourteen proposals one after the other (their order is the agenda's): more than jest's
    // default 5 s when every suite runs at once on PostgreSQL.
  }, 30_000);
  afterAll(() => t?.close());

  describe('partners’ version', () => {
    it('PDF: marking and "Page X of Y" on every page; items in order with local times, partner, state, themes and positions', async () => {
      const res = await download(as.usDiplomat, url(meetingId, 'agenda.pdf', 'partners'));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Agenda-NGO-consultation-export-${tag}.pdf"; ` +
          `filename*=UTF-8''Agenda%20%E2%80%94%20NGO%20consultation%20export%20${tag}.pdf`,
      );
      const pages = await pdfPages(res.body as Buffer);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const page of pages) {
        expect(page.text).toContain(MARKING.PARTNERS);
        expect(page.text).toContain(`Page ${page.num} of ${pages.length}`);
      }
      const all = pages.map((p) => p.text).join('\n');
      expect(pages[0].text).toContain(`Agenda — NGO consultation export ${tag}`);
      expect(pages[0].text).toContain('Tuesday 22 January 2030, 09:00–17:30');
      expect(pages[0].text).toContain('Local to Brussels (Europe/Brussels, UTC+01:00)');
      expect(pages[0].text).toContain('Exported:');
      expect(pages[0].text).toContain('Daniel Okafor');
      // In order; the deferred item takes no time and is listed apart.
      const at = (text: string) => all.indexOf(text);
      for (const [i, title] of titles.entries()) {
        if (i === DEFERRED) continue;
        const next = titles.slice(i + 1).find((_, j) => i + 1 + j !== DEFERRED);
        if (next) expect(at(title)).toBeLessThan(at(next));
      }
      expect(all).toContain('09:00–09:30');
      expect(all).toContain('10:00–10:30');
      expect(all).toContain('10:30–11:00');
      expect(all).toContain('Deferred or withdrawn');
      expect(at(`Item 04 ${tag}`)).toBeGreaterThan(at('Deferred or withdrawn'));
      expect(all).toContain('Proposed by Canada');
      expect(all).toContain('Death penalty (statistics, Supreme Court review)');
      expect(all).toContain('Groups: Women');
      expect(all).toContain(RESERVATION);
      expect(all).toContain(OBJECTION);
      expect(all).toMatch(/European Union: Objection/);
      expect(all).toContain(`Item 02 ${tag}`);
    });

    it('DOCX: marking in every header and footer part; the body reads back with positions', async () => {
      const res = await download(as.caCoordinator, url(meetingId, 'agenda.docx'));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(DOCX_TYPE);
      expect(res.headers['cache-control']).toBe('no-store');
      const buffer = res.body as Buffer;
      const zip = await JSZip.loadAsync(buffer);
      const headers = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
      const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
      expect(headers.length).toBeGreaterThanOrEqual(1);
      expect(footers.length).toBeGreaterThanOrEqual(1);
      for (const part of [...headers, ...footers]) {
        expect(await zip.file(part)!.async('string')).toContain(MARKING.PARTNERS);
      }
      const footer = await zip.file(footers[0])!.async('string');
      expect(footer).toMatch(/NUMPAGES/);
      const documentXml = await zip.file('word/document.xml')!.async('string');
      expect(documentXml).toMatch(/<w:headerReference w:type="default"/);
      expect(documentXml).toMatch(/<w:footerReference w:type="default"/);

      const { value: raw } = await mammoth.extractRawText({ buffer });
      for (const title of titles) expect(raw).toContain(title);
      expect(raw).toContain(`10:00–10:30  3. Item 03 ${tag}`);
      expect(raw).toContain(`Objection — ${OBJECTION}`);
      expect(raw).toContain(`Reservation — ${RESERVATION}`);
      expect(raw).toContain('Time allocated: 390 of 510 minutes');
      expect(raw).toContain(`Classification: ${MARKING.PARTNERS}`);
    });

    it('a partner-private meeting keeps its own marking', async () => {
      const res = await download(as.caCoordinator, url(privateMeetingId, 'agenda.pdf'));
      expect(res.status).toBe(200);
      const pages = await pdfPages(res.body as Buffer);
      for (const page of pages) expect(page.text).toContain(MARKING.PRIVATE_CA);
      expect(pages[0].text).toContain(`Canadian lines ${tag}`);
      expect(pages[0].text).toContain('09:00–10:00');
    });
  });

  describe('guests’ version', () => {
    it('PDF: the guest marking on every page; guest-visible items only, real times, no positions', async () => {
      const res = await download(as.secretariat, url(meetingId, 'agenda.pdf', 'guests'));
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(`^attachment; filename="Agenda-NGO-consultation-export-${tag}-guests\\.pdf"`),
      );
      const pages = await pdfPages(res.body as Buffer);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) {
        expect(page.text).toContain(MARKING.GUESTS);
        expect(page.text).not.toContain(MARKING.PARTNERS);
        expect(page.text).toContain(`Page ${page.num} of ${pages.length}`);
      }
      const all = pages.map((p) => p.text).join('\n');
      for (const [i, title] of titles.entries()) {
        if (visible(i) && i !== DEFERRED) expect(all).toContain(title);
        else expect(all).not.toContain(title);
      }
      // Times are those of the day, hidden items included: item 3 at 10:00, item 5 at 10:30.
      expect(all).toMatch(new RegExp(`10:00–10:30\\s*2\\. Item 03 ${tag}`));
      expect(all).toMatch(new RegExp(`10:30–11:00\\s*3\\. Item 05 ${tag}`));
      for (const hidden of [RESERVATION, OBJECTION, 'Objection', 'Reservation', 'Agrees']) {
        expect(all).not.toContain(hidden);
      }
      expect(all).not.toContain('Time allocated');
      expect(all).not.toContain('Deferred or withdrawn');
    });

    it('DOCX: the guest marking in headers and footers; no hidden item, no consent text', async () => {
      const res = await download(as.euCoordinator, url(meetingId, 'agenda.docx', 'guests'));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(DOCX_TYPE);
      const buffer = res.body as Buffer;
      const zip = await JSZip.loadAsync(buffer);
      const parts = Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n));
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const part of parts) {
        const xml = await zip.file(part)!.async('string');
        expect(xml).toContain(MARKING.GUESTS);
        expect(xml).not.toContain('PARTNERS');
      }
      const { value: raw } = await mammoth.extractRawText({ buffer });
      const xml = await zip.file('word/document.xml')!.async('string');
      for (const [i, title] of titles.entries()) {
        if (visible(i) && i !== DEFERRED) expect(raw).toContain(title);
        else expect(xml).not.toContain(title);
      }
      for (const hidden of [RESERVATION, OBJECTION, 'Objection', 'Reservation', 'Agrees']) {
        expect(xml).not.toContain(hidden);
      }
    });

    it('the demo NGO consultation: guests get neither the internal item nor Hungary’s reservation', async () => {
      const ngo = demoMeetingId(2026, 'NGO');
      const partners = await download(as.usDiplomat, url(ngo, 'agenda.docx', 'partners'));
      const guests = await download(as.usDiplomat, url(ngo, 'agenda.docx', 'guests'));
      const text = async (res: { body: unknown }) =>
        (await mammoth.extractRawText({ buffer: res.body as Buffer })).value;
      const forPartners = await text(partners);
      const forGuests = await text(guests);
      expect(forPartners).toContain('Partners’ follow-up on the 2025 submissions');
      expect(forPartners).toContain(
        'General patterns only: no individual cases in front of guests.',
      );
      expect(forGuests).toContain('Child labour in merchandise for major sporting events');
      expect(forGuests).toContain('Transnational repression: follow-up');
      expect(forGuests).not.toContain('Partners’ follow-up on the 2025 submissions');
      expect(forGuests).not.toContain('General patterns only');
      // 14:00 in Brussels; the internal item's half hour still counts.
      expect(forGuests).toContain(
        '14:00–14:45  1. Administrative detention and residential surveillance',
      );
      expect(forGuests).toContain('15:55–16:35  3. Transnational repression: follow-up');
    });
  });

  describe('who may export, and bad requests', () => {
    it('anonymous callers get 401', async () => {
      const res = await t.agent().get(url(meetingId, 'agenda.pdf'));
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    });

    it('an NGO guest gets 404, whatever the audience', async () => {
      for (const audience of ['guests', 'partners', undefined]) {
        const res = await as.guest.get(url(meetingId, 'agenda.pdf', audience));
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('NOT_FOUND');
        expect(res.text).not.toContain(tag);
      }
    });

    it('another partner gets the same 404 for a partner-private meeting as for a missing one', async () => {
      const res = await as.usDiplomat.get(url(privateMeetingId, 'agenda.docx'));
      expect(res.status).toBe(404);
      expect(res.text).not.toContain(tag);
      const missing = await as.usDiplomat.get(url(randomUUID(), 'agenda.docx'));
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual(res.body);
    });

    it('an unknown format or audience, a malformed id: 400 with a sentence', async () => {
      const format = await as.secretariat.get(url(meetingId, 'agenda.txt'));
      expect(format.status).toBe(400);
      expect(format.body).toEqual({
        code: 'BAD_USER_INPUT',
        message: '"txt" is not an agenda export format: choose pdf or docx.',
      });
      for (const audience of ['ngo', 'guests&audience=partners', '']) {
        const res = await as.secretariat.get(
          `/api/meetings/${meetingId}/agenda.pdf?audience=${audience}`,
        );
        expect(res.status).toBe(400);
        expect(res.body).toEqual({
          code: 'BAD_USER_INPUT',
          message: 'Choose the audience: partners or guests.',
        });
      }
      const id = await as.secretariat.get(url('not-a-meeting', 'agenda.pdf'));
      expect(id.status).toBe(400);
      expect(id.body.code).toBe('BAD_USER_INPUT');
      // A partner-private meeting has no guests' version.
      const noGuests = await as.caCoordinator.get(url(privateMeetingId, 'agenda.pdf', 'guests'));
      expect(noGuests.status).toBe(400);
      expect(noGuests.body.code).toBe('BAD_USER_INPUT');
    });

    it('the format is case-insensitive and the id may be upper case', async () => {
      const res = await download(as.secretariat, url(meetingId.toUpperCase(), 'agenda.PDF'));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
    });
  });

  it('audits every export with its audience and format, and nothing for refused ones', async () => {
    const exportsOf = (resourceId: string) =>
      ds.getRepository(AuditEntryEntity).find({
        where: { resourceId, action: 'agenda.exported' },
        order: { id: 'ASC' },
      });
    const before = (await exportsOf(meetingId)).length;
    await download(as.euDiplomat, url(meetingId, 'agenda.docx', 'guests'));
    await download(as.euDiplomat, url(meetingId, 'agenda.pdf', 'partners'));
    await as.guest.get(url(meetingId, 'agenda.pdf', 'guests'));
    await as.secretariat.get(url(meetingId, 'agenda.pdf', 'nobody'));
    const entries = (await exportsOf(meetingId)).slice(before);
    const { id: euId } = (await gql(as.euDiplomat, '{ me { id } }')).body.data.me;
    expect(entries.map((e) => [e.actorId, e.resourceType, e.outcome])).toEqual([
      [euId, 'agenda', 'SUCCESS'],
      [euId, 'agenda', 'SUCCESS'],
    ]);
    expect(entries.map((e) => JSON.parse(e.details!))).toEqual([
      expect.objectContaining({ audience: 'guests', format: 'docx', status: 'OPEN', items: 7 }),
      expect.objectContaining({ audience: 'partners', format: 'pdf', status: 'OPEN', items: 14 }),
    ]);
    expect(JSON.parse(entries[0].details!).bytes).toBeGreaterThan(0);
  });
});
