import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Response } from 'superagent';
import type TestAgent from 'supertest/lib/agent';
import { DataSource, MoreThan } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { pdfPages } from '../src/modules/briefing-notes/export/__tests__/pdf-text';
import { DEMO_CASES } from '../src/modules/cases/cases.seed';
import { demoMeetingId } from '../src/modules/meetings/meetings.seed';
import { createUser, randomId, signIn } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const CASE = `id reference name nativeName birthYear region status detainedOn charges sentence location summary
  sourceName sourceReference ownerPartner themeCodes vulnerableGroups
  raisings { id caseId partnerCode channel raisedOn request answerKind answer answeredOn daysToAnswer
    meeting { id title } recordedBy { id } answerRecordedBy { id } canRecordAnswer }
  lastRaising { id channel raisedOn answerKind partnerCode }
  raisedBy awaitingAnswers namedReaders { id displayName partnerCode } canEdit canManage
  createdBy { id } updatedBy { id }`;
const GET = `query($id: ID!) { case(id: $id) { ${CASE} } }`;
const LIST = `query($filter: CasesFilter) { cases(filter: $filter) { id reference name } }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE} } }`;
const UPDATE = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { ${CASE} } }`;
const RAISE = `mutation($input: RecordCaseRaisingInput!) { recordCaseRaising(input: $input) { ${CASE} } }`;
const ANSWER = `mutation($input: RecordCaseAnswerInput!) { recordCaseAnswer(input: $input) { ${CASE} } }`;
const READERS = `mutation($input: SetCaseReadersInput!) { setCaseReaders(input: $input) { ${CASE} } }`;
const CASE_LIST = `meetingId meetingTitle hostPartner sentAt sentBy { id displayName } canEdit daysBeforeRound
  entries { position request case { id reference name } }`;
const MEETING_LIST = `query($m: ID!) { meetingCaseList(meetingId: $m) { ${CASE_LIST} } }`;
const SET_LIST = `mutation($input: SetMeetingCaseListInput!) { setMeetingCaseList(input: $input) { ${CASE_LIST} } }`;
const MARK_SENT = `mutation($m: ID!) { markMeetingCaseListSent(meetingId: $m) { ${CASE_LIST} } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const EDIT_LINKS = `mutation($input: EditAgendaItemInput!) { editAgendaItem(input: $input) { id links { kind targetId } } }`;
const PROPOSE = `mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) {
  id title links { kind targetId title path } } }`;
const AGENDA_LINKS = `query($m: ID!) { agenda(meetingId: $m) { items { id title links { kind targetId title path } } } }`;

const MARKING = 'RESTRICTED — individual cases — named recipients only';
const NOT_CLEARED =
  'Adding or listing individual cases needs a clearance for restricted records. Ask your coordinator or the secretariat.';
const STAFF_ONLY = 'Individual cases are open only to partner staff cleared for them.';
const CASE_NOT_FOUND = 'This case does not exist or you do not have access to it.';
const BRUSSELS_2026 = demoMeetingId(2026, 'BRUSSELS');
const BRUSSELS_2025 = demoMeetingId(2025, 'BRUSSELS');
const ROUND_2024 = demoMeetingId(2024, 'ROUND');
const ROUND_2025 = demoMeetingId(2025, 'ROUND');
const YEAR = new Date().getUTCFullYear();
const TODAY = new Date().toISOString().slice(0, 10);
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
/** The seeded draft list for the Brussels 2026 session, in order. */
const BRUSSELS_LIST = ['DEMO-001', 'DEMO-003', 'DEMO-004', 'DEMO-006', 'DEMO-007'];

interface Raising {
  id: string;
  caseId: string;
  partnerCode: string;
  channel: string;
  raisedOn: string;
  request: string;
  answerKind: string;
  answer: string;
  answeredOn: string | null;
  daysToAnswer: number | null;
  meeting: { id: string; title: string } | null;
  recordedBy: { id: string } | null;
  answerRecordedBy: { id: string } | null;
  canRecordAnswer: boolean;
}
interface Case {
  id: string;
  reference: string;
  name: string;
  ownerPartner: string;
  themeCodes: string[];
  vulnerableGroups: string[];
  raisings: Raising[];
  lastRaising: { id: string; channel: string; raisedOn: string; answerKind: string } | null;
  raisedBy: string[];
  awaitingAnswers: number;
  namedReaders: { id: string; displayName: string; partnerCode: string | null }[];
  canEdit: boolean;
  canManage: boolean;
  createdBy: { id: string } | null;
  updatedBy: { id: string } | null;
  [key: string]: unknown;
}
interface CaseList {
  meetingId: string;
  meetingTitle: string;
  hostPartner: string | null;
  sentAt: string | null;
  sentBy: { id: string; displayName: string } | null;
  canEdit: boolean;
  daysBeforeRound: number | null;
  entries: {
    position: number;
    request: string;
    case: { id: string; reference: string; name: string };
  }[];
}

/** Collects a binary body (supertest only buffers text and JSON by itself). */
function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('individual cases', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  const ids: Record<string, string> = {};
  /** DEMO-001 … DEMO-008 → case id. */
  const demoIds: Record<string, string> = {};
  /** Every person's name the tests put in a case: none may reach an error, a refusal or the audit log. */
  const secrets: string[] = DEMO_CASES.flatMap((c) => [c.name, c.nativeName].filter(Boolean));
  let disabledId: string;
  let guestId: string;

  const audits = () => ds.getRepository(AuditEntryEntity);
  const lastAuditId = async () =>
    (await audits().find({ order: { id: 'DESC' }, take: 1 }))[0]?.id ?? 0;
  const auditsSince = (id: number, where: { action?: string; actorId?: string } = {}) =>
    audits().find({ where: { id: MoreThan(id), ...where }, order: { id: 'ASC' } });

  const expectNoCaseData = (text: string) => {
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/DEMO-00\d/);
  };

  const create = async (who: string, input: Record<string, unknown>): Promise<Case> => {
    const res = await gql(as[who], CREATE, { input });
    expect(res.body.errors).toBeUndefined();
    const created = res.body.data.createCase as Case;
    secrets.push(created.name);
    return created;
  };
  const read = async (who: string, id: string): Promise<Case> => {
    const res = await gql(as[who], GET, { id });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.case;
  };
  const list = async (who: string, filter?: Record<string, unknown>): Promise<string[]> => {
    const res = await gql(as[who], LIST, { filter });
    expect(res.body.errors).toBeUndefined();
    return (res.body.data.cases as { reference: string }[]).map((c) => c.reference);
  };
  /** The demo references in a list (cases created by other tests left out). */
  const demoRefs = async (who: string, filter?: Record<string, unknown>) =>
    (await list(who, filter)).filter((r) => r.startsWith('DEMO-')).sort();
  const raise = (who: string, input: Record<string, unknown>) => gql(as[who], RAISE, { input });
  const answer = (who: string, input: Record<string, unknown>) => gql(as[who], ANSWER, { input });
  const setReaders = (who: string, caseId: string, userIds: string[]) =>
    gql(as[who], READERS, { input: { caseId, userIds } });
  const download = (agent: TestAgent, meetingId: string, format: string) =>
    agent.get(`/api/meetings/${meetingId}/case-list.${format}`).buffer(true).parse(binary);
  const createRound = async (title: string, daysAhead = 40): Promise<string> => {
    const start = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
    const res = await gql(as.secretariat, CREATE_MEETING, {
      input: {
        kind: 'BILATERAL_ROUND',
        title,
        city: 'Brussels',
        timeZone: 'Europe/Brussels',
        hostPartner: 'EU',
        partnerCodes: ['EU'],
        startsAt: `${start}T08:00:00Z`,
        endsAt: `${start}T16:00:00Z`,
        classification: 'PARTNERS',
      },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createMeeting.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    for (const [name, email] of Object.entries(demo)) {
      as[name] = await t.as(email);
      ids[name] = (await gql(as[name], '{ me { id } }')).body.data.me.id;
    }
    // The owner partner's coordinator (cleared), and a cleared coordinator of a partner that
    // hosts none of the rounds used here.
    const euCoordinator = await createUser(t, {
      role: 'COORDINATOR',
      partnerCode: 'EU',
      cleared: true,
      label: 'eu-coord',
    });
    as.euCoordinator = (await signIn(t, euCoordinator.email, euCoordinator.password)).agent;
    ids.euCoordinator = euCoordinator.id;
    const caCleared = await createUser(t, {
      role: 'COORDINATOR',
      partnerCode: 'CA',
      cleared: true,
      label: 'ca-cleared',
    });
    as.caCleared = (await signIn(t, caCleared.email, caCleared.password)).agent;
    ids.caCleared = caCleared.id;
    const guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    guestId = guest.id;
    disabledId = (await createUser(t, { role: 'DIPLOMAT', partnerCode: 'EU', disabled: true })).id;
    as.anonymous = t.agent();

    const all = await gql(as.secretariat, LIST, { filter: { search: 'DEMO-' } });
    for (const c of all.body.data.cases as { id: string; reference: string }[])
      demoIds[c.reference] = c.id;
    expect(Object.keys(demoIds).sort()).toEqual(DEMO_CASES.map((c) => `DEMO-00${c.n}`));
    // Starting the app migrates and seeds a fresh database, which takes a while on PostgreSQL.
  }, 60_000);
  afterAll(() => t?.close());

  describe('who may not see cases', () => {
    /** Every GraphQL route into cases, on a real case, a real raising and the seeded list. */
    const routes = () => {
      const caseId = demoIds['DEMO-001'];
      const raisingId = 'ca5e0002-0000-4000-8000-000000000101';
      return [
        ['case', GET, { id: caseId }],
        ['cases', LIST, { filter: { search: 'Lan' } }],
        ['createCase', CREATE, { input: { name: 'Probe Person Wuxing' } }],
        ['updateCase', UPDATE, { input: { id: caseId, summary: 'Probe' } }],
        [
          'recordCaseRaising',
          RAISE,
          { input: { caseId, channel: 'LETTER', raisedOn: '2025-01-01' } },
        ],
        [
          'recordCaseAnswer',
          ANSWER,
          { input: { raisingId, answerKind: 'NONE', answeredOn: '2025-01-02' } },
        ],
        ['setCaseReaders', READERS, { input: { caseId, userIds: [] } }],
        ['meetingCaseList', MEETING_LIST, { m: BRUSSELS_2026 }],
        ['setMeetingCaseList', SET_LIST, { input: { meetingId: BRUSSELS_2026, entries: [] } }],
        ['markMeetingCaseListSent', MARK_SENT, { m: BRUSSELS_2026 }],
      ] as const;
    };

    afterAll(async () => {
      // Nothing the refused callers tried changed anything.
      const seeded = (await gql(as.secretariat, MEETING_LIST, { m: BRUSSELS_2026 })).body.data
        .meetingCaseList as CaseList;
      expect(seeded.entries.map((e) => e.case.reference)).toEqual(BRUSSELS_LIST);
      expect(seeded.sentAt).toBeNull();
      expect(await list('secretariat', { search: 'Wuxing' })).toEqual([]);
      const first = await read('secretariat', demoIds['DEMO-001']);
      expect(first.summary).toBe(DEMO_CASES[0].summary);
      expect(first.raisings).toHaveLength(DEMO_CASES[0].raisings.length);
      expect(first.namedReaders).toEqual([]);
    });

    it('anonymous callers are asked to sign in on every route and get 401 on the exports', async () => {
      for (const [field, query, variables] of routes()) {
        const res = await gql(as.anonymous, query, variables);
        expect([field, errorCode(res)]).toEqual([field, 'UNAUTHENTICATED']);
        expect(res.body.data ?? null).toBeNull();
        expectNoCaseData(res.text);
      }
      for (const format of ['pdf', 'docx']) {
        const res = await download(as.anonymous, BRUSSELS_2026, format);
        expect(res.status).toBe(401);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.headers['content-disposition']).toBeUndefined();
        expect(JSON.parse(res.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
        expectNoCaseData(res.body.toString());
      }
    });

    it('an NGO guest is refused everywhere, before any case is looked up', async () => {
      for (const [field, query, variables] of routes()) {
        const res = await gql(as.guest, query, variables);
        expect([field, errorCode(res)]).toEqual([field, 'FORBIDDEN']);
        expect(res.body.errors[0].message).toBe(STAFF_ONLY);
        expect(res.body.data ?? null).toBeNull();
        expectNoCaseData(res.text);
      }
      // A missing case is refused the same way: a guest learns nothing about which ids exist.
      const missing = await gql(as.guest, GET, { id: randomUUID() });
      expect(missing.body.errors[0]).toMatchObject({
        message: STAFF_ONLY,
        extensions: { code: 'FORBIDDEN' },
      });
      for (const format of ['pdf', 'docx']) {
        const res = await download(as.guest, BRUSSELS_2026, format);
        expect(res.status).toBe(403);
        expect(res.headers['content-disposition']).toBeUndefined();
        expect(JSON.parse(res.body.toString())).toEqual({ code: 'FORBIDDEN', message: STAFF_ONLY });
      }
    });

    it('writes every refusal of a guest to the audit log, without case data', async () => {
      const since = await lastAuditId();
      for (const [, query, variables] of routes()) await gql(as.guest, query, variables);
      for (const format of ['pdf', 'docx']) await download(as.guest, BRUSSELS_2026, format);
      // Whatever a guest types where an id goes stays out of the log unless it is an id.
      const typed = await gql(as.guest, GET, { id: DEMO_CASES[0].name });
      expect(typed.body.errors[0]).toMatchObject({
        message: STAFF_ONLY,
        extensions: { code: 'FORBIDDEN' },
      });
      const rows = await auditsSince(since, { actorId: guestId });
      expect(rows.every((e) => e.action === 'access.denied' && e.outcome === 'DENIED')).toBe(true);
      const caseId = demoIds['DEMO-001'];
      const refused = (attempted: string, reason = 'guest-not-shared') => ({ attempted, reason });
      expect(rows.map((e) => [e.resourceType, e.resourceId, JSON.parse(e.details!)])).toEqual([
        ['case', caseId, refused('read')],
        ['case', null, refused('read')],
        ['case', null, refused('create')],
        ['case', caseId, refused('update')],
        ['case', caseId, refused('update')],
        ['case', null, refused('update')],
        ['case', caseId, refused('share', 'guest-read-only')],
        ['case-list', BRUSSELS_2026, refused('read')],
        ['case-list', BRUSSELS_2026, refused('read')],
        ['case-list', BRUSSELS_2026, refused('read')],
        ['case-list', BRUSSELS_2026, refused('export')],
        ['case-list', BRUSSELS_2026, refused('export')],
        ['case', null, refused('read')],
      ]);
      expectNoCaseData(JSON.stringify(rows));
    });

    it.each(['usDiplomat', 'caCoordinator'])(
      'the uncleared %s finds no case, lists none, adds none and cannot read or export the list',
      async (who) => {
        const expected: Record<string, [string, string] | 'EMPTY'> = {
          case: ['NOT_FOUND', CASE_NOT_FOUND],
          cases: 'EMPTY',
          createCase: ['FORBIDDEN', NOT_CLEARED],
          updateCase: ['NOT_FOUND', CASE_NOT_FOUND],
          recordCaseRaising: ['NOT_FOUND', CASE_NOT_FOUND],
          // A raising of a case one may not open looks like a raising that does not exist.
          recordCaseAnswer: [
            'NOT_FOUND',
            'This raising does not exist or you do not have access to it.',
          ],
          setCaseReaders: ['NOT_FOUND', CASE_NOT_FOUND],
          meetingCaseList: ['FORBIDDEN', NOT_CLEARED],
          setMeetingCaseList: ['FORBIDDEN', NOT_CLEARED],
          markMeetingCaseListSent: ['FORBIDDEN', NOT_CLEARED],
        };
        for (const [field, query, variables] of routes()) {
          const res = await gql(as[who], query, variables);
          const want = expected[field];
          if (want === 'EMPTY') {
            expect(res.body.errors).toBeUndefined();
            expect(res.body.data[field]).toEqual([]);
          } else {
            expect([field, errorCode(res), res.body.errors[0].message]).toEqual([field, ...want]);
          }
          expectNoCaseData(res.text);
        }
        // Not readable and missing look the same.
        const missing = await gql(as[who], GET, { id: randomUUID() });
        const existing = await gql(as[who], GET, { id: demoIds['DEMO-004'] });
        expect(existing.body.errors[0].message).toBe(missing.body.errors[0].message);
        expect(await list(who)).toEqual([]);
        expect(
          await list(who, { statuses: ['DETAINED', 'SENTENCED'], awaitingAnswer: true }),
        ).toEqual([]);
        for (const format of ['pdf', 'docx']) {
          const res = await download(as[who], BRUSSELS_2026, format);
          expect(res.status).toBe(403);
          expect(res.headers['content-type']).toMatch(/^application\/json/);
          expect(res.headers['content-disposition']).toBeUndefined();
          expect(res.headers['cache-control']).toBe('no-store');
          expect(JSON.parse(res.body.toString())).toEqual({
            code: 'FORBIDDEN',
            message: NOT_CLEARED,
          });
          expectNoCaseData(res.body.toString());
        }
      },
    );

    it('writes every refusal of an uncleared member to the audit log', async () => {
      const since = await lastAuditId();
      await gql(as.usDiplomat, GET, { id: demoIds['DEMO-002'] });
      await gql(as.usDiplomat, MEETING_LIST, { m: BRUSSELS_2026 });
      await download(as.usDiplomat, BRUSSELS_2026, 'pdf');
      const denied = await auditsSince(since, { action: 'access.denied' });
      expect(
        denied.map((e) => [
          e.actorId,
          e.outcome,
          e.resourceType,
          e.resourceId,
          JSON.parse(e.details!),
        ]),
      ).toEqual([
        [
          ids.usDiplomat,
          'DENIED',
          'case',
          demoIds['DEMO-002'],
          { attempted: 'read', reason: 'not-cleared' },
        ],
        [
          ids.usDiplomat,
          'DENIED',
          'case-list',
          BRUSSELS_2026,
          { attempted: 'read', reason: 'not-cleared' },
        ],
        [
          ids.usDiplomat,
          'DENIED',
          'case-list',
          BRUSSELS_2026,
          { attempted: 'export', reason: 'not-cleared' },
        ],
      ]);
      // Nothing is written as read, listed or exported.
      const shown = (await auditsSince(since)).filter((e) => e.action.startsWith('restricted.'));
      expect(shown.filter((e) => e.resourceType !== 'meeting')).toEqual([]);
    });
  });

  describe('listing and filters (demo cases)', () => {
    it('lists every case to cleared staff, by name', async () => {
      const res = await gql(as.euDiplomat, LIST, { filter: { search: 'demo-' } });
      const names = (res.body.data.cases as { name: string }[]).map((c) => c.name);
      expect(names).toEqual(DEMO_CASES.map((c) => c.name).sort((a, b) => (a < b ? -1 : 1)));
      expect(await demoRefs('secretariat')).toHaveLength(8);
      expect(await demoRefs('caCleared')).toHaveLength(8);
    });

    it.each<[Record<string, unknown>, string[]]>([
      [{ search: 'lan qiuming' }, ['DEMO-001']],
      [{ search: '  QIUMING   lan ' }, ['DEMO-001']],
      [{ search: '蓝秋明' }, ['DEMO-001']],
      [{ search: 'xinjiang' }, ['DEMO-003']],
      [{ search: 'demo-004' }, ['DEMO-004']],
      [{ search: 'detention centre' }, ['DEMO-006', 'DEMO-007']],
      [{ search: 'lan tibet' }, ['DEMO-002']],
      [{ search: '%' }, []],
      [{ search: '_' }, []],
      [{ search: 'nobody-by-this-name' }, []],
      [{ statuses: ['RSDL', 'DISAPPEARED'] }, ['DEMO-002', 'DEMO-004']],
      [{ statuses: ['SENTENCED'] }, ['DEMO-001', 'DEMO-003']],
      [{ themeCodes: ['FREE_RELIGION'] }, ['DEMO-002', 'DEMO-006']],
      [{ themeCodes: ['LABOUR_RIGHTS', 'HOUSING_EVICTIONS'] }, ['DEMO-004', 'DEMO-005']],
      [{ raisedBy: 'DE' }, ['DEMO-006']],
      [{ raisedBy: 'CA' }, ['DEMO-001']],
      [
        { raisedBy: 'EU' },
        ['DEMO-001', 'DEMO-002', 'DEMO-003', 'DEMO-005', 'DEMO-006', 'DEMO-008'],
      ],
      [{ raisedBy: 'US' }, []],
      [{ vulnerableGroup: 'ELDERLY' }, ['DEMO-005', 'DEMO-008']],
      [{ vulnerableGroup: 'CHILDREN' }, ['DEMO-007']],
      [{ awaitingAnswer: true }, ['DEMO-003', 'DEMO-004']],
      [{ statuses: ['SENTENCED'], raisedBy: 'EU', vulnerableGroup: 'WOMEN' }, ['DEMO-003']],
      [{ themeCodes: ['MINORITY_RIGHTS'], search: 'monk' }, ['DEMO-002']],
    ])('filters %j', async (filter, expected) => {
      expect(await demoRefs('euDiplomat', filter)).toEqual(expected);
    });

    it('computes raisedBy, awaitingAnswers, lastRaising and daysToAnswer from the history', async () => {
      const lan = await read('euDiplomat', demoIds['DEMO-001']);
      expect(lan.raisedBy).toEqual(['CA', 'EU']);
      expect(lan.awaitingAnswers).toBe(0);
      expect(lan.raisings.map((r) => r.raisedOn)).toEqual([
        '2025-09-15',
        '2025-05-09',
        '2024-05-10',
        '2023-01-20',
      ]);
      expect(lan.lastRaising).toMatchObject({
        channel: 'LETTER',
        raisedOn: '2025-09-15',
        answerKind: 'NONE',
      });
      expect(lan.raisings[0]).toMatchObject({ partnerCode: 'CA', meeting: null, daysToAnswer: 91 });
      // Raised on 2025-05-09, answered at the round on 2025-06-12.
      expect(lan.raisings[1]).toMatchObject({
        partnerCode: 'EU',
        channel: 'LIST',
        answerKind: 'PARTIAL',
        daysToAnswer: 34,
        meeting: { id: ROUND_2025, title: 'EU–China human rights dialogue, Beijing 2025' },
      });
      // The EU's staff records answers to the EU's raisings, not to Canada's.
      expect(lan.raisings.map((r) => [r.partnerCode, r.canRecordAnswer])).toEqual([
        ['CA', false],
        ['EU', true],
        ['EU', true],
        ['EU', true],
      ]);
      const aynur = await read('euDiplomat', demoIds['DEMO-003']);
      expect(aynur.awaitingAnswers).toBe(1);
      expect(aynur.lastRaising).toMatchObject({ answerKind: 'AWAITED', raisedOn: '2025-05-09' });
      expect(aynur.raisings[0].daysToAnswer).toBeNull();
      const gao = await read('euDiplomat', demoIds['DEMO-007']);
      expect(gao).toMatchObject({
        raisings: [],
        lastRaising: null,
        raisedBy: [],
        awaitingAnswers: 0,
        ownerPartner: 'AU',
      });
    });
  });

  describe('creating and changing cases', () => {
    it('generates the next BP-<year>-NNN reference when none is given', async () => {
      const first = await create('euDiplomat', { name: `Wen Lihua ${randomId()}` });
      expect(first.reference).toMatch(new RegExp(`^BP-${YEAR}-\\d{3}$`));
      expect(first).toMatchObject({
        ownerPartner: 'EU',
        status: 'DETAINED',
        nativeName: '',
        birthYear: null,
        detainedOn: null,
        themeCodes: [],
        vulnerableGroups: [],
        raisings: [],
        lastRaising: null,
        raisedBy: [],
        awaitingAnswers: 0,
        namedReaders: [],
        canEdit: true,
        canManage: false,
        createdBy: { id: ids.euDiplomat },
        updatedBy: { id: ids.euDiplomat },
      });
      const second = await create('secretariat', {
        name: `Qin Haoran ${randomId()}`,
        reference: '',
      });
      const n = Number(first.reference.slice(-3));
      expect(second.reference).toBe(`BP-${YEAR}-${String(n + 1).padStart(3, '0')}`);
      expect(second).toMatchObject({ ownerPartner: 'SECRETARIAT', canManage: true });
      // A reference of this year's series given by hand moves the series on.
      const manual = await create('euDiplomat', {
        name: `Shi Yuwen ${randomId()}`,
        reference: `bp-${YEAR}-${String(n + 7).padStart(3, '0')}`,
      });
      expect(manual.reference).toBe(`BP-${YEAR}-${String(n + 7).padStart(3, '0')}`);
      const next = await create('euDiplomat', { name: `Tang Meiling ${randomId()}` });
      expect(next.reference).toBe(`BP-${YEAR}-${String(n + 8).padStart(3, '0')}`);
    });

    it('keeps references unique, whatever their case', async () => {
      const reference = `T-${randomId().toUpperCase()}`;
      const mine = await create('euDiplomat', {
        name: `Ren Jiahui ${randomId()}`,
        reference: ` ${reference.toLowerCase()} `,
      });
      expect(mine.reference).toBe(reference);
      for (const again of [reference, reference.toLowerCase()]) {
        const name = `Duplicate Person ${randomId()}`;
        const res = await gql(as.secretariat, CREATE, { input: { name, reference: again } });
        expect(errorCode(res)).toBe('CONFLICT');
        expect(res.body.errors[0].message).toBe(
          'Another case already has this reference: choose another one.',
        );
        expect(res.text).not.toContain(name);
        expect(await list('secretariat', { search: name })).toEqual([]);
      }
      // Taking another case's reference on update is refused too; keeping one's own is fine.
      const other = await create('euDiplomat', { name: `Hu Zhiqiang ${randomId()}` });
      const taken = await gql(as.euDiplomat, UPDATE, { input: { id: other.id, reference } });
      expect(errorCode(taken)).toBe('CONFLICT');
      const same = await gql(as.euDiplomat, UPDATE, {
        input: { id: mine.id, reference: reference.toLowerCase() },
      });
      expect(same.body.data.updateCase.reference).toBe(reference);
      expect((await read('euDiplomat', other.id)).reference).toBe(other.reference);
    });

    it('gives cases created at the same time references of their own', async () => {
      const names = Array.from({ length: 4 }, () => `Concurrent Person ${randomId()}`);
      secrets.push(...names);
      const results = await Promise.all(
        names.map((name) => gql(as.euDiplomat, CREATE, { input: { name } })),
      );
      for (const res of results) {
        // Either created or told to try again: never an internal error.
        expect(['OK', 'CONFLICT']).toContain(res.body.errors ? errorCode(res) : 'OK');
      }
      const refs = results
        .filter((r) => !r.body.errors)
        .map((r) => r.body.data.createCase.reference as string);
      expect(refs.length).toBeGreaterThanOrEqual(1);
      expect(new Set(refs).size).toBe(refs.length);
    });

    it('stores every field cleaned, and updates fields, themes and vulnerable groups', async () => {
      const name = `Yang   Xuefei ${randomId()}`;
      const created = await create('euDiplomat', {
        name: `  ${name}\n`,
        nativeName: ' 杨雪菲 ',
        birthYear: 1975,
        region: 'Hubei\t(Wuhan)',
        status: 'SENTENCED',
        detainedOn: '2020-02-14',
        charges: 'Spreading rumours',
        sentence: '4 years',
        location: 'Wuhan Women’s Prison',
        summary: 'A citizen journalist.\n\nReported from hospitals.',
        sourceName: 'Test NGO',
        sourceReference: 'SRC-1',
        themeCodes: ['FREE_EXPRESSION', 'FREE_EXPRESSION', 'ADMIN_DETENTION'],
        vulnerableGroups: ['WOMEN', 'WOMEN'],
      });
      secrets.push(name.replace(/\s+/g, ' '));
      expect(created).toMatchObject({
        name: name.replace(/\s+/g, ' '),
        nativeName: '杨雪菲',
        birthYear: 1975,
        region: 'Hubei (Wuhan)',
        status: 'SENTENCED',
        detainedOn: '2020-02-14',
        summary: 'A citizen journalist.\n\nReported from hospitals.',
        themeCodes: ['ADMIN_DETENTION', 'FREE_EXPRESSION'],
        vulnerableGroups: ['WOMEN'],
      });

      // Another cleared partner's coordinator edits it (the policy lets cleared staff write).
      const since = await lastAuditId();
      const res = await gql(as.caCleared, UPDATE, {
        input: {
          id: created.id,
          status: 'RELEASED',
          sentence: '4 years, served',
          detainedOn: '',
          birthYear: null,
          themeCodes: ['JUDICIAL_INDEPENDENCE'],
          vulnerableGroups: ['ELDERLY', 'ETHNIC_MINORITIES'],
        },
      });
      expect(res.body.errors).toBeUndefined();
      const updated = res.body.data.updateCase as Case;
      expect(updated).toMatchObject({
        name: created.name,
        nativeName: '杨雪菲',
        region: 'Hubei (Wuhan)',
        status: 'RELEASED',
        sentence: '4 years, served',
        detainedOn: null,
        birthYear: null,
        charges: 'Spreading rumours',
        themeCodes: ['JUDICIAL_INDEPENDENCE'],
        vulnerableGroups: ['ELDERLY', 'ETHNIC_MINORITIES'],
        ownerPartner: 'EU',
        createdBy: { id: ids.euDiplomat },
        updatedBy: { id: ids.caCleared },
      });
      // Leaving themes and groups out keeps them; empty lists clear them.
      const kept = (
        await gql(as.euDiplomat, UPDATE, { input: { id: created.id, summary: 'Updated.' } })
      ).body.data.updateCase as Case;
      expect(kept.themeCodes).toEqual(['JUDICIAL_INDEPENDENCE']);
      expect(kept.vulnerableGroups).toEqual(['ELDERLY', 'ETHNIC_MINORITIES']);
      const cleared = (
        await gql(as.euDiplomat, UPDATE, {
          input: { id: created.id, themeCodes: [], vulnerableGroups: [] },
        })
      ).body.data.updateCase as Case;
      expect(cleared).toMatchObject({ themeCodes: [], vulnerableGroups: [], summary: 'Updated.' });

      // The audit says which fields changed, never their values.
      const [entry] = await auditsSince(since, { action: 'case.update' });
      expect(entry).toMatchObject({
        actorId: ids.caCleared,
        resourceType: 'case',
        resourceId: created.id,
      });
      expect(JSON.parse(entry.details!)).toEqual({
        fields: ['birthYear', 'detainedOn', 'sentence', 'status', 'themeCodes', 'vulnerableGroups'],
      });
      expect(entry.details).not.toContain('4 years');

      // The filters find it by its new state.
      const unique = created.name.split(' ').pop()!;
      expect(await list('euDiplomat', { search: unique, statuses: ['RELEASED'] })).toEqual([
        created.reference,
      ]);
      expect(await list('euDiplomat', { search: unique, statuses: ['SENTENCED'] })).toEqual([]);
      expect(await list('euDiplomat', { search: `杨雪菲 ${unique}` })).toEqual([created.reference]);
    });

    it('finds names and places with accented capitals as they are written', async () => {
      const tag = randomId();
      const c = await create('euDiplomat', { name: `Ömer Tursun ${tag}`, region: 'Ürümqi' });
      for (const search of [`Ömer ${tag}`, `Ürümqi ${tag}`, `TURSUN ÖMER ${tag.toUpperCase()}`]) {
        expect([search, await list('euDiplomat', { search })]).toEqual([search, [c.reference]]);
      }
    });

    it('refuses an unknown case id the same way as one the caller may not read', async () => {
      const res = await gql(as.euDiplomat, UPDATE, { input: { id: randomUUID(), name: 'Nobody' } });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.body.errors[0].message).toBe(CASE_NOT_FOUND);
      const malformed = await gql(as.euDiplomat, GET, { id: 'not-a-uuid' });
      expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(errorCode(malformed));
    });
  });

  describe('bad input', () => {
    const NAME = `Secret Person Zhaoming ${randomId()}`;
    const REGION = 'Secret Region Hexi';

    it.each<[string, Record<string, unknown>, string | RegExp]>([
      ['an empty name', { name: ' \n\t ' }, 'Write the person’s name.'],
      ['a name of control characters', { name: '\u0000\u0007' }, 'Write the person’s name.'],
      [
        'a name over 200 characters',
        { name: `${NAME} `.repeat(10).slice(0, 250) },
        'The name has at most 200 characters.',
      ],
      ['a name over the transport bound', { name: NAME.repeat(80) }, /name/],
      [
        'a long name in script',
        { nativeName: '蓝'.repeat(201) },
        'The name in the person’s script has at most 200 characters.',
      ],
      [
        'a long region',
        { region: `${REGION} `.repeat(20) },
        'The region has at most 300 characters.',
      ],
      ['long charges', { charges: 'c'.repeat(301) }, 'The charges has at most 300 characters.'],
      [
        'a long place of detention',
        { location: 'p'.repeat(301) },
        'The place of detention has at most 300 characters.',
      ],
      [
        'a long summary',
        { summary: `${NAME}. `.repeat(200) },
        'The summary has at most 4000 characters.',
      ],
      ['a long source', { sourceName: 's'.repeat(301) }, 'The source has at most 300 characters.'],
      [
        'an impossible date',
        { detainedOn: '2025-02-30' },
        'The date of detention is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.',
      ],
      [
        'a name typed as the date',
        { detainedOn: NAME },
        'The date of detention is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.',
      ],
      ['a date before 1900', { detainedOn: '1899-12-31' }, /is not a date/],
      ['a future date', { detainedOn: TOMORROW }, 'The date of detention cannot be in the future.'],
      [
        'a birth year before 1900',
        { birthYear: 1899 },
        'Give a birth year between 1900 and this year.',
      ],
      [
        'a birth year in the future',
        { birthYear: YEAR + 1 },
        'Give a birth year between 1900 and this year.',
      ],
      [
        'an unknown theme',
        { themeCodes: ['NO_SUCH_THEME'] },
        'A theme is not known: use theme codes such as FREE_RELIGION.',
      ],
      [
        'a reference with spaces',
        { reference: 'BP 2026 001' },
        /^A reference is 2 to 40 capital letters, digits or dashes/,
      ],
      ['a one-letter reference', { reference: 'X' }, /^A reference is 2 to 40/],
      ['a reference too long', { reference: `BP-${'9'.repeat(40)}` }, /^A reference is 2 to 40/],
      ['a name typed as the reference', { reference: NAME }, /^A reference is 2 to 40/],
    ])('refuses %s with a sentence that repeats nothing typed', async (_label, fields, message) => {
      const input = { name: NAME, region: REGION, ...fields };
      const res = await gql(as.euDiplomat, CREATE, { input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(message);
      expect(res.body.data ?? null).toBeNull();
      expect(res.text).not.toContain('Zhaoming');
      expect(res.text).not.toContain('Hexi');
      expect(res.text).not.toContain('蓝蓝');
    });

    it('a theme hint names a theme that exists', async () => {
      const res = await gql(as.euDiplomat, CREATE, {
        input: { name: NAME, themeCodes: ['RELIGION'] },
      });
      const hinted = /such as ([A-Z_]+)/.exec(res.body.errors[0].message)?.[1];
      expect(hinted).toBeDefined();
      const { body } = await gql(as.euDiplomat, '{ themes { code } }');
      expect((body.data.themes as { code: string }[]).map((th) => th.code)).toContain(hinted);
    });

    it('stores nothing refused, and refuses the same on update', async () => {
      expect(await list('secretariat', { search: 'Zhaoming' })).toEqual([]);
      const target = await create('euDiplomat', { name: `Bad Update Target ${randomId()}` });
      for (const [fields, message] of [
        [{ name: '' }, 'Write the person’s name.'],
        [{ name: null }, 'Write the person’s name.'],
        [{ birthYear: 1850 }, 'Give a birth year between 1900 and this year.'],
        [{ detainedOn: TOMORROW }, 'The date of detention cannot be in the future.'],
        [
          { themeCodes: ['ADMIN_DETENTION', 'NOPE'] },
          'A theme is not known: use theme codes such as FREE_RELIGION.',
        ],
        [{ reference: 'no spaces allowed' }, /^A reference is/],
      ] as [Record<string, unknown>, string | RegExp][]) {
        const res = await gql(as.euDiplomat, UPDATE, { input: { id: target.id, ...fields } });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message).toMatch(message);
        expect(res.text).not.toContain(target.name);
      }
      const after = await read('euDiplomat', target.id);
      expect(after).toMatchObject({
        name: target.name,
        birthYear: null,
        detainedOn: null,
        themeCodes: [],
      });
    });

    it('never fails on stray control characters in search words or text', async () => {
      const search = await gql(as.euDiplomat, LIST, { filter: { search: 'lan\u0000qiu' } });
      expect(search.body.errors).toBeUndefined();
      // Tabs and line breaks still separate words.
      expect(await demoRefs('euDiplomat', { search: 'qiuming\n\tlan' })).toEqual(['DEMO-001']);
      // Control characters are dropped from theme codes as from every other field.
      expect(await demoRefs('euDiplomat', { themeCodes: ['FREE_RELIGION\u0000'] })).toEqual([
        'DEMO-002',
        'DEMO-006',
      ]);
      const theme = await gql(as.euDiplomat, CREATE, {
        input: { name: NAME, themeCodes: ['FREE\u0000RELIGION'] },
      });
      expect(errorCode(theme)).toBe('BAD_USER_INPUT');
      expect(theme.body.errors[0].message).toBe(
        'A theme is not known: use theme codes such as FREE_RELIGION.',
      );
      const stored = await create('euDiplomat', {
        name: `Nul\u0000 Person ${randomId()}`,
        summary: 'Line one\u0000\nline two',
        region: 'Tab\u0000region',
      });
      expect(stored.name).toMatch(/^Nul Person /);
      expect(stored.summary).toBe('Line one\nline two');
      expect(stored.region).toBe('Tabregion');
    });
  });

  describe('raisings and answers', () => {
    let subject: Case;
    const raisingOf = (c: Case, raisedOn: string, partnerCode: string) =>
      c.raisings.find((r) => r.raisedOn === raisedOn && r.partnerCode === partnerCode)!;

    beforeAll(async () => {
      subject = await create('euDiplomat', {
        name: `Raised Person ${randomId()}`,
        status: 'DETAINED',
      });
    });

    it('records a raising for the member’s own partner only', async () => {
      const other = await raise('euDiplomat', {
        caseId: subject.id,
        partnerCode: 'CA',
        channel: 'LETTER',
        raisedOn: '2025-09-01',
      });
      expect(errorCode(other)).toBe('FORBIDDEN');
      expect(other.body.errors[0].message).toBe(
        'You record raisings by EU; the secretariat records them for any partner.',
      );

      const res = await raise('euDiplomat', {
        caseId: subject.id,
        channel: 'LETTER',
        raisedOn: '2025-09-01',
        request: '  Access to a lawyer.  ',
      });
      expect(res.body.errors).toBeUndefined();
      const c = res.body.data.recordCaseRaising as Case;
      expect(c.raisings).toEqual([
        expect.objectContaining({
          caseId: subject.id,
          partnerCode: 'EU',
          meeting: null,
          channel: 'LETTER',
          raisedOn: '2025-09-01',
          request: 'Access to a lawyer.',
          answerKind: 'AWAITED',
          answer: '',
          answeredOn: null,
          daysToAnswer: null,
          recordedBy: { id: ids.euDiplomat },
          answerRecordedBy: null,
          canRecordAnswer: true,
        }),
      ]);
      expect(c).toMatchObject({ raisedBy: ['EU'], awaitingAnswers: 1 });
      expect(c.lastRaising).toMatchObject({ id: c.raisings[0].id, channel: 'LETTER' });
      // Naming one's own partner is the same as leaving it out.
      const own = await raise('euDiplomat', {
        caseId: subject.id,
        partnerCode: 'EU',
        meetingId: ROUND_2024,
        channel: 'ROUND',
        raisedOn: '2024-06-13',
      });
      expect(own.body.errors).toBeUndefined();
      const round = raisingOf(own.body.data.recordCaseRaising, '2024-06-13', 'EU');
      expect(round.meeting).toEqual({
        id: ROUND_2024,
        title: 'EU–China human rights dialogue, Brussels 2024',
      });
    });

    it('makes the secretariat name the partner, and the meeting include it', async () => {
      for (const partnerCode of [undefined, 'SECRETARIAT']) {
        const res = await raise('secretariat', {
          caseId: subject.id,
          partnerCode,
          channel: 'LETTER',
          raisedOn: '2025-10-01',
        });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message).toBe(
          'Say which partner raised the case: the secretariat does not hold a dialogue.',
        );
      }
      // The EU–China round is the EU's alone.
      const mismatch = await raise('secretariat', {
        caseId: subject.id,
        partnerCode: 'CA',
        meetingId: ROUND_2025,
        channel: 'ROUND',
        raisedOn: '2025-06-12',
      });
      expect(errorCode(mismatch)).toBe('BAD_USER_INPUT');
      expect(mismatch.body.errors[0].message).toBe(
        'This meeting is not part of that partner’s dialogue: choose the partner’s own round.',
      );
      const missing = await raise('secretariat', {
        caseId: subject.id,
        partnerCode: 'CA',
        meetingId: randomUUID(),
        channel: 'ROUND',
        raisedOn: '2025-06-12',
      });
      expect(errorCode(missing)).toBe('NOT_FOUND');
      expect(missing.body.errors[0].message).toMatch(/^This meeting does not exist/);
      // A Berne Process session includes every partner.
      const ok = await raise('secretariat', {
        caseId: subject.id,
        partnerCode: 'CA',
        meetingId: BRUSSELS_2025,
        channel: 'ROUND',
        raisedOn: '2025-11-20',
        request: 'Whereabouts.',
      });
      expect(ok.body.errors).toBeUndefined();
      const c = ok.body.data.recordCaseRaising as Case;
      expect(c.raisings.map((r) => [r.raisedOn, r.partnerCode])).toEqual([
        ['2025-11-20', 'CA'],
        ['2025-09-01', 'EU'],
        ['2024-06-13', 'EU'],
      ]);
      expect(c.raisings[0]).toMatchObject({
        meeting: { id: BRUSSELS_2025 },
        recordedBy: { id: ids.secretariat },
      });
      expect(c).toMatchObject({ raisedBy: ['CA', 'EU'], awaitingAnswers: 3 });
      expect(c.lastRaising).toMatchObject({ raisedOn: '2025-11-20', answerKind: 'AWAITED' });
      expect(c.raisings.every((r) => r.canRecordAnswer)).toBe(true);
      // For the EU's diplomat, only the EU's raisings are to answer.
      const seen = await read('euDiplomat', subject.id);
      expect(seen.raisings.map((r) => [r.partnerCode, r.canRecordAnswer])).toEqual([
        ['CA', false],
        ['EU', true],
        ['EU', true],
      ]);
      expect(await list('euDiplomat', { raisedBy: 'CA', search: subject.name })).toEqual([
        subject.reference,
      ]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a future date', { raisedOn: TOMORROW }, 'The date raised cannot be in the future.'],
      [
        'no date',
        { raisedOn: '' },
        'The date raised is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.',
      ],
      [
        'an impossible date',
        { raisedOn: '2025-13-01' },
        'The date raised is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.',
      ],
      [
        'a long request',
        { raisedOn: '2025-01-01', request: 'r'.repeat(4001) },
        'The request has at most 4000 characters.',
      ],
    ])('refuses a raising with %s', async (_label, fields, message) => {
      const res = await raise('euDiplomat', { caseId: subject.id, channel: 'LETTER', ...fields });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toBe(message);
      expect(res.text).not.toContain(subject.name);
    });

    it('records answers: by the raising partner or the secretariat, after the raising, with text when there is one', async () => {
      const c = await read('secretariat', subject.id);
      const caRaising = raisingOf(c, '2025-11-20', 'CA');
      const letter = raisingOf(c, '2025-09-01', 'EU');
      const round = raisingOf(c, '2024-06-13', 'EU');

      const notEus = await answer('euDiplomat', {
        raisingId: caRaising.id,
        answerKind: 'NONE',
        answeredOn: '2025-12-01',
      });
      expect(errorCode(notEus)).toBe('FORBIDDEN');
      expect(notEus.body.errors[0].message).toBe(
        'You record raisings by EU; the secretariat records them for any partner.',
      );
      // The uncleared Canadian coordinator cannot open the case at all.
      expect(
        errorCode(
          await answer('caCoordinator', {
            raisingId: caRaising.id,
            answerKind: 'NONE',
            answeredOn: '2025-12-01',
          }),
        ),
      ).toBe('NOT_FOUND');
      const byCanada = await answer('caCleared', {
        raisingId: caRaising.id,
        answerKind: 'REFUSED',
        answer: 'Called an internal affair.',
        answeredOn: '2025-11-20',
      });
      expect(byCanada.body.errors).toBeUndefined();
      expect(raisingOf(byCanada.body.data.recordCaseAnswer, '2025-11-20', 'CA')).toMatchObject({
        answerKind: 'REFUSED',
        answer: 'Called an internal affair.',
        answeredOn: '2025-11-20',
        daysToAnswer: 0,
        answerRecordedBy: { id: ids.caCleared },
      });

      const before = await answer('euDiplomat', {
        raisingId: letter.id,
        answerKind: 'NONE',
        answeredOn: '2025-08-31',
      });
      expect(errorCode(before)).toBe('BAD_USER_INPUT');
      expect(before.body.errors[0].message).toBe(
        'An answer cannot come before the case was raised.',
      );
      for (const answerKind of ['PARTIAL', 'FULL', 'REFUSED']) {
        for (const text of [undefined, '  \n ']) {
          const res = await answer('euDiplomat', {
            raisingId: letter.id,
            answerKind,
            answer: text,
            answeredOn: '2025-10-01',
          });
          expect(errorCode(res)).toBe('BAD_USER_INPUT');
          expect(res.body.errors[0].message).toBe(
            'Say what came back: a partial or full answer, or a refusal, needs its text.',
          );
        }
      }
      const undated = await answer('euDiplomat', { raisingId: letter.id, answerKind: 'NONE' });
      expect(undated.body.errors[0].message).toBe(
        'The date of the answer is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.',
      );
      const future = await answer('euDiplomat', {
        raisingId: letter.id,
        answerKind: 'FULL',
        answer: 'x',
        answeredOn: TOMORROW,
      });
      expect(future.body.errors[0].message).toBe('The date of the answer cannot be in the future.');
      const unknown = await answer('euDiplomat', {
        raisingId: randomUUID(),
        answerKind: 'NONE',
        answeredOn: '2025-10-01',
      });
      expect(errorCode(unknown)).toBe('NOT_FOUND');

      const none = await answer('euDiplomat', {
        raisingId: letter.id,
        answerKind: 'NONE',
        answer: 'ignored?',
        answeredOn: '2025-12-01',
      });
      expect(none.body.errors).toBeUndefined();
      expect(raisingOf(none.body.data.recordCaseAnswer, '2025-09-01', 'EU')).toMatchObject({
        answerKind: 'NONE',
        answeredOn: '2025-12-01',
        daysToAnswer: 91,
      });
      const partial = await answer('secretariat', {
        raisingId: round.id,
        answerKind: 'PARTIAL',
        answer: ' Confirmed the place of detention. ',
        answeredOn: '2024-07-01',
      });
      const afterPartial = partial.body.data.recordCaseAnswer as Case;
      expect(raisingOf(afterPartial, '2024-06-13', 'EU')).toMatchObject({
        answerKind: 'PARTIAL',
        answer: 'Confirmed the place of detention.',
        daysToAnswer: 18,
        answerRecordedBy: { id: ids.secretariat },
      });
      expect(afterPartial.awaitingAnswers).toBe(0);
      expect(await list('euDiplomat', { awaitingAnswer: true, search: subject.name })).toEqual([]);

      // Back to AWAITED: the answer, its date and the days are cleared.
      const reopened = await answer('euDiplomat', {
        raisingId: round.id,
        answerKind: 'AWAITED',
        answer: 'left over',
        answeredOn: '2024-07-01',
      });
      expect(reopened.body.errors).toBeUndefined();
      const c2 = reopened.body.data.recordCaseAnswer as Case;
      expect(raisingOf(c2, '2024-06-13', 'EU')).toMatchObject({
        answerKind: 'AWAITED',
        answer: '',
        answeredOn: null,
        daysToAnswer: null,
      });
      expect(c2.awaitingAnswers).toBe(1);
      expect(c2.lastRaising).toMatchObject({ raisedOn: '2025-11-20', answerKind: 'REFUSED' });
      expect(await list('euDiplomat', { awaitingAnswer: true, search: subject.name })).toEqual([
        subject.reference,
      ]);
    });

    it('audits raisings and answers without their text', async () => {
      const entries = await audits().find({
        where: { resourceId: subject.id },
        order: { id: 'ASC' },
      });
      const raised = entries.filter((e) => e.action === 'case.raise');
      const answered = entries.filter((e) => e.action === 'case.answer');
      expect(raised).toHaveLength(3);
      expect(answered.length).toBeGreaterThanOrEqual(4);
      expect(JSON.parse(raised[0].details!)).toEqual({
        raisingId: expect.any(String),
        partner: 'EU',
        channel: 'LETTER',
      });
      for (const e of [...raised, ...answered]) {
        expect(e.details).not.toMatch(/lawyer|Whereabouts|internal affair|Confirmed/);
      }
    });
  });

  describe('named readers', () => {
    let named: Case;
    let other: Case;

    beforeAll(async () => {
      named = await create('euDiplomat', { name: `Named Reader Case ${randomId()}` });
      other = await create('euDiplomat', { name: `Other Case ${randomId()}` });
    });

    it('is managed by the owner partner’s coordinator and the secretariat only', async () => {
      const byDiplomat = await setReaders('euDiplomat', named.id, [ids.usDiplomat]);
      expect(errorCode(byDiplomat)).toBe('FORBIDDEN');
      const byOtherCoordinator = await setReaders('caCleared', named.id, [ids.usDiplomat]);
      expect(errorCode(byOtherCoordinator)).toBe('FORBIDDEN');
      const byUncleared = await setReaders('caCoordinator', named.id, [ids.usDiplomat]);
      expect(errorCode(byUncleared)).toBe('NOT_FOUND');
      // The EU coordinator manages the EU's cases, not Sweden's.
      expect(
        errorCode(await setReaders('euCoordinator', demoIds['DEMO-003'], [ids.usDiplomat])),
      ).toBe('FORBIDDEN');
      expect(await list('usDiplomat')).toEqual([]);

      const res = await setReaders('euCoordinator', named.id, [ids.usDiplomat, ids.usDiplomat]);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.setCaseReaders).toMatchObject({
        canManage: true,
        namedReaders: [{ id: ids.usDiplomat, displayName: 'Daniel Okafor', partnerCode: 'US' }],
      });
      expect((await read('secretariat', named.id)).namedReaders.map((p) => p.id)).toEqual([
        ids.usDiplomat,
      ]);
      // Those who do not manage the case do not see who else reads it.
      expect((await read('euDiplomat', named.id)).namedReaders).toEqual([]);
    });

    it('lets the named reader open that case and no other, and not the lists of cases', async () => {
      const seen = await read('usDiplomat', named.id);
      expect(seen).toMatchObject({
        id: named.id,
        name: named.name,
        canManage: false,
        namedReaders: [],
      });
      expect(await list('usDiplomat')).toEqual([named.reference]);
      expect(await list('usDiplomat', { search: named.name })).toEqual([named.reference]);
      expect(await list('usDiplomat', { search: other.name })).toEqual([]);
      const refused = await gql(as.usDiplomat, GET, { id: other.id });
      expect(errorCode(refused)).toBe('NOT_FOUND');
      expect(refused.text).not.toContain(other.name);
      expect(errorCode(await gql(as.usDiplomat, GET, { id: demoIds['DEMO-001'] }))).toBe(
        'NOT_FOUND',
      );
      // A named reader of one case neither reads the whole list nor adds cases nor names readers.
      const meetingList = await gql(as.usDiplomat, MEETING_LIST, { m: BRUSSELS_2026 });
      expect(errorCode(meetingList)).toBe('FORBIDDEN');
      expect(meetingList.body.errors[0].message).toBe(NOT_CLEARED);
      expect((await download(as.usDiplomat, BRUSSELS_2026, 'pdf')).status).toBe(403);
      const adding = await gql(as.usDiplomat, CREATE, { input: { name: 'Added By A Reader' } });
      expect(errorCode(adding)).toBe('FORBIDDEN');
      expect(adding.body.errors[0].message).toBe(NOT_CLEARED);
      expect(
        errorCode(await setReaders('usDiplomat', named.id, [ids.usDiplomat, ids.caCoordinator])),
      ).toBe('FORBIDDEN');
      // The Canadian coordinator, not named, still sees nothing.
      expect(await list('caCoordinator')).toEqual([]);
      // The read is audited as a named reader's.
      const [entry] = await audits().find({
        where: { action: 'restricted.read', actorId: ids.usDiplomat, resourceId: named.id },
        order: { id: 'DESC' },
        take: 1,
      });
      expect(JSON.parse(entry.details!)).toEqual({ reason: 'named-reader' });
    });

    it('names only active partner staff, at most 50', async () => {
      for (const userIds of [[guestId], [disabledId], [randomUUID()], [ids.euDiplomat, guestId]]) {
        const res = await setReaders('secretariat', named.id, userIds);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message).toBe(
          'Named readers must be active partner staff: guests are never readers of a case.',
        );
      }
      const many = await setReaders(
        'secretariat',
        named.id,
        Array.from({ length: 51 }, () => randomUUID()),
      );
      expect(errorCode(many)).toBe('BAD_USER_INPUT');
      expect(many.body.errors[0].message).toBe('A case has at most 50 named readers.');
      // Nothing changed; the guest still reads nothing.
      expect((await read('secretariat', named.id)).namedReaders.map((p) => p.id)).toEqual([
        ids.usDiplomat,
      ]);
      expect(errorCode(await gql(as.guest, GET, { id: named.id }))).toBe('FORBIDDEN');
    });

    it('takes the access back when the reader is removed', async () => {
      const since = await lastAuditId();
      const res = await setReaders('secretariat', other.id, [ids.caCoordinator]);
      expect(res.body.data.setCaseReaders.namedReaders.map((p: { id: string }) => p.id)).toEqual([
        ids.caCoordinator,
      ]);
      expect(await list('caCoordinator')).toEqual([other.reference]);
      const cleared = await setReaders('euCoordinator', other.id, []);
      expect(cleared.body.data.setCaseReaders.namedReaders).toEqual([]);
      expect(await list('caCoordinator')).toEqual([]);
      expect(errorCode(await gql(as.caCoordinator, GET, { id: other.id }))).toBe('NOT_FOUND');
      const changes = await auditsSince(since, { action: 'case.readers' });
      expect(changes.map((e) => [e.actorId, e.resourceId, JSON.parse(e.details!)])).toEqual([
        [ids.secretariat, other.id, { readers: [ids.caCoordinator] }],
        [ids.euCoordinator, other.id, { readers: [] }],
      ]);
    });
  });

  describe('meeting case lists', () => {
    it('shows the seeded draft list of the Brussels session to cleared staff', async () => {
      const res = await gql(as.euDiplomat, MEETING_LIST, { m: BRUSSELS_2026 });
      expect(res.body.errors).toBeUndefined();
      const view = res.body.data.meetingCaseList as CaseList;
      expect(view).toMatchObject({
        meetingId: BRUSSELS_2026,
        meetingTitle: 'Berne Process session, Brussels 2026',
        hostPartner: 'EU',
        sentAt: null,
        sentBy: null,
        canEdit: true,
      });
      expect(view.daysBeforeRound).toBeGreaterThan(0);
      expect(view.entries.map((e) => [e.position, e.case.reference])).toEqual(
        BRUSSELS_LIST.map((r, i) => [i + 1, r]),
      );
      expect(view.entries[0]).toMatchObject({
        request: 'Release; his health.',
        case: { name: 'Lan Qiuming' },
      });
      expect(
        (await gql(as.secretariat, MEETING_LIST, { m: BRUSSELS_2026 })).body.data.meetingCaseList
          .canEdit,
      ).toBe(true);
      // A cleared member of a partner that does not host it reads it, without editing.
      expect(
        (await gql(as.caCleared, MEETING_LIST, { m: BRUSSELS_2026 })).body.data.meetingCaseList
          .canEdit,
      ).toBe(false);
      // A meeting without a list has an empty one.
      const empty = (await gql(as.euDiplomat, MEETING_LIST, { m: ROUND_2024 })).body.data
        .meetingCaseList as CaseList;
      expect(empty).toMatchObject({ entries: [], sentAt: null, hostPartner: 'EU' });
      expect(errorCode(await gql(as.euDiplomat, MEETING_LIST, { m: randomUUID() }))).toBe(
        'NOT_FOUND',
      );
    });

    it('is prepared by the host’s staff or the secretariat; duplicates and unknown cases refused', async () => {
      const entries = [{ caseId: demoIds['DEMO-001'] }];
      const byCanada = await gql(as.caCoordinator, SET_LIST, {
        input: { meetingId: BRUSSELS_2026, entries },
      });
      expect(errorCode(byCanada)).toBe('FORBIDDEN');
      expect(byCanada.body.errors[0].message).toBe(NOT_CLEARED);
      const byClearedCanada = await gql(as.caCleared, SET_LIST, {
        input: { meetingId: BRUSSELS_2026, entries },
      });
      expect(errorCode(byClearedCanada)).toBe('FORBIDDEN');
      expect(byClearedCanada.body.errors[0].message).toBe(
        'Only the meeting’s host partner or the secretariat prepares its list of cases.',
      );
      const markByCanada = await gql(as.caCleared, MARK_SENT, { m: BRUSSELS_2026 });
      expect(errorCode(markByCanada)).toBe('FORBIDDEN');
      const twice = await gql(as.euDiplomat, SET_LIST, {
        input: {
          meetingId: BRUSSELS_2026,
          entries: [
            { caseId: demoIds['DEMO-001'] },
            { caseId: demoIds['DEMO-002'] },
            { caseId: demoIds['DEMO-001'] },
          ],
        },
      });
      expect(errorCode(twice)).toBe('BAD_USER_INPUT');
      expect(twice.body.errors[0].message).toBe('A case appears twice on the list.');
      const unknown = await gql(as.euDiplomat, SET_LIST, {
        input: {
          meetingId: BRUSSELS_2026,
          entries: [{ caseId: demoIds['DEMO-001'] }, { caseId: randomUUID() }],
        },
      });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      // None of it changed the seeded list.
      const view = (await gql(as.secretariat, MEETING_LIST, { m: BRUSSELS_2026 })).body.data
        .meetingCaseList as CaseList;
      expect(view.entries.map((e) => e.case.reference)).toEqual(BRUSSELS_LIST);
    });

    it('is sent only for a bilateral round', async () => {
      const res = await gql(as.euDiplomat, MARK_SENT, { m: BRUSSELS_2026 });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toBe(
        'Only a bilateral dialogue round’s list is sent to the other side; a Berne Process session’s list is the partners’ consolidated list.',
      );
      const view = (await gql(as.secretariat, MEETING_LIST, { m: BRUSSELS_2026 })).body.data
        .meetingCaseList as CaseList;
      expect(view.sentAt).toBeNull();
      for (const ref of BRUSSELS_LIST) {
        const c = await read('secretariat', demoIds[ref]);
        expect(c.raisings.filter((r) => r.meeting?.id === BRUSSELS_2026)).toEqual([]);
      }
    });

    it('marking a round’s list sent records one LIST raising per case, once; a sent list is frozen', async () => {
      const meetingId = await createRound(`EU–China human rights dialogue ${randomId()}`);
      const cases = [
        await create('euDiplomat', { name: `Listed One ${randomId()}` }),
        await create('secretariat', { name: `Listed Two ${randomId()}` }),
        await create('euDiplomat', { name: `Listed Three ${randomId()}` }),
      ];
      const empty = await gql(as.euDiplomat, MARK_SENT, { m: meetingId });
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
      expect(empty.body.errors[0].message).toBe(
        'Put at least one case on the list before marking it sent.',
      );

      const first = await gql(as.euDiplomat, SET_LIST, {
        input: {
          meetingId,
          entries: [{ caseId: cases[0].id, request: 'Release.' }, { caseId: cases[1].id }],
        },
      });
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data.setMeetingCaseList.entries).toHaveLength(2);
      // Replaced as a whole, in the order given.
      const set = await gql(as.secretariat, SET_LIST, {
        input: {
          meetingId,
          entries: [
            { caseId: cases[2].id, request: ' Medical care. ' },
            { caseId: cases[0].id, request: 'Release.' },
            { caseId: cases[1].id, request: '' },
          ],
        },
      });
      const draft = set.body.data.setMeetingCaseList as CaseList;
      expect(draft.entries.map((e) => [e.position, e.case.id, e.request])).toEqual([
        [1, cases[2].id, 'Medical care.'],
        [2, cases[0].id, 'Release.'],
        [3, cases[1].id, ''],
      ]);
      expect(draft).toMatchObject({ sentAt: null, canEdit: true });
      expect(draft.daysBeforeRound).toBeGreaterThanOrEqual(39);

      const since = await lastAuditId();
      const sent = await gql(as.euDiplomat, MARK_SENT, { m: meetingId });
      expect(sent.body.errors).toBeUndefined();
      const view = sent.body.data.markMeetingCaseListSent as CaseList;
      expect(view.sentAt).not.toBeNull();
      expect(view).toMatchObject({
        sentBy: { id: ids.euDiplomat, displayName: 'Eleanor Vance' },
        canEdit: false,
      });
      for (const [i, c] of [cases[2], cases[0], cases[1]].entries()) {
        const after = await read('secretariat', c.id);
        const listed = after.raisings.filter((r) => r.meeting?.id === meetingId);
        expect(listed).toEqual([
          expect.objectContaining({
            partnerCode: 'EU',
            channel: 'LIST',
            raisedOn: TODAY,
            answerKind: 'AWAITED',
            request: ['Medical care.', 'Release.', ''][i],
            recordedBy: { id: ids.euDiplomat },
          }),
        ]);
        expect(after).toMatchObject({ raisedBy: ['EU'], awaitingAnswers: 1 });
      }
      expect(
        (await auditsSince(since, { action: 'case-list.sent' })).map((e) => e.resourceId),
      ).toEqual([meetingId]);

      const again = await gql(as.secretariat, MARK_SENT, { m: meetingId });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.body.errors[0].message).toBe(
        'This list was already sent. Later cases are raised one by one.',
      );
      const change = await gql(as.euDiplomat, SET_LIST, {
        input: { meetingId, entries: [{ caseId: cases[0].id }] },
      });
      expect(errorCode(change)).toBe('CONFLICT');
      const still = (await gql(as.euDiplomat, MEETING_LIST, { m: meetingId })).body.data
        .meetingCaseList as CaseList;
      expect(still.entries).toHaveLength(3);
      expect(still.canEdit).toBe(false);
      for (const c of cases) {
        const after = await read('secretariat', c.id);
        expect(after.raisings.filter((r) => r.meeting?.id === meetingId)).toHaveLength(1);
      }
    });

    it('records the LIST raisings once when the list is marked sent twice at the same time', async () => {
      const meetingId = await createRound(`EU–China round ${randomId()}`);
      const c = await create('euDiplomat', { name: `Double Click ${randomId()}` });
      await gql(as.euDiplomat, SET_LIST, { input: { meetingId, entries: [{ caseId: c.id }] } });
      const results = await Promise.all([
        gql(as.euDiplomat, MARK_SENT, { m: meetingId }),
        gql(as.secretariat, MARK_SENT, { m: meetingId }),
      ]);
      expect(results.map((r) => (r.body.errors ? errorCode(r) : 'OK')).sort()).toEqual([
        'CONFLICT',
        'OK',
      ]);
      const after = await read('secretariat', c.id);
      expect(after.raisings.filter((r) => r.meeting?.id === meetingId)).toHaveLength(1);
    });
  });

  describe('exports of a list of cases', () => {
    it('PDF: the marking on every page of a long list, the cases in it, not cached', async () => {
      const meetingId = await createRound(`Long list round ${randomId()}`, 60);
      const tag = randomId(2).toUpperCase();
      const made: Case[] = [];
      for (let batch = 0; batch < 4; batch++) {
        made.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, (_, i) =>
              create('euDiplomat', {
                reference: `PDF-${tag}-${batch * 10 + i + 1}`,
                name: `Pdf Person ${batch * 10 + i + 1} ${tag}`,
                charges: 'Inciting subversion of state power',
                location: 'Detention centre',
              }),
            ),
          )),
        );
      }
      const set = await gql(as.euDiplomat, SET_LIST, {
        input: {
          meetingId,
          entries: made.map((c) => ({
            caseId: c.id,
            request:
              'Release; access to a lawyer of the family’s choice; family visits; medical care; information on the charges.',
          })),
        },
      });
      expect(set.body.errors).toBeUndefined();
      const since = await lastAuditId();
      const res = await download(as.euDiplomat, meetingId, 'pdf');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.pdf"$/,
      );
      const pages = await pdfPages(res.body as Buffer);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) {
        expect(page.text.split(MARKING).length - 1).toBeGreaterThanOrEqual(2);
        expect(page.text).toContain(`Page ${page.num} of ${pages.length}`);
      }
      const all = pages.map((p) => p.text).join('\n');
      expect(all).toContain(`PDF-${tag}-1`);
      expect(all).toContain(`Pdf Person 40 ${tag}`);
      expect(pages[0].text).toContain('Draft, not sent');
      expect(pages[0].text).toContain('Eleanor Vance');

      // Audited as an export of the list, with the ids shown.
      const exported = await auditsSince(since, { action: 'restricted.export' });
      expect(exported.map((e) => [e.actorId, e.resourceType, e.resourceId])).toEqual([
        [ids.euDiplomat, 'case-list', meetingId],
      ]);
      const listed = (await auditsSince(since, { action: 'restricted.list' })).map(
        (e) => JSON.parse(e.details!) as { context: string; count: number; ids: string[] },
      );
      expect(listed.map((l) => [l.context, l.count])).toEqual([['export', 40]]);
      expect([...listed[0].ids].sort()).toEqual(made.map((c) => c.id).sort());
    }, 60_000);

    it('DOCX: the marking in header and footer, names in Chinese script included', async () => {
      const res = await download(as.secretariat, BRUSSELS_2026, 'docx');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="cases-2026-12-03.docx"',
      );
      const buffer = res.body as Buffer;
      const zip = await JSZip.loadAsync(buffer);
      const headers = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
      const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
      expect(headers.length).toBeGreaterThanOrEqual(1);
      expect(footers.length).toBeGreaterThanOrEqual(1);
      for (const part of [...headers, ...footers]) {
        expect(await zip.file(part)!.async('string')).toContain(MARKING);
      }
      const documentXml = await zip.file('word/document.xml')!.async('string');
      expect(documentXml).toMatch(/<w:headerReference w:type="default"/);
      expect(documentXml).toMatch(/<w:footerReference w:type="default"/);
      const { value: raw } = await mammoth.extractRawText({ buffer });
      expect(raw).toContain('Individual cases — Berne Process session, Brussels 2026');
      expect(raw).toContain('Lan Qiuming (蓝秋明)');
      expect(raw).toContain('Aynur Tohti');
      expect(raw).toContain('Release; his health.');
      expect(raw).toMatch(/Exported: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC by Margrit Aebischer/);
      // Only what is on the list.
      expect(raw).not.toContain('Lobsang Tsering');
    });

    it('refuses unknown formats, malformed ids and unknown meetings', async () => {
      const html = await as.secretariat.get(`/api/meetings/${BRUSSELS_2026}/case-list.html`);
      expect(html.status).toBe(400);
      expect(html.body).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'A list of cases exports to pdf or docx.',
      });
      expect((await as.secretariat.get('/api/meetings/not-a-meeting/case-list.pdf')).status).toBe(
        400,
      );
      const missing = await as.secretariat.get(`/api/meetings/${randomUUID()}/case-list.pdf`);
      expect(missing.status).toBe(404);
      expect(missing.headers['cache-control']).toBe('no-store');
    });
  });

  describe('agenda links to cases', () => {
    let meetingId: string;

    beforeAll(async () => {
      const year = new Date().getUTCFullYear() + 1;
      const meeting = await gql(as.secretariat, CREATE_MEETING, {
        input: {
          kind: 'BERNE_PROCESS',
          title: 'Berne Process session (cases)',
          city: 'Bern',
          timeZone: 'Europe/Zurich',
          hostPartner: 'CH',
          partnerCodes: ['EU', 'CA'],
          startsAt: `${year}-06-04T07:00:00Z`,
          endsAt: `${year}-06-04T15:00:00Z`,
          classification: 'PARTNERS',
        },
      });
      expect(meeting.body.errors).toBeUndefined();
      meetingId = meeting.body.data.createMeeting.id;
    });

    it('shows a case link only to those who may open the case', async () => {
      const lobsang = demoIds['DEMO-002'];
      const res = await gql(as.euDiplomat, PROPOSE, {
        input: {
          meetingId,
          minutes: 20,
          title: 'Tibetan language teaching',
          links: [{ kind: 'CASE', targetId: lobsang }],
        },
      });
      expect(res.body.errors).toBeUndefined();
      const item = res.body.data.proposeAgendaItem as { id: string; links: unknown[] };
      const link = {
        kind: 'CASE',
        targetId: lobsang,
        title: 'DEMO-002 · Lobsang Tsering',
        path: `/cases/${lobsang}`,
      };
      expect(item.links).toEqual([link]);

      const itemAs = async (who: string) => {
        const view = await gql(as[who], AGENDA_LINKS, { m: meetingId });
        expect(view.body.errors).toBeUndefined();
        return {
          text: view.text,
          item: (view.body.data.agenda.items as { id: string; links: unknown[] }[]).find(
            (i) => i.id === item.id,
          )!,
        };
      };
      const since = await lastAuditId();
      expect((await itemAs('euDiplomat')).item.links).toEqual([link]);
      expect((await itemAs('secretariat')).item.links).toEqual([link]);
      // Showing the link is a view of the case: audited with its id, not its name.
      const shown = await auditsSince(since, {
        action: 'restricted.list',
        actorId: ids.euDiplomat,
      });
      expect(shown.map((e) => JSON.parse(e.details!))).toContainEqual({
        context: 'link',
        count: 1,
        ids: [lobsang],
      });
      for (const who of ['usDiplomat', 'caCoordinator']) {
        const seen = await itemAs(who);
        expect(seen.item.links).toEqual([]);
        expect(seen.text).not.toContain('Lobsang');
        expect(seen.text).not.toContain('DEMO-002');
        expect(seen.text).not.toContain(lobsang);
      }
    });

    it('keeps case links an uncleared editor cannot see when they change the links', async () => {
      const lobsang = demoIds['DEMO-002'];
      const proposed = await gql(as.euDiplomat, PROPOSE, {
        input: {
          meetingId,
          minutes: 15,
          title: 'Monastic education',
          links: [{ kind: 'CASE', targetId: lobsang }],
        },
      });
      expect(proposed.body.errors).toBeUndefined();
      const itemId = proposed.body.data.proposeAgendaItem.id as string;
      const uncleared = await createUser(t, {
        role: 'DIPLOMAT',
        partnerCode: 'EU',
        cleared: false,
        label: 'eu-uncleared',
      });
      const agent = (await signIn(t, uncleared.email, uncleared.password)).agent;
      // They see no link and send an empty list: the case link is not theirs to remove.
      const edited = await gql(agent, EDIT_LINKS, { input: { id: itemId, links: [] } });
      expect(edited.body.errors).toBeUndefined();
      expect(edited.body.data.editAgendaItem.links).toEqual([]);
      const view = await gql(as.euDiplomat, AGENDA_LINKS, { m: meetingId });
      const item = (
        view.body.data.agenda.items as { id: string; links: { targetId: string }[] }[]
      ).find((i) => i.id === itemId)!;
      expect(item.links.map((l) => l.targetId)).toEqual([lobsang]);
      // A cleared editor can remove it.
      const removed = await gql(as.euDiplomat, EDIT_LINKS, { input: { id: itemId, links: [] } });
      expect(removed.body.data.editAgendaItem.links).toEqual([]);
    });

    it('shows a named reader the link to its own case only', async () => {
      const mine = await create('euDiplomat', { name: `Agenda Reader Case ${randomId()}` });
      expect(
        (await setReaders('secretariat', mine.id, [ids.caCoordinator])).body.errors,
      ).toBeUndefined();
      const res = await gql(as.euDiplomat, PROPOSE, {
        input: {
          meetingId,
          minutes: 20,
          title: 'Cases to raise',
          links: [
            { kind: 'CASE', targetId: mine.id },
            { kind: 'CASE', targetId: demoIds['DEMO-008'] },
          ],
        },
      });
      expect(res.body.errors).toBeUndefined();
      const itemId = res.body.data.proposeAgendaItem.id as string;
      expect(res.body.data.proposeAgendaItem.links).toHaveLength(2);
      const view = await gql(as.caCoordinator, AGENDA_LINKS, { m: meetingId });
      const item = (
        view.body.data.agenda.items as { id: string; links: { targetId: string }[] }[]
      ).find((i) => i.id === itemId)!;
      expect(item.links.map((l) => l.targetId)).toEqual([mine.id]);
      expect(view.text).not.toContain('Bayar Tumen');
    });

    it('refuses a link to a case the proposer cannot open', async () => {
      for (const targetId of [demoIds['DEMO-005'], randomUUID()]) {
        const res = await gql(as.caCoordinator, PROPOSE, {
          input: {
            meetingId,
            minutes: 10,
            title: 'Petitioners',
            links: [{ kind: 'CASE', targetId }],
          },
        });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message).toBe(
          'A linked case does not exist or you cannot open it.',
        );
        expect(res.text).not.toContain('Ma Xiulan');
      }
      const view = await gql(as.secretariat, AGENDA_LINKS, { m: meetingId });
      expect(
        (view.body.data.agenda.items as { title: string }[]).map((i) => i.title),
      ).not.toContain('Petitioners');
    });
  });

  describe('audit', () => {
    it('writes restricted.read for a case read, with who and why', async () => {
      const since = await lastAuditId();
      await read('euDiplomat', demoIds['DEMO-006']);
      const entries = await auditsSince(since, { action: 'restricted.read' });
      expect(
        entries.map((e) => [
          e.actorId,
          e.resourceType,
          e.resourceId,
          e.outcome,
          JSON.parse(e.details!),
        ]),
      ).toEqual([[ids.euDiplomat, 'case', demoIds['DEMO-006'], 'SUCCESS', { reason: 'cleared' }]]);
    });

    it('writes restricted.list with the ids and count shown, never the names or the search words', async () => {
      const since = await lastAuditId();
      const res = await gql(as.euDiplomat, LIST, { filter: { search: 'Zhou Wenbo' } });
      expect(res.body.data.cases).toHaveLength(1);
      await gql(as.euDiplomat, LIST, { filter: { search: 'Wenbo', statuses: ['RELEASED'] } });
      const entries = await auditsSince(since, { action: 'restricted.list' });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actorId: ids.euDiplomat,
        resourceType: 'case',
        resourceId: null,
      });
      expect(JSON.parse(entries[0].details!)).toEqual({
        context: 'list',
        count: 1,
        ids: [demoIds['DEMO-006']],
      });
      expect(entries[0].details).not.toMatch(/Zhou|Wenbo/i);

      const sinceList = await lastAuditId();
      await gql(as.caCleared, MEETING_LIST, { m: BRUSSELS_2026 });
      const meetingList = await auditsSince(sinceList);
      expect(meetingList.map((e) => e.action)).toEqual(
        expect.arrayContaining(['restricted.read', 'restricted.list']),
      );
      expect(
        meetingList.find((e) => e.action === 'restricted.read' && e.resourceType === 'case-list')
          ?.resourceId,
      ).toBe(BRUSSELS_2026);
      const shown = meetingList.find((e) => e.action === 'restricted.list')!;
      expect(JSON.parse(shown.details!)).toEqual({
        context: 'meeting-list',
        count: 5,
        ids: expect.arrayContaining(BRUSSELS_LIST.map((r) => demoIds[r])),
      });
    });

    it('keeps every case name, native name and request text out of the whole audit log', async () => {
      const entries = await audits().find({ order: { id: 'ASC' } });
      expect(entries.length).toBeGreaterThan(50);
      const caseEntries = entries.filter(
        (e) => e.resourceType === 'case' || e.resourceType === 'case-list',
      );
      expect(caseEntries.length).toBeGreaterThan(20);
      for (const e of entries) {
        const text = `${e.details ?? ''} ${e.resourceId ?? ''}`;
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
      for (const e of caseEntries) {
        expect(e.details ?? '').not.toMatch(/Release|lawyer|Whereabouts|Medical care/);
      }
    });
  });
});
