import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { LIVE_EVENTS } from '@berne/domain';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { demoMeetingId } from '../src/modules/meetings/meetings.seed';
import { createUser, randomId, signIn } from './helpers/factories';
import { connect, eventually, sessionCookie } from './helpers/sockets';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const BENCHMARK = `id statement description kind holder holders targetDate daysToDeadline overdue themeCodes
  unReference { instrument article mechanism uprCycle label } indicators classification
  namedReaders { id } alignedObjective { id title } active withdrawnAt withdrawnReason
  canEdit canAssess canManage
  latestAssessment { id status date partnerCode }
  trend { direction slope change average count window latestStatus latestDate explanation }
  partnerTrends { partnerCode points { assessmentId date status score }
    trend { direction slope change count latestStatus explanation } }
  assessments { id partnerCode date status score evidence links chinaResponse meeting { id title }
    supersedesId supersededById effective recordedBy { displayName } }
  conflicts { id kind status message }`;
const CONFLICT = `id kind status active message period previousId resolutionNote canResolve
  resolvedBy { displayName } alignedObjective { id title }
  sideA { benchmarkId partnerCode holder kind targetDate assessmentStatus assessmentDate }
  sideB { benchmarkId partnerCode holder kind targetDate assessmentStatus assessmentDate }`;
const CREATE = `mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { ${BENCHMARK} } }`;
const UPDATE = `mutation($input: UpdateBenchmarkInput!) { updateBenchmark(input: $input) { ${BENCHMARK} } }`;
const GET = `query($id: ID!) { benchmark(id: $id) { ${BENCHMARK} } }`;
const LIST = `query($filter: BenchmarksFilter) { benchmarks(filter: $filter) { id statement holder kind classification } }`;
const CRITERIA = `query($filter: BenchmarksFilter) { suspensionCriteria(filter: $filter) { id kind } }`;
const ASSESS = `mutation($input: RecordAssessmentInput!) { recordBenchmarkAssessment(input: $input) { ${BENCHMARK} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawBenchmark(id: $id, reason: $reason) { id active withdrawnReason } }`;
const REINSTATE = `mutation($id: ID!) { reinstateBenchmark(id: $id) { id active } }`;
const DELETE = `mutation($id: ID!) { deleteBenchmark(id: $id) }`;
const ALIGN = `mutation($b: ID!, $o: ID) { alignBenchmark(benchmarkId: $b, alignedObjectiveId: $o) { id alignedObjective { id } } }`;
const CREATE_OBJECTIVE = `mutation($input: CreateAlignedObjectiveInput!) { createAlignedObjective(input: $input) {
  id title holders members { id holder } earliestTargetDate latestTargetDate deadlineSpreadDays openConflictCount canEdit } }`;
const OBJECTIVE = `query($id: ID!) { alignedObjective(id: $id) { id title holders members { id holder }
  earliestTargetDate latestTargetDate deadlineSpreadDays openConflictCount } }`;
const CONFLICTS = `query($filter: BenchmarkConflictsFilter) { benchmarkConflicts(filter: $filter) { ${CONFLICT} } }`;
const RESOLVE = `mutation($id: ID!, $note: String!) { resolveBenchmarkConflict(id: $id, note: $note) { ${CONFLICT} } }`;
const MATRIX = `query($filter: BenchmarkMatrixFilter) { benchmarkMatrix(filter: $filter) { partners rows {
  alignedObjective { id title } title themeCodes openConflictCount conflictKinds
  cells { partnerCode benchmarkId kind targetDate classification latestStatus trend overdue } } } }`;
const DASHBOARD = `query { benchmarkDashboard { upcoming { benchmarkId } overdue { benchmarkId } benchmarkCount } }`;
const CSV = `query { benchmarksCsv }`;

interface Trend {
  direction: string;
  slope: number | null;
  change: number | null;
  count: number;
  latestStatus: string | null;
  explanation: string;
}
interface Benchmark {
  id: string;
  holder: string;
  holders: string[];
  active: boolean;
  targetDate: string | null;
  trend: Trend;
  partnerTrends: {
    partnerCode: string;
    points: { status: string; score: number }[];
    trend: Trend;
  }[];
  assessments: {
    id: string;
    partnerCode: string;
    date: string;
    status: string;
    effective: boolean;
    supersedesId: string | null;
    supersededById: string | null;
    meeting: { id: string; title: string } | null;
  }[];
  conflicts: { id: string; kind: string; status: string }[];
  [key: string]: unknown;
}
interface Conflict {
  id: string;
  kind: string;
  status: string;
  active: boolean;
  message: string;
  period: string | null;
  previousId: string | null;
  resolutionNote: string | null;
  canResolve: boolean;
  sideA: { benchmarkId: string; partnerCode: string; targetDate: string | null } | null;
  sideB: { benchmarkId: string; partnerCode: string; targetDate: string | null } | null;
}

describe('benchmarks', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    for (const [name, email] of Object.entries(demo)) {
      as[name] = await t.as(email);
      ids[name] = (await gql(as[name], '{ me { id } }')).body.data.me.id;
    }
    const euCoordinator = await createUser(t, {
      role: 'COORDINATOR',
      partnerCode: 'EU',
      cleared: true,
      label: 'eu-coord',
    });
    as.euCoordinator = (await signIn(t, euCoordinator.email, euCoordinator.password)).agent;
    const guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    as.anonymous = t.agent();
  });
  afterAll(() => t?.close());

  const create = async (who: string, input: Record<string, unknown>): Promise<Benchmark> => {
    const res = await gql(as[who], CREATE, { input: { kind: 'OBJECTIVE', ...input } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createBenchmark;
  };
  const assess = async (who: string, input: Record<string, unknown>): Promise<Benchmark> => {
    const res = await gql(as[who], ASSESS, { input });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.recordBenchmarkAssessment;
  };
  const objectiveOf = async (who: string, title: string, benchmarkIds?: string[]) => {
    const res = await gql(as[who], CREATE_OBJECTIVE, { input: { title, benchmarkIds } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createAlignedObjective as { id: string; title: string };
  };
  const flags = async (who: string, filter: Record<string, unknown>): Promise<Conflict[]> => {
    const res = await gql(as[who], CONFLICTS, { filter });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.benchmarkConflicts;
  };
  const update = (who: string, input: Record<string, unknown>) => gql(as[who], UPDATE, { input });

  describe('benchmarks and their fields', () => {
    it('creates a benchmark with its UN reference, themes, indicators and time limit', async () => {
      const b = await create('euDiplomat', {
        statement: '  Arbitrary detention ends:   every detainee is brought before a judge. ',
        description: 'From the 2001 set.',
        targetDate: '2027-06-30',
        themeCodes: ['ADMIN_DETENTION', 'JUDICIAL_INDEPENDENCE'],
        unInstrument: 'ICCPR',
        unArticle: 'art. 9',
        unMechanism: 'WG_ARBITRARY_DETENTION',
        uprCycle: 4,
        indicators: ['Detainees brought before a judge within 48 hours', '  '],
      });
      expect(b).toMatchObject({
        statement: 'Arbitrary detention ends: every detainee is brought before a judge.',
        kind: 'OBJECTIVE',
        holder: 'EU',
        holders: ['EU'],
        classification: 'PARTNERS',
        themeCodes: ['ADMIN_DETENTION', 'JUDICIAL_INDEPENDENCE'],
        indicators: ['Detainees brought before a judge within 48 hours'],
        unReference: {
          instrument: 'ICCPR',
          article: 'art. 9',
          mechanism: 'WG_ARBITRARY_DETENTION',
          uprCycle: 4,
          label: 'ICCPR art. 9 · Working Group on Arbitrary Detention · UPR cycle 4',
        },
        active: true,
        overdue: false,
        canEdit: true,
        canAssess: true,
        canManage: false,
        latestAssessment: null,
        assessments: [],
      });
      expect(b.trend).toMatchObject({ direction: 'INSUFFICIENT_DATA', count: 0 });
      // Another partner reads it, may assess it, may not change it.
      const seen = (await gql(as.caCoordinator, GET, { id: b.id })).body.data.benchmark;
      expect(seen).toMatchObject({ canEdit: false, canAssess: true });
      const audit = await ds
        .getRepository(AuditEntryEntity)
        .find({ where: { resourceId: b.id, action: 'benchmark.created' } });
      expect(audit).toHaveLength(1);
      expect(audit[0].details).not.toContain('Arbitrary detention');
    });

    it.each([
      [{ statement: '   ' }, /statement/],
      [
        { statement: 'x', targetDate: '2027-02-30' },
        /“2027-02-30” is not a date: write it as YYYY-MM-DD/,
      ],
      [{ statement: 'x', targetDate: '1850-01-01' }, /between 1990 and 2100/],
      [{ statement: 'x', themeCodes: ['NO_SUCH_THEME'] }, /Unknown theme “NO_SUCH_THEME”/],
      [{ statement: 'x', unArticle: 'art. 9' }, /Name the UN instrument the article belongs to/],
      [{ statement: 'x', uprCycle: 12 }, /is not a UPR cycle/],
      [{ statement: 'x', holder: 'SECRETARIAT' }, /The secretariat does not hold benchmarks/],
      [
        { statement: 'x', classification: 'PUBLIC' },
        /Only coordinators and the secretariat record public benchmarks/,
      ],
      [
        { statement: 'x', namedReaderIds: ['00000000-0000-4000-8000-000000000000'] },
        /only to RESTRICTED/,
      ],
    ])('refuses %j with a sentence', async (input, message) => {
      const res = await gql(as.euDiplomat, CREATE, { input: { kind: 'OBJECTIVE', ...input } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(message);
    });

    it('keeps benchmarks to their holder: a partner records its own, the secretariat names one', async () => {
      const other = await gql(as.euDiplomat, CREATE, {
        input: { kind: 'OBJECTIVE', statement: 'For Canada', holder: 'CA' },
      });
      expect(errorCode(other)).toBe('FORBIDDEN');
      expect(other.body.errors[0].message).toBe(
        'You record benchmarks held by EU; the secretariat records them for any partner.',
      );
      const unnamed = await gql(as.secretariat, CREATE, {
        input: { kind: 'OBJECTIVE', statement: 'Whose?' },
      });
      expect(unnamed.body.errors[0].message).toBe('Say which partner holds the benchmark.');
      const forNorway = await create('secretariat', { statement: 'For Norway', holder: 'NO' });
      expect(forNorway.holder).toBe('NO');

      const mine = await create('euDiplomat', { statement: 'Edit me', targetDate: '2027-01-31' });
      const refused = await update('caCoordinator', {
        id: mine.id,
        statement: 'Changed by Canada',
      });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.body.errors[0].message).toBe(
        'Only EU’s staff and the secretariat change this benchmark.',
      );
      const changed = await update('euDiplomat', {
        id: mine.id,
        statement: 'Edited',
        targetDate: null,
        kind: 'PRECONDITION',
      });
      expect(changed.body.data.updateBenchmark).toMatchObject({
        statement: 'Edited',
        targetDate: null,
        kind: 'PRECONDITION',
      });
      // A diplomat does not re-share; the holder's coordinator does.
      const reshare = await update('euDiplomat', {
        id: mine.id,
        classification: 'PARTNER_PRIVATE',
      });
      expect(errorCode(reshare)).toBe('FORBIDDEN');
      const reshared = await update('euCoordinator', {
        id: mine.id,
        classification: 'PARTNER_PRIVATE',
      });
      expect(reshared.body.data.updateBenchmark.classification).toBe('PARTNER_PRIVATE');
    });

    it('withdraws with a reason, refuses changes while withdrawn, reinstates; deletes only what has no history', async () => {
      const b = await create('euDiplomat', { statement: `Withdraw me ${randomId()}` });
      const noReason = await gql(as.euDiplomat, WITHDRAW, { id: b.id, reason: '  ' });
      expect(noReason.body.errors[0].message).toMatch(/Say why the benchmark is withdrawn/);
      const withdrawn = await gql(as.euDiplomat, WITHDRAW, { id: b.id, reason: 'Superseded.' });
      expect(withdrawn.body.data.withdrawBenchmark).toMatchObject({
        active: false,
        withdrawnReason: 'Superseded.',
      });
      expect(errorCode(await update('euDiplomat', { id: b.id, statement: 'x' }))).toBe('CONFLICT');
      const listed = (await gql(as.euDiplomat, LIST, { filter: { holders: ['EU'] } })).body.data
        .benchmarks as { id: string }[];
      expect(listed.map((x) => x.id)).not.toContain(b.id);
      const all = (
        await gql(as.euDiplomat, LIST, { filter: { holders: ['EU'], includeWithdrawn: true } })
      ).body.data.benchmarks as { id: string }[];
      expect(all.map((x) => x.id)).toContain(b.id);
      expect(
        (await gql(as.euDiplomat, REINSTATE, { id: b.id })).body.data.reinstateBenchmark.active,
      ).toBe(true);

      // Deleting: the holder's coordinator, and never a benchmark with assessments.
      expect(errorCode(await gql(as.euDiplomat, DELETE, { id: b.id }))).toBe('FORBIDDEN');
      await assess('euDiplomat', { benchmarkId: b.id, status: 'LIMITED', date: '2025-03-01' });
      const kept = await gql(as.euCoordinator, DELETE, { id: b.id });
      expect(errorCode(kept)).toBe('CONFLICT');
      expect(kept.body.errors[0].message).toMatch(/withdraw it instead, so that its history stays/);
      const empty = await create('euDiplomat', { statement: 'Entered by mistake' });
      expect(
        (await gql(as.euCoordinator, DELETE, { id: empty.id })).body.data.deleteBenchmark,
      ).toBe(true);
      expect(errorCode(await gql(as.euDiplomat, GET, { id: empty.id }))).toBe('NOT_FOUND');
    });

    it('lists suspension criteria on their own, assessed like benchmarks', async () => {
      const criterion = await create('euDiplomat', {
        kind: 'SUSPENSION_CRITERION',
        statement: `The seminar takes place with the NGOs partners invite ${randomId()}`,
      });
      const criteria = (await gql(as.usDiplomat, CRITERIA, {})).body.data.suspensionCriteria as {
        id: string;
        kind: string;
      }[];
      expect(criteria.map((c) => c.id)).toContain(criterion.id);
      expect(new Set(criteria.map((c) => c.kind))).toEqual(new Set(['SUSPENSION_CRITERION']));
      // The demo carries the seed's criteria too.
      expect(criteria.length).toBeGreaterThan(3);
      const benchmarks = (await gql(as.usDiplomat, LIST, {})).body.data.benchmarks as {
        id: string;
      }[];
      expect(benchmarks.map((b) => b.id)).not.toContain(criterion.id);
      const assessed = await assess('caCoordinator', {
        benchmarkId: criterion.id,
        status: 'REGRESSED',
        date: '2025-02-01',
        evidence: 'Two NGOs refused.',
      });
      expect(assessed.latestAssessment).toMatchObject({ partnerCode: 'CA', status: 'REGRESSED' });
    });
  });

  describe('assessments and trends', () => {
    it('keeps the history, computes each partner’s trend from its last assessments, and corrects with new rows', async () => {
      const b = await create('euDiplomat', {
        statement: `Trend ${randomId()}`,
        targetDate: '2028-01-31',
      });
      for (const [date, status] of [
        ['2024-01-10', 'LIMITED'],
        ['2024-06-10', 'SUBSTANTIAL'],
        ['2025-01-10', 'ACHIEVED'],
      ]) {
        await assess('euDiplomat', { benchmarkId: b.id, date, status });
      }
      let after: Benchmark = b;
      for (const [date, status] of [
        ['2024-02-01', 'SUBSTANTIAL'],
        ['2024-07-01', 'LIMITED'],
        ['2024-12-01', 'NO_PROGRESS'],
        ['2025-03-01', 'REGRESSED'],
      ]) {
        after = await assess('caCoordinator', {
          benchmarkId: b.id,
          date,
          status,
          evidence: `Seen on ${date}`,
          links: ['https://example.org/report'],
          chinaResponse: 'No comment.',
        });
      }
      const line = (x: Benchmark, p: string) => x.partnerTrends.find((l) => l.partnerCode === p)!;
      expect(line(after, 'EU').trend).toMatchObject({
        direction: 'IMPROVING',
        slope: 1,
        change: 2,
        count: 3,
        latestStatus: 'ACHIEVED',
      });
      expect(line(after, 'EU').trend.explanation).toMatch(
        /^Improving over the last 3 assessments, from limited \(2\) to achieved \(4\): \+1 steps per assessment/,
      );
      expect(line(after, 'CA').trend).toMatchObject({
        direction: 'WORSENING',
        slope: -1,
        change: -3,
        count: 4,
      });
      expect(line(after, 'CA').points.map((p) => p.score)).toEqual([3, 2, 1, 0]);
      expect(after.assessments.map((a) => a.date)).toEqual([
        '2025-03-01',
        '2025-01-10',
        '2024-12-01',
        '2024-07-01',
        '2024-06-10',
        '2024-02-01',
        '2024-01-10',
      ]);
      expect(after.latestAssessment).toMatchObject({ date: '2025-03-01', partnerCode: 'CA' });

      // A correction is a new row; the corrected one stays in the history, out of the trend.
      const wrong = after.assessments[0];
      const corrected = await assess('caCoordinator', {
        benchmarkId: b.id,
        correctsId: wrong.id,
        date: '2025-03-01',
        status: 'NO_PROGRESS',
      });
      expect(corrected.assessments).toHaveLength(8);
      const old = corrected.assessments.find((a) => a.id === wrong.id)!;
      const fix = corrected.assessments.find((a) => a.supersedesId === wrong.id)!;
      expect(old).toMatchObject({ effective: false, supersededById: fix.id, status: 'REGRESSED' });
      expect(fix).toMatchObject({ effective: true, status: 'NO_PROGRESS', partnerCode: 'CA' });
      expect(line(corrected, 'CA').trend).toMatchObject({ direction: 'WORSENING', slope: -0.7 });
      const twice = await gql(as.caCoordinator, ASSESS, {
        input: { benchmarkId: b.id, correctsId: wrong.id, status: 'LIMITED', date: '2025-03-01' },
      });
      expect(errorCode(twice)).toBe('CONFLICT');
      expect(twice.body.errors[0].message).toMatch(/corrected already/);
    });

    it('shows the trend, not only the latest result: a last step down in a rising series stays improving', async () => {
      const b = await create('euDiplomat', { statement: `Rising ${randomId()}` });
      let after = b;
      for (const [date, status] of [
        ['2023-01-15', 'NO_PROGRESS'],
        ['2023-07-15', 'LIMITED'],
        ['2024-01-15', 'SUBSTANTIAL'],
        ['2024-07-15', 'LIMITED'],
      ]) {
        after = await assess('euDiplomat', { benchmarkId: b.id, date, status });
      }
      const eu = after.partnerTrends.find((l) => l.partnerCode === 'EU')!;
      expect(eu.trend).toMatchObject({
        direction: 'IMPROVING',
        slope: 0.4,
        latestStatus: 'LIMITED',
      });
      // Overall, by half-year: 1, 2, 3, 2.
      expect(after.trend).toMatchObject({ direction: 'IMPROVING', slope: 0.4, count: 4 });

      // A falling series is worsening, whatever its last step.
      const c = await create('euDiplomat', { statement: `Falling ${randomId()}` });
      let fall = c;
      for (const [date, status] of [
        ['2023-01-15', 'ACHIEVED'],
        ['2023-07-15', 'SUBSTANTIAL'],
        ['2024-01-15', 'NO_PROGRESS'],
        ['2024-07-15', 'LIMITED'],
      ]) {
        fall = await assess('euDiplomat', { benchmarkId: c.id, date, status });
      }
      expect(fall.partnerTrends[0].trend).toMatchObject({ direction: 'WORSENING', slope: -0.8 });
    });

    it('records for the caller’s partner (the secretariat for any), at a meeting, with a sentence for bad input', async () => {
      const b = await create('euDiplomat', { statement: `At a meeting ${randomId()}` });
      const meetingId = demoMeetingId(2025, 'BERNE');
      const atMeeting = await assess('euDiplomat', {
        benchmarkId: b.id,
        meetingId,
        status: 'LIMITED',
      });
      expect(atMeeting.assessments[0]).toMatchObject({
        date: '2025-05-15',
        meeting: { id: meetingId, title: 'Berne Process session, Bern 2025' },
      });
      const forUs = await assess('secretariat', {
        benchmarkId: b.id,
        partnerCode: 'US',
        status: 'LIMITED',
        date: '2025-06-01',
      });
      expect(forUs.assessments[0]).toMatchObject({
        partnerCode: 'US',
        recordedBy: { displayName: 'Margrit Aebischer' },
      });
      const forOther = await gql(as.usDiplomat, ASSESS, {
        input: { benchmarkId: b.id, partnerCode: 'EU', status: 'ACHIEVED' },
      });
      expect(errorCode(forOther)).toBe('FORBIDDEN');
      expect(forOther.body.errors[0].message).toMatch(/You record US’s assessments/);
      for (const [input, message] of [
        [{ date: '2099-01-01' }, /cannot be dated in the future/],
        [{ date: 'yesterday' }, /is not a date/],
        [{ links: ['javascript:alert(1)'] }, /is not a web address/],
        [{ meetingId: '00000000-0000-4000-8000-000000000001' }, /meeting does not exist/],
      ] as const) {
        const res = await gql(as.euDiplomat, ASSESS, {
          input: { benchmarkId: b.id, status: 'LIMITED', ...input },
        });
        expect(res.body.errors?.[0].message).toMatch(message);
      }
    });
  });

  describe('alignment and conflict flags', () => {
    it('flags deadlines a year apart on one aligned objective, naming both sides; a resolution holds until the facts change', async () => {
      const eu = await create('euDiplomat', {
        statement: `EU: ratify the CAT optional protocol ${randomId()}`,
        targetDate: '2027-06-30',
      });
      const objective = await objectiveOf('euDiplomat', `OPCAT ${randomId()}`, [eu.id]);
      const ca = await create('caCoordinator', {
        statement: 'Canada: ratify OPCAT',
        targetDate: '2027-09-30',
        alignedObjectiveId: objective.id,
      });
      expect(ca.holders).toEqual(['CA', 'EU']);
      expect(await flags('euDiplomat', { alignedObjectiveId: objective.id })).toEqual([]);

      // The second partner sets its deadline a year after the first's.
      await update('caCoordinator', { id: ca.id, targetDate: '2028-06-30' });
      const [gap] = await flags('usDiplomat', { alignedObjectiveId: objective.id });
      expect(gap).toMatchObject({
        kind: 'DEADLINE_GAP',
        status: 'OPEN',
        active: true,
        sideA: { benchmarkId: eu.id, partnerCode: 'EU', targetDate: '2027-06-30' },
        sideB: { benchmarkId: ca.id, partnerCode: 'CA', targetDate: '2028-06-30' },
        canResolve: false,
      });
      expect(gap.message).toBe(
        `EU’s time limit (2027-06-30) and CA’s (2028-06-30) for “${objective.title}” are 12 months apart (more than 6 months): agree on one time limit.`,
      );
      const onBenchmark = (await gql(as.euDiplomat, GET, { id: eu.id })).body.data
        .benchmark as Benchmark;
      expect(onBenchmark.conflicts.map((c) => c.id)).toEqual([gap.id]);
      const summary = (await gql(as.euDiplomat, OBJECTIVE, { id: objective.id })).body.data
        .alignedObjective;
      expect(summary).toMatchObject({
        holders: ['CA', 'EU'],
        earliestTargetDate: '2027-06-30',
        latestTargetDate: '2028-06-30',
        deadlineSpreadDays: 366,
        openConflictCount: 1,
      });

      // Resolved with a note by a partner on either side.
      const outsider = await gql(as.usDiplomat, RESOLVE, { id: gap.id, note: 'Fine by us.' });
      expect(errorCode(outsider)).toBe('FORBIDDEN');
      expect(errorCode(await gql(as.caCoordinator, RESOLVE, { id: gap.id, note: ' ' }))).toBe(
        'BAD_USER_INPUT',
      );
      const resolved = (
        await gql(as.caCoordinator, RESOLVE, {
          id: gap.id,
          note: 'Our parliament ratifies in 2028.',
        })
      ).body.data.resolveBenchmarkConflict as Conflict;
      expect(resolved).toMatchObject({
        status: 'RESOLVED',
        active: true,
        resolutionNote: 'Our parliament ratifies in 2028.',
        resolvedBy: { displayName: 'Geneviève Tremblay' },
        canResolve: false,
      });
      expect(errorCode(await gql(as.euDiplomat, RESOLVE, { id: gap.id, note: 'Again' }))).toBe(
        'CONFLICT',
      );

      // Unrelated edits recompute the flags: the resolution still covers the same facts.
      await update('euDiplomat', { id: eu.id, description: 'Reworded.' });
      expect(await flags('euDiplomat', { alignedObjectiveId: objective.id })).toEqual([
        expect.objectContaining({ id: gap.id, status: 'RESOLVED' }),
      ]);

      // New facts (the date moves further): the flag opens again as a new one, linked to the old.
      await update('caCoordinator', { id: ca.id, targetDate: '2028-12-31' });
      const reopened = await flags('euDiplomat', {
        alignedObjectiveId: objective.id,
        statuses: ['OPEN'],
      });
      expect(reopened).toHaveLength(1);
      expect(reopened[0]).toMatchObject({ previousId: gap.id, status: 'OPEN', canResolve: true });
      expect(reopened[0].message).toMatch(/are 18 months and 1 day apart/);
      const history = await flags('euDiplomat', {
        alignedObjectiveId: objective.id,
        statuses: ['OPEN', 'RESOLVED', 'CLEARED'],
      });
      expect(history.find((c) => c.id === gap.id)).toMatchObject({
        status: 'RESOLVED',
        active: false,
      });

      // Back within six months: the flag clears.
      await update('caCoordinator', { id: ca.id, targetDate: '2027-10-31' });
      expect(await flags('euDiplomat', { alignedObjectiveId: objective.id })).toEqual([]);
      const cleared = await flags('euDiplomat', {
        alignedObjectiveId: objective.id,
        statuses: ['CLEARED'],
      });
      expect(cleared.map((c) => c.id)).toEqual([reopened[0].id]);
    });

    it('flags an objective for one partner that is a precondition for another, and opposite assessments in one half-year', async () => {
      const objective = await objectiveOf('secretariat', `Labour inspection ${randomId()}`);
      const us = await create('usDiplomat', {
        statement: 'Independent labour inspection',
        targetDate: '2027-12-31',
        alignedObjectiveId: objective.id,
      });
      const ca = await create('caCoordinator', {
        kind: 'PRECONDITION',
        statement: 'Inspectors’ access before the seminar',
        targetDate: '2027-10-31',
        alignedObjectiveId: objective.id,
      });
      const [mismatch] = await flags('euDiplomat', {
        alignedObjectiveId: objective.id,
        kinds: ['KIND_MISMATCH'],
      });
      const [first, second] = us.id < ca.id ? [us, ca] : [ca, us];
      const label = (b: Benchmark) =>
        `${b === us ? 'an objective' : 'a precondition'} for ${b.holder}`;
      expect(mismatch.message).toBe(
        `“${objective.title}” is ${label(first)} but ${label(second)}.`,
      );
      expect([mismatch.sideA?.partnerCode, mismatch.sideB?.partnerCode].sort()).toEqual([
        'CA',
        'US',
      ]);

      await assess('usDiplomat', { benchmarkId: us.id, date: '2025-08-01', status: 'SUBSTANTIAL' });
      await assess('caCoordinator', { benchmarkId: ca.id, date: '2025-09-15', status: 'LIMITED' });
      expect(
        await flags('euDiplomat', {
          alignedObjectiveId: objective.id,
          kinds: ['OPPOSITE_ASSESSMENTS'],
        }),
      ).toEqual([]);
      // Canada's latest assessment of the half-year is what counts.
      await assess('caCoordinator', {
        benchmarkId: ca.id,
        date: '2025-10-01',
        status: 'NO_PROGRESS',
      });
      const [opposite] = await flags('euDiplomat', {
        alignedObjectiveId: objective.id,
        kinds: ['OPPOSITE_ASSESSMENTS'],
      });
      expect(opposite).toMatchObject({
        period: '2025-H2',
        sideA: {
          benchmarkId: us.id,
          partnerCode: 'US',
          assessmentStatus: 'SUBSTANTIAL',
          assessmentDate: '2025-08-01',
        },
        sideB: {
          benchmarkId: ca.id,
          partnerCode: 'CA',
          assessmentStatus: 'NO_PROGRESS',
          assessmentDate: '2025-10-01',
        },
      });
      expect(opposite.message).toBe(
        `In the second half of 2025, US assessed “${objective.title}” as substantial progress (2025-08-01) while CA assessed it as no progress (2025-10-01).`,
      );
      const resolved = await gql(as.usDiplomat, RESOLVE, {
        id: opposite.id,
        note: 'Different provinces: both are right.',
      });
      expect(resolved.body.data.resolveBenchmarkConflict.status).toBe('RESOLVED');

      // Two partners on the same benchmark count too.
      const shared = await create('euDiplomat', { statement: `Shared ${randomId()}` });
      await assess('euDiplomat', {
        benchmarkId: shared.id,
        date: '2024-03-01',
        status: 'ACHIEVED',
      });
      await assess('usDiplomat', {
        benchmarkId: shared.id,
        date: '2024-04-01',
        status: 'REGRESSED',
      });
      const [same] = await flags('caCoordinator', { benchmarkId: shared.id });
      expect(same).toMatchObject({
        kind: 'OPPOSITE_ASSESSMENTS',
        period: '2024-H1',
        alignedObjective: null,
      });

      // Taking the precondition out of the objective clears the pair flags about it.
      await gql(as.caCoordinator, ALIGN, { b: ca.id, o: null });
      const left = await flags('euDiplomat', {
        alignedObjectiveId: objective.id,
        statuses: ['OPEN', 'RESOLVED'],
      });
      expect(left).toEqual([]);
    });

    it('flags an aligned objective left with no holder, and clears it when someone holds it again', async () => {
      const b = await create('euDiplomat', { statement: `Only holder ${randomId()}` });
      const objective = await objectiveOf('euDiplomat', `Lonely ${randomId()}`, [b.id]);
      expect(await flags('euDiplomat', { alignedObjectiveId: objective.id })).toEqual([]);
      await gql(as.euDiplomat, WITHDRAW, { id: b.id, reason: 'Dropped.' });
      const [none] = await flags('usDiplomat', { alignedObjectiveId: objective.id });
      expect(none).toMatchObject({ kind: 'NO_HOLDER', sideA: null, sideB: null, canResolve: true });
      expect(none.message).toBe(
        `No partner holds “${objective.title}” any more: its only benchmark was withdrawn.`,
      );
      await gql(as.euDiplomat, REINSTATE, { id: b.id });
      expect(await flags('usDiplomat', { alignedObjectiveId: objective.id })).toEqual([]);
      // A partner holds an objective once.
      const second = await gql(as.euDiplomat, CREATE, {
        input: { kind: 'OBJECTIVE', statement: 'Twice', alignedObjectiveId: objective.id },
      });
      expect(errorCode(second)).toBe('CONFLICT');
      expect(second.body.errors[0].message).toMatch(/^EU already holds “Lonely/);
    });

    it('shows partners × aligned objectives with kind and time limit per cell', async () => {
      const objective = await objectiveOf('secretariat', `Matrix ${randomId()}`);
      const eu = await create('euDiplomat', {
        statement: 'EU side',
        targetDate: '2027-03-31',
        alignedObjectiveId: objective.id,
      });
      await assess('euDiplomat', { benchmarkId: eu.id, date: '2025-01-01', status: 'LIMITED' });
      await assess('euDiplomat', { benchmarkId: eu.id, date: '2025-06-01', status: 'SUBSTANTIAL' });
      const ca = await create('caCoordinator', {
        kind: 'PRECONDITION',
        statement: 'CA side',
        targetDate: '2028-03-31',
        alignedObjectiveId: objective.id,
        themeCodes: ['LABOUR_RIGHTS'],
      });
      const matrix = (await gql(as.usDiplomat, MATRIX, {})).body.data.benchmarkMatrix;
      expect(matrix.partners).toEqual([
        'EU',
        'AU',
        'CA',
        'DE',
        'NL',
        'HU',
        'NO',
        'SE',
        'CH',
        'GB',
        'US',
      ]);
      const row = matrix.rows.find((r: { title: string }) => r.title === objective.title);
      expect(row).toMatchObject({
        alignedObjective: { id: objective.id },
        themeCodes: ['LABOUR_RIGHTS'],
        openConflictCount: 2,
        conflictKinds: ['DEADLINE_GAP', 'KIND_MISMATCH'],
      });
      expect(row.cells).toEqual(
        expect.arrayContaining([
          {
            partnerCode: 'EU',
            benchmarkId: eu.id,
            kind: 'OBJECTIVE',
            targetDate: '2027-03-31',
            classification: 'PARTNERS',
            latestStatus: 'SUBSTANTIAL',
            trend: 'IMPROVING',
            overdue: false,
          },
          expect.objectContaining({
            partnerCode: 'CA',
            benchmarkId: ca.id,
            kind: 'PRECONDITION',
            targetDate: '2028-03-31',
          }),
        ]),
      );
      expect(row.cells).toHaveLength(2);
      // The demo's aligned objectives are there too, one of them held by nobody.
      const demoRow = matrix.rows.find(
        (r: { title: string }) => r.title === 'Ratification of the ICCPR',
      );
      expect(demoRow.cells.map((c: { partnerCode: string }) => c.partnerCode).sort()).toEqual([
        'CA',
        'CH',
        'EU',
      ]);
      const orphan = matrix.rows.find((r: { title: string }) =>
        r.title.startsWith('An independent review of the evictions'),
      );
      expect(orphan).toMatchObject({ cells: [], conflictKinds: ['NO_HOLDER'] });
      const filtered = (await gql(as.usDiplomat, MATRIX, { filter: { kinds: ['PRECONDITION'] } }))
        .body.data.benchmarkMatrix;
      expect(
        filtered.rows.find((r: { title: string }) => r.title === objective.title).cells,
      ).toHaveLength(1);
    });
  });

  it.each([
    ['a limit over 500', { limit: 501 }, /limit must not be greater than 500/],
    ['a benchmark id that is not a UUID', { benchmarkId: 'b-1' }, /This id is not valid/],
  ])('refuses a conflict filter with %s', async (_what, filter, message) => {
    const res = await gql(as.usDiplomat, CONFLICTS, { filter });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(message);
  });

  describe('access', () => {
    it('refuses anonymous callers and NGO guests', async () => {
      expect(errorCode(await gql(as.anonymous, LIST, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(as.anonymous, MATRIX, {}))).toBe('UNAUTHENTICATED');
      const guest = await gql(as.guest, LIST, {});
      expect(errorCode(guest)).toBe('FORBIDDEN');
      expect(guest.body.errors[0].message).toBe(
        'Benchmarks are for partner staff and the secretariat.',
      );
      for (const query of [MATRIX, DASHBOARD, CSV, CONFLICTS]) {
        expect(errorCode(await gql(as.guest, query, {}))).toBe('FORBIDDEN');
      }
      const b = await create('euDiplomat', { statement: `Not for guests ${randomId()}` });
      expect(errorCode(await gql(as.guest, GET, { id: b.id }))).toBe('FORBIDDEN');
    });

    it('shows a partner-private benchmark to its partner only: not in lists, the matrix, the dashboard, CSV or flags of others', async () => {
      const today = new Date();
      const soon = new Date(today.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
      const objective = await objectiveOf('caCoordinator', `Private test ${randomId()}`);
      const ca = await create('caCoordinator', {
        statement: 'Canada, openly',
        targetDate: '2029-06-30',
        alignedObjectiveId: objective.id,
      });
      const secret = await create('euDiplomat', {
        statement: `EU draft ${randomId()}`,
        classification: 'PARTNER_PRIVATE',
        targetDate: soon,
        alignedObjectiveId: objective.id,
      });
      expect(secret.holders).toEqual(['CA', 'EU']);
      const listed = async (who: string) =>
        (
          (await gql(as[who], LIST, { filter: { limit: 500 } })).body.data.benchmarks as {
            id: string;
          }[]
        ).map((b) => b.id);
      expect(await listed('euCoordinator')).toContain(secret.id);
      for (const who of ['caCoordinator', 'usDiplomat', 'secretariat']) {
        expect(await listed(who)).not.toContain(secret.id);
        const byId = await gql(as[who], GET, { id: secret.id });
        expect(errorCode(byId)).toBe('NOT_FOUND');
        expect(byId.body.errors[0].message).toBe(
          'This benchmark does not exist or you do not have access to it.',
        );
        const assessIt = await gql(as[who], ASSESS, {
          input: { benchmarkId: secret.id, status: 'LIMITED' },
        });
        expect(errorCode(assessIt)).toBe('NOT_FOUND');
      }
      // Canada's view of the objective: its own benchmark only.
      expect((await gql(as.caCoordinator, GET, { id: ca.id })).body.data.benchmark.holders).toEqual(
        ['CA'],
      );
      const row = (await gql(as.caCoordinator, MATRIX, {})).body.data.benchmarkMatrix.rows.find(
        (r: { title: string }) => r.title === objective.title,
      );
      expect(row.cells.map((c: { benchmarkId: string }) => c.benchmarkId)).toEqual([ca.id]);
      const euRow = (await gql(as.euDiplomat, MATRIX, {})).body.data.benchmarkMatrix.rows.find(
        (r: { title: string }) => r.title === objective.title,
      );
      expect(euRow.cells).toHaveLength(2);
      // The deadline gap between the two is the EU's to see, not Canada's.
      expect(
        (await flags('euDiplomat', { alignedObjectiveId: objective.id })).map((c) => c.kind),
      ).toEqual(['DEADLINE_GAP']);
      expect(await flags('caCoordinator', { alignedObjectiveId: objective.id })).toEqual([]);
      const upcoming = async (who: string) =>
        (
          (await gql(as[who], DASHBOARD)).body.data.benchmarkDashboard.upcoming as {
            benchmarkId: string;
          }[]
        ).map((d) => d.benchmarkId);
      expect(await upcoming('euDiplomat')).toContain(secret.id);
      expect(await upcoming('caCoordinator')).not.toContain(secret.id);
      expect((await gql(as.euDiplomat, CSV)).body.data.benchmarksCsv).toContain(secret.id);
      expect((await gql(as.caCoordinator, CSV)).body.data.benchmarksCsv).not.toContain(secret.id);
      // The demo's EU draft too.
      expect((await gql(as.usDiplomat, CSV)).body.data.benchmarksCsv).not.toContain(
        'EU draft: an end to the harassment',
      );
    });

    it('hides a restricted benchmark from uncleared staff, shows it to cleared and named readers, and audits reads', async () => {
      const restricted = await create('euDiplomat', {
        statement: `Answers on the case list ${randomId()}`,
        classification: 'RESTRICTED',
      });
      const listed = async (who: string) =>
        (
          (await gql(as[who], LIST, { filter: { limit: 500 } })).body.data.benchmarks as {
            id: string;
          }[]
        ).map((b) => b.id);
      expect(await listed('secretariat')).toContain(restricted.id);
      expect(await listed('usDiplomat')).not.toContain(restricted.id);
      expect(await listed('caCoordinator')).not.toContain(restricted.id);
      expect(errorCode(await gql(as.usDiplomat, GET, { id: restricted.id }))).toBe('NOT_FOUND');
      expect((await gql(as.usDiplomat, CSV)).body.data.benchmarksCsv).not.toContain(restricted.id);

      const read = await gql(as.secretariat, GET, { id: restricted.id });
      expect(read.body.data.benchmark.id).toBe(restricted.id);
      const audit = await ds
        .getRepository(AuditEntryEntity)
        .find({ where: { resourceId: restricted.id } });
      expect(audit.map((e) => [e.action, e.actorId])).toEqual(
        expect.arrayContaining([
          ['restricted.read', ids.secretariat],
          ['access.denied', ids.usDiplomat],
        ]),
      );

      // Named readers read it without clearance; naming them is the holder's coordinator's call.
      const refused = await update('euDiplomat', {
        id: restricted.id,
        namedReaderIds: [ids.usDiplomat],
      });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const named = await update('euCoordinator', {
        id: restricted.id,
        namedReaderIds: [ids.usDiplomat],
      });
      expect(named.body.errors).toBeUndefined();
      expect(named.body.data.updateBenchmark.namedReaders).toEqual([{ id: ids.usDiplomat }]);
      expect(await listed('usDiplomat')).toContain(restricted.id);
      expect(
        (await gql(as.usDiplomat, GET, { id: restricted.id })).body.data.benchmark.namedReaders,
      ).toEqual([]);
      expect(await listed('caCoordinator')).not.toContain(restricted.id);
    });
  });

  describe('live', () => {
    it('pushes an assessment to the screens of those who may read the benchmark, and only theirs', async () => {
      const live = await connect(t, '/live', await sessionCookie(t, demo.caCoordinator));
      const pushes: { type: string; id: string; benchmarkId?: string; by?: string }[] = [];
      live.on(LIVE_EVENTS.benchmarksChanged, (p: (typeof pushes)[number]) => pushes.push(p));
      try {
        const secret = await create('euDiplomat', {
          statement: `Private ${randomId()}`,
          classification: 'PARTNER_PRIVATE',
        });
        const open = await create('euDiplomat', { statement: `Open ${randomId()}` });
        await assess('euDiplomat', {
          benchmarkId: secret.id,
          status: 'LIMITED',
          date: '2025-04-01',
        });
        const assessed = await assess('euDiplomat', {
          benchmarkId: open.id,
          status: 'SUBSTANTIAL',
          date: '2025-04-02',
        });
        await eventually(
          () =>
            pushes.some(
              (p) =>
                p.type === 'benchmark-assessment' &&
                p.benchmarkId === open.id &&
                p.id === assessed.assessments[0].id &&
                p.by === 'Eleanor Vance',
            ),
          'a live push of the assessment',
        );
        // Pushes arrive in order: the private benchmark's came before, and never reached Canada.
        expect(pushes.some((p) => p.benchmarkId === secret.id)).toBe(false);
        // The trend on Canada's screen is refetched through the API, with the new point.
        const refetched = (await gql(as.caCoordinator, GET, { id: open.id })).body.data
          .benchmark as Benchmark;
        expect(refetched.partnerTrends[0].points.map((p) => p.status)).toEqual(['SUBSTANTIAL']);
      } finally {
        live.close();
      }
    });
  });
});
