import type TestAgent from 'supertest/lib/agent';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

/*
 * Every query that takes free search text or filter codes, fed control characters. PostgreSQL
 * refuses NUL in a parameter: these searches were internal errors there (SQLite found nothing).
 * Control characters are dropped and the search runs on what is left, as individual cases did.
 */

const BENCHMARKS = `query($f: BenchmarksFilter) { benchmarks(filter: $f) { id statement themeCodes } }`;
const SUSPENSION = `query($f: BenchmarksFilter) { suspensionCriteria(filter: $f) { id statement } }`;
const DASHBOARD = `query($f: BenchmarkDashboardFilter) { benchmarkDashboard(filter: $f) {
  benchmarkCount rows { themeCode benchmarkCount } } }`;
const MATRIX = `query($f: BenchmarkMatrixFilter) { benchmarkMatrix(filter: $f) {
  partners rows { title themeCodes } } }`;
const NOTES = `query($f: BriefingNotesFilter) { briefingNotes(filter: $f, limit: 200) {
  id title themes { code } } }`;
const USERS = `query($f: UsersFilter) { users(filter: $f) { id displayName } }`;
const AGENDA_SEARCH = `query($f: AgendaItemSearchFilter) { searchAgendaItems(filter: $f, limit: 100) {
  total results { item { id } } } }`;
const AUDIT = `query($f: AuditFilterInput) { auditLog(filter: $f, limit: 200) { total entries { id } } }`;
const TIMELINE = `query($code: String!) { themeTimeline(themeCode: $code) { kind id } }`;
const RAISED = `query($codes: [String!]!) { agendaItemsRaisedBefore(themeCodes: $codes, limit: 50) {
  item { id } } }`;
const CASES = `query($f: CasesFilter) { cases(filter: $f) { id } }`;

/** The word with a NUL in its middle. */
const nulIn = (word: string) => `${word.slice(0, 2)}\u0000${word.slice(2)}`;
/** The longest word of a text: a search that finds the record it came from. */
const wordOf = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('searches with control characters in the text or codes', () => {
  let t: TestApp;
  let secretariat: TestAgent;

  /** The query's data; fails on any error (an internal error above all). */
  const data = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(secretariat, query, variables);
    expect(errorCode(res)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await t.as(demo.secretariat);
  });
  afterAll(() => t?.close());

  it('benchmarks and suspension criteria: search words and theme codes', async () => {
    const all = (await data(BENCHMARKS, {})).benchmarks as {
      id: string;
      statement: string;
      themeCodes: string[];
    }[];
    const tagged = all.find((b) => b.themeCodes.length > 0)!;
    const word = wordOf(tagged.statement);
    const found = ids((await data(BENCHMARKS, { f: { search: word } })).benchmarks);
    expect(found).toContain(tagged.id);
    for (const search of [nulIn(word), `\u0000${word}\u0007`, `\t${word}\n`]) {
      expect(ids((await data(BENCHMARKS, { f: { search } })).benchmarks)).toEqual(found);
    }
    const code = tagged.themeCodes[0];
    const onTheme = ids((await data(BENCHMARKS, { f: { themeCodes: [code] } })).benchmarks);
    expect(onTheme).toContain(tagged.id);
    expect(
      ids((await data(BENCHMARKS, { f: { themeCodes: [`${code}\u0000`] } })).benchmarks),
    ).toEqual(onTheme);

    const criteria = (await data(SUSPENSION, {})).suspensionCriteria as {
      id: string;
      statement: string;
    }[];
    const criterion = wordOf(criteria[0].statement);
    const criterionFound = ids(
      (await data(SUSPENSION, { f: { search: criterion } })).suspensionCriteria,
    );
    expect(criterionFound).toContain(criteria[0].id);
    expect(
      ids((await data(SUSPENSION, { f: { search: nulIn(criterion) } })).suspensionCriteria),
    ).toEqual(criterionFound);
  });

  it('benchmark dashboard and matrix: theme codes', async () => {
    const { benchmarks } = await data(BENCHMARKS, {});
    const code = (benchmarks as { themeCodes: string[] }[]).find((b) => b.themeCodes.length)!
      .themeCodes[0];
    for (const query of [DASHBOARD, MATRIX]) {
      const clean = await data(query, { f: { themeCodes: [code] } });
      expect(await data(query, { f: { themeCodes: [`\u0000${code}`] } })).toEqual(clean);
    }
    const dashboard = await data(DASHBOARD, { f: { themeCodes: [code] } });
    expect(dashboard.benchmarkDashboard.benchmarkCount).toBeGreaterThan(0);
  });

  it('briefing notes: title words and theme code', async () => {
    const notes = (await data(NOTES, {})).briefingNotes as {
      id: string;
      title: string;
      themes: { code: string }[];
    }[];
    const note = notes.find((n) => n.themes.length > 0)!;
    const word = wordOf(note.title);
    const found = ids((await data(NOTES, { f: { search: word } })).briefingNotes);
    expect(found).toContain(note.id);
    expect(ids((await data(NOTES, { f: { search: nulIn(word) } })).briefingNotes)).toEqual(found);
    const code = note.themes[0].code;
    const onTheme = ids((await data(NOTES, { f: { themeCode: code } })).briefingNotes);
    expect(onTheme).toContain(note.id);
    expect(ids((await data(NOTES, { f: { themeCode: `${code}\u0000` } })).briefingNotes)).toEqual(
      onTheme,
    );
  });

  it('users: name words', async () => {
    const users = (await data(USERS, {})).users as { id: string; displayName: string }[];
    const user = users.find((u) => wordOf(u.displayName))!;
    const word = wordOf(user.displayName);
    const found = ids((await data(USERS, { f: { search: word } })).users);
    expect(found).toContain(user.id);
    expect(ids((await data(USERS, { f: { search: nulIn(word) } })).users)).toEqual(found);
    // Nothing left to search for: every account, as with no search at all.
    expect(ids((await data(USERS, { f: { search: '\u0000' } })).users)).toEqual(ids(users));
  });

  it('agenda item search: text and theme codes', async () => {
    const text = await data(AGENDA_SEARCH, { f: { text: 'RE-EDUCATION' } });
    expect(text.searchAgendaItems.total).toBeGreaterThan(0);
    expect(await data(AGENDA_SEARCH, { f: { text: 'RE-ED\u0000UCATION' } })).toEqual(text);
    const themes = await data(AGENDA_SEARCH, { f: { themeCodes: ['ORGAN_TRANSPLANTS'] } });
    expect(themes.searchAgendaItems.total).toBeGreaterThan(0);
    expect(await data(AGENDA_SEARCH, { f: { themeCodes: ['ORGAN_\u0000TRANSPLANTS'] } })).toEqual(
      themes,
    );
  });

  it('audit log: action and actor email', async () => {
    const action = await data(AUDIT, { f: { action: 'auth.login' } });
    expect(action.auditLog.total).toBeGreaterThan(0);
    expect(await data(AUDIT, { f: { action: 'auth.lo\u0000gin' } })).toEqual(action);
    const local = demo.secretariat.split('@')[0];
    const actor = await data(AUDIT, { f: { actorEmail: local } });
    expect(actor.auditLog.total).toBeGreaterThan(0);
    expect(await data(AUDIT, { f: { actorEmail: nulIn(local) } })).toEqual(actor);
  });

  it('theme timeline and items raised before: theme codes', async () => {
    const timeline = await data(TIMELINE, { code: 'ORGAN_TRANSPLANTS' });
    expect(timeline.themeTimeline.length).toBeGreaterThan(0);
    expect(await data(TIMELINE, { code: 'ORGAN_TRANSPLANTS\u0000' })).toEqual(timeline);
    const raised = await data(RAISED, { codes: ['ORGAN_TRANSPLANTS'] });
    expect(raised.agendaItemsRaisedBefore.length).toBeGreaterThan(0);
    expect(await data(RAISED, { codes: ['\u0000ORGAN_TRANSPLANTS'] })).toEqual(raised);
    // A code of nothing but control characters is an unknown theme, said in a sentence.
    for (const [query, variables] of [
      [TIMELINE, { code: '\u0000' }],
      [RAISED, { codes: ['\u0000'] }],
    ] as const) {
      const res = await gql(secretariat, query, variables);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(/^Unknown theme/);
    }
  });

  it('individual cases: search words (the first search fixed)', async () => {
    const found = ids((await data(CASES, { f: { search: 'DEMO-001' } })).cases);
    expect(found).toHaveLength(1);
    expect(ids((await data(CASES, { f: { search: 'DEMO\u0000-001' } })).cases)).toEqual(found);
  });

  it('holds every search to its length limit, after dropping control characters', async () => {
    const long = 'x'.repeat(201);
    for (const [query, f] of [
      [BENCHMARKS, { search: long }],
      [AGENDA_SEARCH, { text: long }],
      [CASES, { search: long }],
      [NOTES, { search: long.slice(100) }],
      [USERS, { search: long.slice(100) }],
    ] as const) {
      const res = await gql(secretariat, query, { f });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.text).not.toContain(long.slice(100));
    }
    const padded = `${'\u0000'.repeat(300)}DEMO-001`;
    expect(ids((await data(CASES, { f: { search: padded } })).cases)).toHaveLength(1);
  });
});
