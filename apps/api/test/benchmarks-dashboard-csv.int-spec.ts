import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { BENCHMARK_CSV_COLUMNS } from '@berne/domain';
import { BenchmarkConflictEntity } from '../src/modules/benchmarks/benchmark.entity';
import { seedBenchmarks } from '../src/modules/benchmarks/benchmarks.seed';
import { randomId } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const CREATE = `mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { id statement } }`;
const ASSESS = `mutation($input: RecordAssessmentInput!) { recordBenchmarkAssessment(input: $input) { id } }`;
const GET = `query($id: ID!) { benchmark(id: $id) { id statement description kind targetDate themeCodes indicators
  classification alignedObjective { title } unReference { instrument article mechanism uprCycle } } }`;
const LIST = `query($filter: BenchmarksFilter) { benchmarks(filter: $filter) { id statement } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const DASHBOARD = `query($filter: BenchmarkDashboardFilter) { benchmarkDashboard(filter: $filter) {
  rounds { meetingId title periodStart periodEnd }
  rows { themeCode benchmarkCount cells { meetingId count benchmarkCount average median medianStatus }
    trend { direction slope count } }
  upcoming { benchmarkId daysLeft targetDate latestStatus }
  overdue { benchmarkId daysLeft }
  statusCounts { status count } benchmarkCount openConflictCount } }`;
const CONFLICTS = `query($filter: BenchmarkConflictsFilter) { benchmarkConflicts(filter: $filter) {
  kind status message resolutionNote alignedObjective { title } } }`;
const EXPORT = `query($kinds: [BenchmarkKind!]) { benchmarksCsv(kinds: $kinds) }`;
const IMPORT = `mutation($csv: String!, $dryRun: Boolean) { importBenchmarksCsv(csv: $csv, dryRun: $dryRun) {
  ok dryRun rows created updated unchanged objectivesCreated errors { row column message } } }`;

const HEADER = BENCHMARK_CSV_COLUMNS.join(',');
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('benchmarks: dashboard and CSV', () => {
  let t: TestApp;
  const as: Record<string, TestAgent> = {};

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    for (const [name, email] of Object.entries(demo)) as[name] = await t.as(email);
  });
  afterAll(() => t?.close());

  const create = async (who: string, input: Record<string, unknown>): Promise<string> => {
    const res = await gql(as[who], CREATE, { input: { kind: 'OBJECTIVE', ...input } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createBenchmark.id;
  };
  const assess = async (who: string, input: Record<string, unknown>) => {
    const res = await gql(as[who], ASSESS, { input });
    expect(res.body.errors).toBeUndefined();
  };
  const importCsv = async (who: string, csv: string, dryRun = false) => {
    const res = await gql(as[who], IMPORT, { csv, dryRun });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.importBenchmarksCsv as {
      ok: boolean;
      rows: number;
      created: number;
      updated: number;
      unchanged: number;
      objectivesCreated: string[];
      errors: { row: number; column: string; message: string }[];
    };
  };
  const count = async (who: string, search: string) =>
    (
      (
        await gql(as[who], LIST, {
          filter: {
            search,
            limit: 500,
            kinds: ['OBJECTIVE', 'PRECONDITION', 'SUSPENSION_CRITERION'],
          },
        })
      ).body.data.benchmarks as unknown[]
    ).length;

  it('seeds the demo once: seeding again changes nothing', async () => {
    const ds = t.app.get(DataSource);
    const flags = async () =>
      (await ds.getRepository(BenchmarkConflictEntity).find({ order: { id: 'ASC' } })).map((c) => [
        c.id,
        c.activeKey,
        c.resolvedAt?.toISOString() ?? null,
      ]);
    const before = await flags();
    expect(before).toHaveLength(6);
    expect(await seedBenchmarks(ds)).toEqual({ objectives: 0, benchmarks: 0, assessments: 0 });
    expect(await flags()).toEqual(before);
  });

  describe('dashboard', () => {
    it('computes the heat map of themes × rounds: each partner’s latest status per benchmark, averaged and medianed', async () => {
      const round = async (date: string) => {
        const res = await gql(as.secretariat, CREATE_MEETING, {
          input: {
            kind: 'BERNE_PROCESS',
            title: `Test session ${date}`,
            city: 'Bern',
            timeZone: 'Europe/Zurich',
            hostPartner: 'CH',
            partnerCodes: ['EU', 'CA'],
            startsAt: `${date}T07:00:00Z`,
            endsAt: `${date}T15:00:00Z`,
            classification: 'PARTNERS',
          },
        });
        expect(res.body.errors).toBeUndefined();
        return res.body.data.createMeeting.id as string;
      };
      const may = await round('2013-05-16');
      const nov = await round('2013-11-21');
      const a = await create('euDiplomat', {
        statement: `Heat A ${randomId()}`,
        themeCodes: ['ORGAN_TRANSPLANTS'],
      });
      const b = await create('caCoordinator', {
        statement: `Heat B ${randomId()}`,
        themeCodes: ['ORGAN_TRANSPLANTS', 'COUNTER_TERRORISM'],
      });
      // May: A by the EU (2, then 3 at the session: the later one counts), A by Canada 1, B by Canada 0.
      await assess('euDiplomat', { benchmarkId: a, date: '2013-03-01', status: 'LIMITED' });
      await assess('euDiplomat', { benchmarkId: a, meetingId: may, status: 'SUBSTANTIAL' });
      await assess('caCoordinator', { benchmarkId: a, date: '2013-04-01', status: 'NO_PROGRESS' });
      await assess('caCoordinator', { benchmarkId: b, date: '2013-05-01', status: 'REGRESSED' });
      // November: B by the EU 4, A by the EU 2.
      await assess('euDiplomat', { benchmarkId: b, date: '2013-09-01', status: 'ACHIEVED' });
      await assess('euDiplomat', { benchmarkId: a, date: '2013-10-01', status: 'LIMITED' });

      const res = await gql(as.usDiplomat, DASHBOARD, {
        filter: { from: '2013-01-01', to: '2013-12-31' },
      });
      expect(res.body.errors).toBeUndefined();
      const dashboard = res.body.data.benchmarkDashboard;
      expect(dashboard.rounds).toEqual([
        {
          meetingId: may,
          title: 'Test session 2013-05-16',
          periodStart: '2012-05-16',
          periodEnd: '2013-05-16',
        },
        {
          meetingId: nov,
          title: 'Test session 2013-11-21',
          periodStart: '2013-05-17',
          periodEnd: '2013-11-21',
        },
      ]);
      const row = (theme: string | null) =>
        dashboard.rows.find((r: { themeCode: string | null }) => r.themeCode === theme);
      expect(row('ORGAN_TRANSPLANTS').cells).toEqual([
        {
          meetingId: may,
          count: 3,
          benchmarkCount: 2,
          average: 1.33,
          median: 1,
          medianStatus: 'NO_PROGRESS',
        },
        {
          meetingId: nov,
          count: 2,
          benchmarkCount: 2,
          average: 3,
          median: 3,
          medianStatus: 'SUBSTANTIAL',
        },
      ]);
      expect(row('ORGAN_TRANSPLANTS').trend).toEqual({
        direction: 'IMPROVING',
        slope: 1.67,
        count: 2,
      });
      expect(row('COUNTER_TERRORISM').cells).toEqual([
        {
          meetingId: may,
          count: 1,
          benchmarkCount: 1,
          average: 0,
          median: 0,
          medianStatus: 'REGRESSED',
        },
        {
          meetingId: nov,
          count: 1,
          benchmarkCount: 1,
          average: 4,
          median: 4,
          medianStatus: 'ACHIEVED',
        },
      ]);
      // The overall row comes last; the demo has nothing in 2013, so it matches the organ transplants row.
      expect(dashboard.rows[dashboard.rows.length - 1].themeCode).toBeNull();
      expect(row(null).cells).toEqual(row('ORGAN_TRANSPLANTS').cells);
    });

    it('lists upcoming deadlines (90 days) and overdue ones, leaving out what is achieved', async () => {
      const soon = await create('euDiplomat', {
        statement: `Soon ${randomId()}`,
        targetDate: isoDay(30),
      });
      const later = await create('euDiplomat', {
        statement: `Later ${randomId()}`,
        targetDate: isoDay(120),
      });
      const late = await create('euDiplomat', {
        statement: `Late ${randomId()}`,
        targetDate: '2020-01-31',
      });
      const done = await create('euDiplomat', {
        statement: `Done ${randomId()}`,
        targetDate: '2020-01-31',
      });
      await assess('euDiplomat', { benchmarkId: done, date: '2020-01-15', status: 'ACHIEVED' });
      await assess('euDiplomat', { benchmarkId: late, date: '2020-01-15', status: 'SUBSTANTIAL' });
      const dashboard = (await gql(as.caCoordinator, DASHBOARD, {})).body.data.benchmarkDashboard;
      const upcoming = dashboard.upcoming.map((d: { benchmarkId: string }) => d.benchmarkId);
      expect(
        dashboard.upcoming.find((d: { benchmarkId: string }) => d.benchmarkId === soon),
      ).toMatchObject({
        daysLeft: 30,
        latestStatus: null,
      });
      expect(upcoming).not.toContain(later);
      const overdue = dashboard.overdue.map((d: { benchmarkId: string }) => d.benchmarkId);
      expect(overdue).toContain(late);
      expect(overdue).not.toContain(done);
      expect(
        dashboard.overdue.find((d: { benchmarkId: string }) => d.benchmarkId === late).daysLeft,
      ).toBeLessThan(0);
      // The demo's flags: deadlines apart, kinds that differ, opposite assessments, an objective held by nobody.
      expect(dashboard.openConflictCount).toBeGreaterThanOrEqual(5);
      expect(
        dashboard.statusCounts.reduce((n: number, c: { count: number }) => n + c.count, 0),
      ).toBe(dashboard.benchmarkCount);
    });

    it('carries demo flags of every kind, one of them resolved with a note', async () => {
      const all = (await gql(as.usDiplomat, CONFLICTS, {})).body.data.benchmarkConflicts as {
        kind: string;
        status: string;
        message: string;
        resolutionNote: string | null;
      }[];
      expect(new Set(all.map((c) => c.kind))).toEqual(
        new Set(['DEADLINE_GAP', 'KIND_MISMATCH', 'OPPOSITE_ASSESSMENTS', 'NO_HOLDER']),
      );
      expect(all).toContainEqual(
        expect.objectContaining({
          kind: 'DEADLINE_GAP',
          status: 'RESOLVED',
          resolutionNote: expect.stringMatching(/parliamentary calendar/),
          message: expect.stringMatching(/CH’s time limit \(2027-09-30\) and CA’s \(2028-09-30\)/),
        }),
      );
    });
  });

  describe('CSV', () => {
    it('exports what the caller may read, and imports the export back unchanged', async () => {
      const csv = (await gql(as.secretariat, EXPORT, {})).body.data.benchmarksCsv as string;
      const records = parse(csv) as string[][];
      expect(records[0]).toEqual([...BENCHMARK_CSV_COLUMNS]);
      const ratify = records.find((r) =>
        r[2].startsWith('China ratifies the International Covenant'),
      )!;
      expect(ratify).toEqual([
        'be4e0b02-0000-4000-8000-000000000001',
        'OBJECTIVE',
        'China ratifies the International Covenant on Civil and Political Rights, signed in 1998.',
        'From the EU Council’s 2001 benchmarks; raised at every round since.',
        'EU',
        '2027-06-30',
        'ICCPR_RATIFICATION;UN_COOPERATION',
        'ICCPR',
        '',
        'HUMAN_RIGHTS_COMMITTEE',
        '4',
        'PARTNERS',
        'Ratification of the ICCPR',
        'Ratification bill before the NPC Standing Committee\nLaws reviewed for compatibility (administrative detention, criminal procedure)',
        '',
      ]);
      expect(records.find((r) => r[0] === 'be4e0b02-0000-4000-8000-000000000018')![14]).toBe(
        '2024-11-28',
      );

      const report = await importCsv('secretariat', csv);
      expect(report).toMatchObject({ ok: true, created: 0, updated: 0, errors: [] });
      expect(report.unchanged).toBe(records.length - 1);
      // A partner may re-import the whole export too: what it does not change may be others'.
      const euCsv = (await gql(as.euDiplomat, EXPORT, {})).body.data.benchmarksCsv as string;
      expect(await importCsv('euDiplomat', euCsv)).toMatchObject({
        ok: true,
        created: 0,
        updated: 0,
      });

      const download = await as.euDiplomat
        .get('/api/benchmarks.csv?kinds=SUSPENSION_CRITERION')
        .expect(200);
      expect(download.headers['content-type']).toMatch(/^text\/csv/);
      expect(download.headers['content-disposition']).toMatch(
        /attachment; filename="benchmarks.csv"/,
      );
      const rows = parse(download.text.replace(/^\uFEFF/, '')) as string[][];
      expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['SUSPENSION_CRITERION']));
      expect((await t.agent().get('/api/benchmarks.csv')).status).toBe(401);
    });

    it('imports new rows and changes after a dry run, creating aligned objectives by title', async () => {
      const tag = randomId();
      const id = await create('euDiplomat', {
        statement: `Before ${tag}`,
        targetDate: '2027-01-31',
      });
      const exported = parse(
        (await gql(as.euDiplomat, EXPORT, {})).body.data.benchmarksCsv as string,
      ) as string[][];
      const mine = exported.find((r) => r[0] === id)!;
      mine[2] = `After ${tag}`;
      mine[6] = 'death_penalty; free_expression';
      mine[12] = `Objective ${tag}`;
      const fresh = [
        '',
        'precondition',
        `New ${tag}`,
        'Imported.',
        'eu',
        '2028-02-29',
        'LABOUR_RIGHTS',
        'ILO',
        'C087',
        'ILO_SUPERVISORY_BODIES',
        '',
        '',
        `Second objective ${tag}`,
        'First indicator\nSecond indicator',
        '',
      ];
      const file = stringify([exported[0], mine, fresh]);

      const dry = await importCsv('euDiplomat', file, true);
      expect(dry).toMatchObject({
        ok: true,
        rows: 2,
        created: 1,
        updated: 1,
        unchanged: 0,
        objectivesCreated: [`Objective ${tag}`, `Second objective ${tag}`],
        errors: [],
      });
      expect((await gql(as.euDiplomat, GET, { id })).body.data.benchmark.statement).toBe(
        `Before ${tag}`,
      );
      expect(await count('euDiplomat', `New ${tag}`)).toBe(0);

      const done = await importCsv('euDiplomat', file);
      expect(done).toMatchObject({ ok: true, created: 1, updated: 1 });
      expect((await gql(as.euDiplomat, GET, { id })).body.data.benchmark).toMatchObject({
        statement: `After ${tag}`,
        themeCodes: ['DEATH_PENALTY', 'FREE_EXPRESSION'],
        alignedObjective: { title: `Objective ${tag}` },
      });
      const created = (
        await gql(as.euDiplomat, LIST, {
          filter: { search: `New ${tag}`, kinds: ['PRECONDITION'] },
        })
      ).body.data.benchmarks[0];
      expect((await gql(as.euDiplomat, GET, { id: created.id })).body.data.benchmark).toMatchObject(
        {
          kind: 'PRECONDITION',
          targetDate: '2028-02-29',
          classification: 'PARTNERS',
          indicators: ['First indicator', 'Second indicator'],
          unReference: {
            instrument: 'ILO',
            article: 'C087',
            mechanism: 'ILO_SUPERVISORY_BODIES',
            uprCycle: null,
          },
          alignedObjective: { title: `Second objective ${tag}` },
        },
      );
      // The EU holds the first objective already: a second EU benchmark in it is refused.
      const twice = `${HEADER}\n,OBJECTIVE,Third ${tag},,EU,,,,,,,,Objective ${tag},,`;
      const refused = await importCsv('euDiplomat', twice);
      expect(refused.ok).toBe(false);
      expect(refused.errors).toEqual([
        {
          row: 2,
          column: 'aligned_objective',
          message: expect.stringMatching(/^EU already holds “Objective/),
        },
      ]);
    });

    it('refuses a file with one bad row, naming its row and column, and imports nothing', async () => {
      const tag = randomId();
      const file = [
        HEADER,
        `,OBJECTIVE,Good one ${tag},,EU,2027-06-30,DEATH_PENALTY,,,,,,,,`,
        `,OBJECTIVE,Bad date ${tag},,EU,2027-13-01,DEATH_PENALTY,,,,,,,,`,
        `,OBJECTIVE,Good two ${tag},,EU,,,,,,,,,,`,
      ].join('\r\n');
      const report = await importCsv('euDiplomat', file);
      expect(report).toEqual({
        ok: false,
        dryRun: false,
        rows: 3,
        created: 0,
        updated: 0,
        unchanged: 0,
        objectivesCreated: [],
        errors: [
          {
            row: 3,
            column: 'target_date',
            message: '“2027-13-01” is not a date: write it as YYYY-MM-DD, e.g. 2027-06-30.',
          },
        ],
      });
      expect(await count('euDiplomat', tag)).toBe(0);
    });

    it('reports every bad row and cell: kind, statement, holder, theme, instrument, classification, someone else’s benchmark', async () => {
      const caId = await create('caCoordinator', { statement: `Canada’s ${randomId()}` });
      const file = [
        `${HEADER},colour`,
        `,GOAL,,,XX,2027-01-01,NO_THEME;DEATH_PENALTY,UNICEF,,,11,SECRET,,,`,
        `,OBJECTIVE,For Canada,,CA,,,,,,,,,,,`,
        `,OBJECTIVE,Nobody,,,,,,,,,,,,,`,
        `${caId},OBJECTIVE,Changed by the EU,,CA,,,,,,,,,,,`,
        `not-an-id,OBJECTIVE,Unknown id,,EU,,,,,,,,,,,`,
      ].join('\n');
      const header = await importCsv('euDiplomat', file);
      expect(header.errors).toEqual([
        {
          row: 1,
          column: 'colour',
          message: expect.stringMatching(/^Unknown column “colour”: the columns are id, kind/),
        },
      ]);
      const rows = await importCsv('euDiplomat', file.replace(',colour', ''), true);
      expect(rows.ok).toBe(false);
      expect(rows.errors.map((e) => [e.row, e.column])).toEqual([
        [2, 'kind'],
        [2, 'statement'],
        [2, 'holder'],
        [2, 'themes'],
        [2, 'un_instrument'],
        [2, 'upr_cycle'],
        [2, 'classification'],
        [3, 'holder'],
        [4, 'holder'],
        [5, 'id'],
        [6, 'id'],
      ]);
      const message = (row: number, column: string) =>
        rows.errors.find((e) => e.row === row && e.column === column)!.message;
      expect(message(2, 'kind')).toMatch(/^Unknown kind “GOAL”/);
      expect(message(2, 'statement')).toMatch(/Write the benchmark’s statement/);
      expect(message(2, 'holder')).toMatch(/^Unknown partner “XX”/);
      expect(message(2, 'themes')).toMatch(/^Unknown theme “NO_THEME”/);
      expect(message(3, 'holder')).toBe(
        'You record benchmarks held by EU; the secretariat records them for any partner.',
      );
      expect(message(4, 'holder')).toBe('Say which partner holds the benchmark.');
      expect(message(5, 'id')).toBe('Only CA’s staff and the secretariat change this benchmark.');
      expect(message(6, 'id')).toMatch(/There is no benchmark with this id that you can read/);

      const broken = await importCsv('euDiplomat', `${HEADER}\n,OBJECTIVE,"unclosed,EU`);
      expect(broken.errors[0]).toMatchObject({
        column: '(file)',
        message: expect.stringMatching(/not valid CSV/),
      });
      const missing = await importCsv('euDiplomat', 'id,kind\n,OBJECTIVE');
      expect(missing.errors.map((e) => e.column)).toEqual(['statement', 'holder']);
    });

    it('keeps spreadsheet formulas inert on export and restores the text on import', async () => {
      const id = await create('euDiplomat', {
        statement: `=HYPERLINK("http://evil.example") ${randomId()}`,
      });
      const csv = (await gql(as.euDiplomat, EXPORT, {})).body.data.benchmarksCsv as string;
      const row = (parse(csv) as string[][]).find((r) => r[0] === id)!;
      expect(row[2].startsWith("'=HYPERLINK")).toBe(true);
      const report = await importCsv('euDiplomat', csv, true);
      expect(report).toMatchObject({ ok: true, updated: 0 });
    });

    it('refuses a file over the size limit', async () => {
      const res = await gql(as.euDiplomat, IMPORT, { csv: 'x'.repeat(1_100_000) });
      // The server's request limit (413) or the mutation's own (BAD_USER_INPUT) stops it first.
      expect(res.status === 413 || errorCode(res) === 'BAD_USER_INPUT').toBe(true);
    });
  });
});
