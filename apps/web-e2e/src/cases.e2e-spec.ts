import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import {
  graphqlAs,
  launchBrowser,
  startPortal,
  submitSignIn,
  watchPageErrors,
  type Portal,
} from './support/portal';

const PASSWORD = 'BerneDemo!2026';
const ARTIFACTS = resolve(__dirname, '../artifacts');
const EU_DIPLOMAT = 'eu.diplomat@berne.example'; // cleared for restricted records
const US_DIPLOMAT = 'us.diplomat@berne.example'; // not cleared
const SECRETARIAT = 'secretariat@berne.example';
/** The demo Berne Process session in Brussels, 2026 (apps/api meetings.seed demoMeetingId). */
const BRUSSELS_2026 = 'be4e0001-0000-4000-8000-000000020262';
/** Its seeded draft list of cases (apps/api cases.seed DRAFT_LIST), in order. */
const DRAFT_LIST = [
  ['DEMO-001', 'Lan Qiuming', 'Release; his health.'],
  ['DEMO-003', 'Aynur Tohti', 'Place of detention; contact with her children.'],
  ['DEMO-004', 'Feng Jiarui', 'Release from RSDL; access to a lawyer.'],
  ['DEMO-006', 'Zhou Wenbo', 'Trial date; observation of the trial.'],
  ['DEMO-007', 'Gao Xiaoyu', 'Release.'],
];

interface Session {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A weekday some days from now, as YYYY-MM-DD. */
function weekdayIn(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** No sentence on the page was left with a placeholder (a variable the translation did not get). */
async function expectAllWordsFilled(page: Page): Promise<void> {
  expect(await page.locator('main').innerText()).not.toMatch(/\{\{\s*\w+\s*\}\}/);
}

describe('individual cases: restricted list, raisings and answers, a meeting’s list', () => {
  let portal: Portal;
  let browser: Browser;
  const sessions: Session[] = [];
  const suffix = Date.now().toString(36).toUpperCase();
  const person = `Test Person ${suffix}`;
  const reference = `E2E-${suffix}`;
  const today = new Date().toISOString().slice(0, 10);
  let caseUrl = '';
  let caseId = '';

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
      timezoneId: 'Europe/Brussels',
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

  it('the EU diplomat finds the list, adds a case, records a raising and the answer', async () => {
    const eu = await signIn(EU_DIPLOMAT);
    const { page } = eu;

    // The list, from the navigation: restricted, demo people marked as invented, a chart.
    const nav = page.getByRole('navigation', { name: 'Portal sections' });
    await nav.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    expect(await page.getByTestId('restricted-banner').innerText()).toMatch(
      /Restricted — every view is recorded/,
    );
    await page.getByTestId('cases-table').waitFor();
    expect(await page.getByTestId('cases-total').innerText()).toBe('8 cases');
    const lan = page.getByTestId('case-row').filter({ hasText: 'DEMO-001' });
    expect(await lan.innerText()).toMatch(/Lan Qiuming \(蓝秋明\)[\s\S]*Sentenced/);
    expect(await lan.getByTestId('demo-case').innerText()).toBe('Invented (demo)');
    expect(await lan.getByTestId('answer-kind').innerText()).toBe('No answer');
    expect(await lan.locator('[lang="zh"]').innerText()).toBe('(蓝秋明)');
    expect(await page.getByTestId('chart-demo-note').count()).toBe(1);
    await page
      .getByTestId('answers-chart')
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor({ state: 'attached' });
    // The chart's figures, as a table: every demo raising counted once.
    await page.getByText('Show the figures as a table').click();
    const allYears = page.getByTestId('answers-table').locator('tr[data-year="total"]');
    expect(await allYears.locator('td').last().innerText()).toBe('15');
    await expectAllWordsFilled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'cases-list.png'), fullPage: true });

    // In French too: every word translated, and still no serious finding.
    await page.getByRole('button', { name: 'FR' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cas individuels' }).waitFor();
    // The longer French labels shift the header under the pointer: move it off, out of hover.
    await page.mouse.move(0, 0);
    expect(await page.getByTestId('restricted-banner').innerText()).toMatch(
      /Restreint — chaque consultation est enregistrée/,
    );
    expect(await lan.getByTestId('demo-case').innerText()).toBe('Fictif (démo)');
    expect(await lan.getByTestId('case-status').innerText()).toBe('Condamné(e)');
    await expectAllWordsFilled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();

    // Filters: whereabouts unknown, then only cases still awaiting an answer.
    const filters = page.getByRole('search', { name: 'Filter the cases' });
    await filters.getByLabel('Status').selectOption({ label: 'Whereabouts unknown' });
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByTestId('cases-total').filter({ hasText: '1 case' }).waitFor();
    expect(await page.getByTestId('case-row').innerText()).toContain('Lobsang Tsering');
    expect(page.url()).toContain('status=DISAPPEARED');
    await filters.getByLabel('Status').selectOption({ label: 'Any status' });
    await filters.getByLabel('Only cases awaiting an answer').check();
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByTestId('cases-total').filter({ hasText: '2 cases' }).waitFor();
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('cases-total').filter({ hasText: '8 cases' }).waitFor();
    // A theme, in the page's language: the two demo cases of religious freedom.
    await filters.getByLabel('Theme').selectOption({ label: 'Freedom of religion and belief' });
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByTestId('cases-total').filter({ hasText: '2 cases' }).waitFor();
    expect(page.url()).toContain('theme=FREE_RELIGION');
    expect(await page.getByTestId('cases-table').innerText()).toMatch(
      /DEMO-002[\s\S]*DEMO-006|DEMO-006[\s\S]*DEMO-002/,
    );
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('cases-total').filter({ hasText: '8 cases' }).waitFor();

    // A new case: the form checks what the API checks, and shows the API's own sentence.
    await page.getByRole('link', { name: 'New case' }).click();
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    await expectAllWordsFilled(page);
    const form = page.getByTestId('case-form');
    await form.getByRole('button', { name: 'Add the case' }).click();
    expect(await page.getByTestId('case-problems').innerText()).toContain(
      'Name: Write the person’s name.',
    );
    await form.getByLabel('Name', { exact: true }).fill(person);
    await form.getByLabel('Year of birth').fill('1985');
    await form.getByLabel('Detained on').fill('2999-01-01');
    await form.getByRole('button', { name: 'Add the case' }).click();
    expect(await page.getByTestId('case-problems').innerText()).toContain(
      'Detained on: The date cannot be in the future.',
    );
    await form.getByLabel('Detained on').fill('2025-11-02');
    await form.getByLabel('Reference', { exact: true }).fill('demo-001');
    await form.getByRole('button', { name: 'Add the case' }).click();
    expect(await page.getByTestId('api-sentence').innerText()).toBe(
      'Another case already has this reference: choose another one.',
    );
    await form.getByLabel('Reference', { exact: true }).fill(reference.toLowerCase());
    await form.getByLabel('Status').selectOption({ label: 'Residential surveillance (RSDL)' });
    await form.getByLabel('Region').fill('Hubei (Wuhan)');
    await form.getByLabel('Charges').fill('Inciting subversion of state power');
    await form.getByLabel('Summary').fill('A citizen journalist held after filming a hospital.');
    await form.getByLabel('Women').check();
    await form.getByRole('button', { name: 'Add the case' }).click();
    await page.getByRole('heading', { level: 1, name: person }).waitFor();
    caseUrl = page.url();
    caseId = caseUrl.split('/').pop() ?? '';
    expect(await page.getByTestId('case-reference').innerText()).toBe(reference);
    expect(await page.getByTestId('case-status').innerText()).toBe(
      'Residential surveillance (RSDL)',
    );
    expect(await page.getByTestId('demo-case').count()).toBe(0);
    expect(await page.getByTestId('no-raisings').innerText()).toBe(
      'This case has not been raised yet.',
    );

    // The EU raises it by letter (the form knows the EU diplomat raises for the EU).
    const raise = page.getByTestId('raising-form');
    expect(await raise.innerText()).toContain('Raised by European Union.');
    await raise.getByRole('radio', { name: 'By letter or note verbale' }).check();
    expect(await raise.getByLabel('Date raised').inputValue()).toBe(today);
    await raise.getByLabel('What was asked').fill('Release; access to a lawyer of his choice.');
    await raise.getByRole('button', { name: 'Record the raising' }).click();
    await page.getByTestId('raising-done').waitFor();
    const raising = page.getByTestId('raising').first();
    expect(await raising.innerText()).toMatch(
      /European Union[\s\S]*By letter or note verbale[\s\S]*Release; access to a lawyer/,
    );
    expect(await raising.getByTestId('answer-kind').innerText()).toBe('Awaiting an answer');
    expect(await page.getByTestId('awaiting-summary').innerText()).toBe('Answers awaited: 1');

    // The answer: a refusal needs its text; then it is in the history, with the time it took.
    await raising.getByRole('button', { name: /^Record the answer/ }).click();
    const answer = raising.getByTestId('answer-form');
    await answer.getByRole('radio', { name: 'Refused' }).check();
    await answer.getByLabel('What was said').fill('');
    await answer.getByRole('button', { name: 'Save the answer' }).click();
    expect(await answer.innerText()).toContain(
      'Say what came back: a partial or full answer, or a refusal, needs its text.',
    );
    await answer.getByLabel('What was said').fill('Called an internal affair of China.');
    await answer.getByRole('button', { name: 'Save the answer' }).click();
    await raising.getByTestId('answer-form').waitFor({ state: 'detached' });
    expect(await raising.getByTestId('answer-kind').innerText()).toBe('Refused');
    expect(await raising.getByTestId('raising-answer').innerText()).toContain(
      `answered on ${today} · the same day`,
    );
    expect(await raising.getByTestId('raising-answer-text').innerText()).toContain(
      'Called an internal affair of China.',
    );
    expect(await page.getByTestId('awaiting-summary').innerText()).toBe('Answers awaited: 0');
    // Focus is back on the button that opened the form, now "Change the answer".
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(
      'Change the answer',
    );
    await expectAllWordsFilled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'case-page.png'), fullPage: true });

    // Edit: the form holds the case; a field cleared is cleared.
    await page.getByRole('link', { name: 'Edit the case' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the case' }).waitFor();
    const edit = page.getByTestId('case-form');
    expect(await edit.getByLabel('Name', { exact: true }).inputValue()).toBe(person);
    expect(await edit.getByLabel('Reference', { exact: true }).inputValue()).toBe(reference);
    expect(await edit.getByLabel('Women').isChecked()).toBe(true);
    await edit.getByLabel('Year of birth').fill('');
    await edit.getByLabel('Sentence').fill('3 years');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByRole('heading', { level: 1, name: person }).waitFor();
    await page.getByTestId('raising').first().waitFor();
    const facts = await page.getByRole('region', { name: 'What is known' }).innerText();
    expect(facts).toMatch(/Year of birth\s*Not known/);
    expect(facts).toMatch(/Sentence\s*3 years/);

    // Back on the list: the new case shows its last raising and nothing awaited.
    await page.getByRole('link', { name: 'Back to the cases' }).click();
    const row = page.getByTestId('case-row').filter({ hasText: reference });
    await row.waitFor();
    expect(await row.getByTestId('answer-kind').innerText()).toBe('Refused');
    expect(await row.getByTestId('awaiting-count').innerText()).toBe('0');
    expect(eu.problems).toEqual([]);
  });

  it('the US diplomat, not cleared, has no Cases entry and cannot open the case', async () => {
    const us = await signIn(US_DIPLOMAT);
    const { page } = us;
    const nav = page.getByRole('navigation', { name: 'Portal sections' });
    await nav.getByRole('link', { name: 'Meetings', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Cases', exact: true }).count()).toBe(0);

    // The case's address: the API refuses it, and nothing of the case shows.
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 1, name: 'Individual case' }).waitFor();
    const alert = page.locator('[data-error-code]');
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(await alert.getAttribute('data-error-code'));
    const main = await page.locator('main').innerText();
    expect(main).not.toContain(person);
    expect(main).not.toContain(reference);

    // The list and a meeting's list are refused before anything is asked.
    for (const path of ['/cases', `/meetings/${BRUSSELS_2026}/cases`, '/cases/new']) {
      await page.goto(`${portal.url}${path}`);
      await page.getByRole('heading', { level: 1, name: 'Access denied' }).waitFor();
    }
    // The meeting page offers no link to its cases.
    await page.goto(`${portal.url}/meetings/${BRUSSELS_2026}`);
    await page.getByTestId('meeting-agenda-link').waitFor();
    expect(await page.getByTestId('meeting-cases-link').count()).toBe(0);

    // And the API says the same.
    const answer = await graphqlAs<unknown>(page, 'query($id: ID!) { case(id: $id) { name } }', {
      id: caseId,
    });
    expect(answer.data ?? null).toBeNull();
    expect(JSON.stringify(answer)).not.toContain(person);
    expect(us.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
  });

  it('the EU diplomat opens the Brussels 2026 list, reorders it by keyboard and saves', async () => {
    const eu = await signIn(EU_DIPLOMAT);
    const { page } = eu;
    await page.goto(`${portal.url}/meetings/${BRUSSELS_2026}`);
    await page.getByTestId('meeting-cases-link').click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Individual cases — Berne Process session, Brussels 2026',
      })
      .waitFor();
    await page.getByTestId('restricted-banner').waitFor();
    expect(await page.getByTestId('list-state').innerText()).toBe('Draft');
    expect(await page.getByTestId('list-sent-state').innerText()).toBe(
      'Not sent yet: the list can still change.',
    );

    // The seeded draft, in order, with the request for each person.
    const entries = page.getByTestId('list-entry');
    await entries.first().waitFor();
    expect(await entries.count()).toBe(DRAFT_LIST.length);
    for (const [i, [ref, name, request]] of DRAFT_LIST.entries()) {
      const entry = entries.nth(i);
      expect(await entry.innerText()).toContain(`${i + 1}.`);
      expect(await entry.innerText()).toContain(ref);
      expect(await entry.innerText()).toContain(name);
      expect(await entry.getByLabel(`What is asked for ${name}`).inputValue()).toBe(request);
    }
    await expectAllWordsFilled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // Keyboard only: move Lan Qiuming one place down; the focus stays on its button.
    const down = page.getByRole('button', { name: 'Down: move Lan Qiuming one place down' });
    await down.focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('list-announcement')
      .filter({ hasText: 'Lan Qiuming moved to place 2 of 5.' })
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Down: move Lan Qiuming one place down',
    );
    expect(await entries.nth(0).innerText()).toContain('Aynur Tohti');
    expect(await entries.nth(1).innerText()).toContain('Lan Qiuming');
    await page.getByTestId('unsaved').waitFor();
    // Unsaved changes: the list cannot be marked sent.
    expect(await page.getByTestId('mark-sent').isDisabled()).toBe(true);

    // A case found by the search picker, with its request; then the list is saved.
    const picker = page.getByRole('combobox', { name: 'Find a case to add' });
    await picker.fill('Lobsang');
    await page.getByRole('option', { name: 'DEMO-002 · Lobsang Tsering' }).click();
    await page
      .getByTestId('list-announcement')
      .filter({ hasText: 'Lobsang Tsering added at place 6.' })
      .waitFor();
    await page.getByLabel('What is asked for Lobsang Tsering').fill('Whereabouts; family access.');
    await page.getByTestId('save-list').click();
    await page.getByTestId('list-saved').filter({ hasText: 'List saved: 6 cases.' }).waitFor();

    // Saved: the order holds after a reload.
    await page.reload();
    await entries.first().waitFor();
    expect(await entries.count()).toBe(6);
    expect(await entries.nth(0).innerText()).toContain('Aynur Tohti');
    expect(await entries.nth(1).innerText()).toContain('Lan Qiuming');
    expect(await entries.nth(5).getByLabel('What is asked for Lobsang Tsering').inputValue()).toBe(
      'Whereabouts; family access.',
    );

    // A Berne Process session's list is not sent to the other side: the API says why.
    await page.getByTestId('mark-sent').click();
    const dialog = page.getByRole('dialog', { name: 'Mark the list as sent?' });
    expect(await dialog.innerText()).toContain('for each of its 6 cases');
    await dialog.getByRole('button', { name: 'Yes, mark as sent' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('api-sentence').innerText()).toBe(
      'Only a bilateral dialogue round’s list is sent to the other side; a Berne Process session’s list is the partners’ consolidated list.',
    );
    expect(await page.getByTestId('list-state').innerText()).toBe('Draft');

    // The downloads answer with the list as PDF and Word.
    for (const [testId, type] of [
      ['case-list-pdf', 'application/pdf'],
      ['case-list-docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ] as const) {
      const href = await page.getByTestId(testId).getAttribute('href');
      expect(href).toBe(
        `/api/meetings/${BRUSSELS_2026}/case-list.${testId.endsWith('pdf') ? 'pdf' : 'docx'}`,
      );
      const answer = await page.evaluate(async (path) => {
        const res = await fetch(path);
        return { status: res.status, type: res.headers.get('content-type') };
      }, href!);
      expect(answer).toEqual({ status: 200, type: expect.stringContaining(type) });
    }
    await expectAllWordsFilled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'meeting-cases.png'), fullPage: true });
    expect(eu.problems.filter((p) => !/status of 400/.test(p))).toEqual([]);
  });

  it('links a case to an agenda item, shown only to readers cleared for it', async () => {
    // The secretariat schedules a meeting of the EU and the US; it chairs the agenda.
    const secretariat = await signIn(SECRETARIAT);
    const day = weekdayIn(45);
    const created = await graphqlAs<{ createMeeting: { id: string } }>(
      secretariat.page,
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      {
        input: {
          kind: 'BERNE_PROCESS',
          title: `Coordination on individual cases ${suffix}`,
          city: 'Bern',
          timeZone: 'Europe/Zurich',
          partnerCodes: ['EU', 'US'],
          startsAt: `${day}T08:00:00Z`,
          endsAt: `${day}T11:00:00Z`,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const meetingId = created.data!.createMeeting.id;
    const agendaUrl = `${portal.url}/meetings/${meetingId}/agenda`;
    const title = `Detained journalists ${suffix}`;

    // The EU diplomat proposes an item linked to the new case (picked by its reference).
    const eu = await signIn(EU_DIPLOMAT);
    await eu.page.goto(`${agendaUrl}/propose`);
    await eu.page.getByRole('heading', { level: 1, name: 'Propose an agenda item' }).waitFor();
    const form = eu.page.getByRole('form', { name: 'Propose an agenda item' });
    await expectAllWordsFilled(eu.page);
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Individual cases', { exact: true }).fill(reference);
    await eu.page.getByRole('option', { name: `${reference} · ${person}` }).click();
    await eu.page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Propose the item' }).click();
    await eu.page.waitForURL(agendaUrl);
    const euLinks = eu.page.locator('[data-testid="item-links"][data-kind="CASE"]');
    await euLinks.waitFor();
    expect(await euLinks.innerText()).toMatch(
      new RegExp(`Individual cases: ${reference} · ${person}\\s*Restricted`),
    );
    expect(await euLinks.getByRole('link').getAttribute('href')).toBe(`/cases/${caseId}`);

    // The US diplomat (not cleared) sees the item, not the case.
    const us = await signIn(US_DIPLOMAT);
    await us.page.goto(agendaUrl);
    await us.page.getByText(title).first().waitFor();
    expect(await us.page.locator('[data-testid="item-links"][data-kind="CASE"]').count()).toBe(0);
    expect(await us.page.locator('main').innerText()).not.toContain(person);

    for (const session of [secretariat, eu, us]) expect(session.problems).toEqual([]);
  });

  it('the secretariat raises for a partner it picks and names the US diplomat a reader', async () => {
    const secretariat = await signIn(SECRETARIAT);
    const { page } = secretariat;
    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 1, name: person }).waitFor();

    // The secretariat holds no dialogue: it must say which partner raised the case.
    const raise = page.getByTestId('raising-form');
    await raise.getByRole('radio', { name: 'Orally, at a round' }).check();
    await raise.getByLabel('What was asked').fill('Information on his health.');
    await raise.getByRole('button', { name: 'Record the raising' }).click();
    expect(await raise.innerText()).toContain('Choose the partner that raised the case.');
    await raise.getByLabel('Raised by').selectOption({ label: 'Canada' });
    await raise.getByRole('button', { name: 'Record the raising' }).click();
    await page.getByTestId('raising-done').waitFor();
    expect(await page.getByTestId('raising').first().innerText()).toMatch(
      /Canada[\s\S]*Orally, at a round[\s\S]*Information on his health\./,
    );

    // Named readers: the secretariat manages them, picking among partner staff.
    const readers = page.getByRole('region', { name: 'Named readers' });
    await readers.getByLabel('Readers of this case', { exact: true }).fill('Okafor');
    await page.getByRole('option', { name: 'Daniel Okafor (United States)' }).click();
    await page.keyboard.press('Escape');
    await readers.getByRole('button', { name: 'Save the readers' }).click();
    await readers.getByTestId('readers-saved').filter({ hasText: '1 named reader' }).waitFor();
    await expectAllWordsFilled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // The US diplomat, not cleared, now reads this case (and only this one).
    const us = await signIn(US_DIPLOMAT);
    await us.page.goto(caseUrl);
    await us.page.getByRole('heading', { level: 1, name: person }).waitFor();
    await us.page.getByTestId('restricted-banner').waitFor();
    expect(await us.page.getByRole('link', { name: 'Back to the cases' }).count()).toBe(0);
    expect(await us.page.getByRole('region', { name: 'Named readers' }).count()).toBe(0);
    await us.page.goto(`${portal.url}/cases`);
    await us.page.getByRole('heading', { level: 1, name: 'Access denied' }).waitFor();
    for (const session of [secretariat, us]) expect(session.problems).toEqual([]);
  });
});
