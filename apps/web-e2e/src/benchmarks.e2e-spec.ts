import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BENCHMARK_CSV_COLUMNS } from '@berne/domain';
import {
  launchBrowser,
  startPortal,
  submitSignIn,
  watchPageErrors,
  type GraphQLAnswer,
  type Portal,
  graphqlAs,
} from './support/portal';
import { seriousViolations } from './support/axe';

const PASSWORD = 'BerneDemo!2026';
const ARTIFACTS = resolve(__dirname, '../artifacts');
const EU_DIPLOMAT = { email: 'eu.diplomat@berne.example', name: 'Eleanor Vance' };
const CA_COORDINATOR = { email: 'ca.coordinator@berne.example', name: 'Geneviève Tremblay' };

interface Session {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A CSV cell, quoted when it needs to be. */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(rows: Partial<Record<(typeof BENCHMARK_CSV_COLUMNS)[number], string>>[]): string {
  const lines = [BENCHMARK_CSV_COLUMNS.join(',')];
  for (const row of rows)
    lines.push(BENCHMARK_CSV_COLUMNS.map((c) => cell(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

describe('benchmarks: live trends, alignment conflicts, CSV import', () => {
  let portal: Portal;
  let browser: Browser;
  const sessions: Session[] = [];
  const suffix = Date.now().toString(36);
  const euStatement = `All detained human rights lawyers are released ${suffix}`;
  const caStatement = `Detained lawyers are released and may practise again ${suffix}`;
  const objectiveTitle = `Release of detained lawyers ${suffix}`;
  let euBenchmarkUrl = '';
  let euBenchmarkId = '';
  let eu: Session;
  let ca: Session;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    portal = await startPortal();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const session of sessions) await session.context.close();
    await browser?.close();
    await portal?.stop();
  });

  async function signIn(email: string): Promise<Session> {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      timezoneId: 'Europe/Zurich',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${portal.url}/login`);
    await submitSignIn(page, email, PASSWORD);
    await page.getByTestId('current-user').waitFor();
    const session = { context, page, problems };
    sessions.push(session);
    return session;
  }

  const graphql = graphqlAs;

  it('shows the dashboard; an assessment recorded by the EU updates the trend on Canada’s screen live', async () => {
    eu = await signIn(EU_DIPLOMAT.email);
    ca = await signIn(CA_COORDINATOR.email);

    // The dashboard: heat map with words in its cells, the list with filters.
    const nav = eu.page.getByRole('navigation', { name: 'Portal sections' });
    await nav.getByRole('link', { name: 'Benchmarks', exact: true }).click();
    await eu.page.getByRole('heading', { level: 1, name: 'Benchmarks' }).waitFor();
    await eu.page.getByTestId('heat-map').waitFor();
    await eu.page.getByTestId('benchmarks-table').waitFor();
    const firstCell = eu.page
      .locator('[data-testid="heat-cell"]:not([data-status="NONE"])')
      .first();
    expect(await firstCell.innerText()).toMatch(
      /(Regressed|No progress|Limited progress|Substantial progress|Achieved) \d/,
    );
    expect(await eu.page.getByTestId('open-conflicts').innerText()).toMatch(/open conflict flag/);
    expect(await seriousViolations(eu.page)).toEqual([]);
    await eu.page.screenshot({ path: join(ARTIFACTS, 'benchmarks-dashboard.png'), fullPage: true });

    // The EU creates a benchmark through the form.
    await eu.page.getByRole('link', { name: 'New benchmark' }).click();
    await eu.page.getByRole('heading', { level: 1, name: 'New benchmark' }).waitFor();
    await eu.page.getByLabel('Statement').fill(euStatement);
    await eu.page.getByLabel('Target date').fill('2027-06-30');
    await eu.page.getByLabel('UN instrument').selectOption('ICCPR');
    await eu.page.getByLabel('Article', { exact: true }).fill('art. 14');
    await eu.page.getByLabel('Indicators').fill('Number of lawyers released\nLicences restored');
    // The assessment form on the new benchmark's page lists meetings: the API must accept its range.
    const meetingsAnswer = eu.page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        (r.request().postDataJSON() as { operationName?: string } | null)?.operationName ===
          'Meetings',
    );
    await eu.page.getByRole('button', { name: 'Create the benchmark' }).click();
    await eu.page.getByRole('heading', { level: 1, name: euStatement }).waitFor();
    expect(
      ((await (await meetingsAnswer).json()) as GraphQLAnswer<unknown>).errors,
    ).toBeUndefined();
    expect(await eu.page.getByText('The meetings could not be loaded').count()).toBe(0);
    euBenchmarkUrl = eu.page.url();
    euBenchmarkId = euBenchmarkUrl.split('/').pop() ?? '';
    expect(await eu.page.getByTestId('un-reference').innerText()).toMatch(/ICCPR art\. 14/);
    expect(await eu.page.getByText('Not assessed yet.').count()).toBeGreaterThan(0);

    // Canada opens the same benchmark.
    await ca.page.goto(euBenchmarkUrl);
    await ca.page.getByRole('heading', { level: 1, name: euStatement }).waitFor();
    expect(await ca.page.getByTestId('trend-table').count()).toBe(0);

    // The EU records an assessment; Canada's chart and table follow without a reload.
    await eu.page.getByRole('radio', { name: 'Limited progress' }).check();
    await eu.page.getByLabel('Evidence').fill('Two of the lawyers named in 2024 were released.');
    await eu.page.getByLabel("China's response").fill('The cases were handled according to law.');
    await eu.page.getByRole('button', { name: 'Record the assessment' }).click();
    await eu.page.getByTestId('assessment-done').waitFor();

    const caCell = ca.page.getByTestId('trend-table').locator('td[data-partner="EU"]');
    await caCell.first().waitFor({ timeout: 10_000 });
    expect(await caCell.first().innerText()).toMatch(/Limited progress \(2\)/);
    await ca.page
      .getByTestId('trend-chart')
      .locator('.recharts-line')
      .first()
      .waitFor({ state: 'attached' });
    await ca.page
      .getByTestId('benchmark-live-notice')
      .filter({ hasText: `Updated by ${EU_DIPLOMAT.name}` })
      .waitFor();
    expect(await ca.page.getByTestId('assessment').first().innerText()).toMatch(
      /Limited progress[\s\S]*Two of the lawyers named/,
    );

    // A second assessment: the table grows a row on Canada's screen too.
    await eu.page.getByRole('radio', { name: 'Substantial progress' }).check();
    await eu.page.getByLabel('Date', { exact: true }).fill('2026-01-15');
    await eu.page.getByRole('button', { name: 'Record the assessment' }).click();
    await ca.page
      .getByTestId('trend-table')
      .locator('td[data-partner="EU"]', { hasText: 'Substantial progress (3)' })
      .waitFor({ timeout: 10_000 });
    expect(await ca.page.getByTestId('assessment').count()).toBe(2);
    // Two points: the EU's line is drawn.
    await ca.page.getByTestId('trend-chart').locator('.recharts-line-curve').first().waitFor();
    expect(await seriousViolations(ca.page)).toEqual([]);
    await ca.page.screenshot({ path: join(ARTIFACTS, 'benchmark-page.png'), fullPage: true });
  });

  it('flags deadlines a year apart on the same aligned objective on the alignment page', async () => {
    // Canada holds the same objective a year later (created through the API).
    const created = await graphql<{ createBenchmark: { id: string } }>(
      ca.page,
      'mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { id } }',
      { input: { kind: 'OBJECTIVE', statement: caStatement, targetDate: '2028-06-30' } },
    );
    expect(created.errors).toBeUndefined();
    const caBenchmarkId = created.data!.createBenchmark.id;

    // The EU creates the aligned objective and joins its benchmark, on the alignment page.
    await eu.page.goto(`${portal.url}/benchmarks/alignment`);
    await eu.page.getByRole('heading', { level: 1, name: 'Alignment across partners' }).waitFor();
    await eu.page.getByLabel('Title').fill(objectiveTitle);
    await eu.page.getByRole('button', { name: 'Create the aligned objective' }).click();
    await eu.page.getByText(`Aligned objective created: ${objectiveTitle}.`).waitFor();
    const objectiveSelect = eu.page.getByLabel('Aligned objective', { exact: true });
    await objectiveSelect
      .locator('option', { hasText: objectiveTitle })
      .waitFor({ state: 'attached' });
    await eu.page.getByLabel('Benchmark', { exact: true }).selectOption(euBenchmarkId);
    await objectiveSelect.selectOption({ label: objectiveTitle });
    await eu.page.getByRole('button', { name: 'Align', exact: true }).click();
    await eu.page.getByText('Benchmark aligned.').waitFor();
    const row = eu.page.getByTestId('matrix-row').filter({ hasText: objectiveTitle });
    await row.locator('td[data-partner="EU"]', { hasText: '2027-06-30' }).waitFor();

    // Canada joins its benchmark through the same form: the flag appears on both screens.
    await ca.page.goto(`${portal.url}/benchmarks/alignment`);
    const caObjective = ca.page.getByLabel('Aligned objective', { exact: true });
    await caObjective.locator('option', { hasText: objectiveTitle }).waitFor({ state: 'attached' });
    await ca.page
      .getByLabel('Benchmark', { exact: true })
      .locator(`option[value="${caBenchmarkId}"]`)
      .waitFor({ state: 'attached' });
    await ca.page.getByLabel('Benchmark', { exact: true }).selectOption(caBenchmarkId);
    await caObjective.selectOption({ label: objectiveTitle });
    await ca.page.getByRole('button', { name: 'Align', exact: true }).click();
    await ca.page.getByText('Benchmark aligned.').waitFor();

    const flagOn = (page: Page) =>
      page
        .getByTestId('conflict-flag')
        .filter({ hasText: euStatement })
        .filter({ hasText: caStatement });
    for (const page of [ca.page, eu.page]) {
      const flag = flagOn(page);
      await flag.waitFor({ timeout: 10_000 });
      expect(await flag.getAttribute('data-kind')).toBe('DEADLINE_GAP');
      expect(await flag.innerText()).toMatch(
        /Deadlines far apart[\s\S]*target 2027-06-30[\s\S]*target 2028-06-30/,
      );
      const matrixRow = page.getByTestId('matrix-row').filter({ hasText: objectiveTitle });
      await matrixRow
        .getByTestId('row-conflicts')
        .filter({ hasText: 'Deadlines far apart' })
        .waitFor();
      await matrixRow.locator('td[data-partner="CA"]', { hasText: '2028-06-30' }).waitFor();
    }
    // Both sides are links to the benchmarks.
    expect(
      await flagOn(eu.page).getByRole('link', { name: caStatement }).getAttribute('href'),
    ).toBe(`/benchmarks/${caBenchmarkId}`);
    expect(await seriousViolations(eu.page)).toEqual([]);
    await eu.page.screenshot({ path: join(ARTIFACTS, 'benchmarks-alignment.png'), fullPage: true });

    // Canada resolves it; a note is required.
    const flag = flagOn(ca.page);
    await flag.getByRole('button', { name: 'Resolve' }).click();
    await flag.getByRole('button', { name: 'Resolve with this note' }).click();
    await flag.getByText('Write a note.').waitFor();
    await flag.getByLabel('Note').fill('Canada’s later date follows its parliamentary calendar.');
    await flag.getByRole('button', { name: 'Resolve with this note' }).click();
    await flagOn(ca.page).and(ca.page.locator('[data-status="RESOLVED"]')).waitFor();
    await flagOn(eu.page)
      .and(eu.page.locator('[data-status="RESOLVED"]'))
      .waitFor({ timeout: 10_000 });
  });

  it('refuses a CSV file with one bad row, naming its row and column, and imports it once fixed', async () => {
    await eu.page.goto(`${portal.url}/benchmarks/import`);
    await eu.page.getByRole('heading', { level: 1, name: 'Import benchmarks from CSV' }).waitFor();
    const good = {
      kind: 'OBJECTIVE',
      statement: `Imported objective one ${suffix}`,
      holder: 'EU',
      target_date: '2027-12-31',
    };
    const bad = {
      kind: 'PRECONDITION',
      statement: `Imported objective two ${suffix}`,
      holder: 'EU',
      target_date: '31/12/2027',
    };
    const input = eu.page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'benchmarks.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv([good, bad]), 'utf8'),
    });
    await eu.page.getByRole('button', { name: 'Check the file' }).click();
    await eu.page.locator('[data-testid="import-outcome"][data-outcome="invalid"]').waitFor();
    expect(await eu.page.getByTestId('import-outcome').innerText()).toMatch(
      /1 row has problems: nothing was imported/,
    );
    const errors = eu.page.getByTestId('import-errors').locator('tbody tr');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().getAttribute('data-row')).toBe('3');
    expect(await errors.first().getAttribute('data-column')).toBe('target_date');
    expect(await eu.page.getByRole('button', { name: /^Import \d+ rows$/ }).count()).toBe(0);

    // Fixed: a clean dry run offers the import, which creates both.
    await input.setInputFiles({
      name: 'benchmarks.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv([good, { ...bad, target_date: '2027-12-31' }]), 'utf8'),
    });
    await eu.page.getByRole('button', { name: 'Check the file' }).click();
    await eu.page.locator('[data-testid="import-outcome"][data-outcome="ready"]').waitFor();
    await eu.page.getByRole('button', { name: 'Import 2 rows' }).click();
    await eu.page.locator('[data-testid="import-outcome"][data-outcome="imported"]').waitFor();
    expect(await eu.page.getByTestId('import-outcome').innerText()).toMatch(/2 created/);

    await eu.page.goto(`${portal.url}/benchmarks?q=${encodeURIComponent(suffix)}`);
    await eu.page
      .getByTestId('benchmarks-table')
      .getByRole('link', { name: good.statement })
      .waitFor();
    // The filters: the words came from the address; the holder narrows them, on submit only.
    const filters = eu.page.getByRole('search', { name: 'Filter the benchmarks' });
    expect(await filters.getByLabel('Search', { exact: true }).inputValue()).toBe(suffix);
    await filters.getByLabel('Holder').selectOption({ label: 'Norway' });
    expect(eu.page.url()).not.toContain('holder=');
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    await eu.page.getByTestId('benchmarks-total').filter({ hasText: '0 benchmarks' }).waitFor();
    await eu.page.getByText('No benchmark matches.').waitFor();
    expect(eu.page.url()).toContain('holder=NO');
    await filters.getByLabel('Holder').selectOption({ label: 'European Union' });
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    const table = eu.page.getByTestId('benchmarks-table');
    await table.getByRole('link', { name: good.statement }).waitFor();
    // Only the EU's: the holder column (third) says so on every row.
    const holders = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(holders.length).toBeGreaterThan(0);
    expect(new Set(holders)).toEqual(new Set(['European Union']));
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await eu.page.waitForURL(
      (url) => !url.search.includes('holder=') && !url.search.includes('q='),
    );
    // The form follows the address: its fields are empty again.
    const search = await filters.getByLabel('Search', { exact: true }).elementHandle();
    await eu.page.waitForFunction((input) => (input as HTMLInputElement).value === '', search);
    expect(await filters.getByLabel('Holder').inputValue()).toBe('');

    for (const session of sessions) expect(session.problems).toEqual([]);
  });
});
