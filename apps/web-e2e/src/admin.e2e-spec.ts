import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  startPortal,
  submitSignIn,
  watchPageErrors,
  type Portal,
} from './support/portal';

const PASSWORD = 'BerneDemo!2026';

describe('administration in the browser', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** Signs in with the keyboard only: type, Tab to the next field, Enter to submit. */
  async function signInByKeyboard(page: Page, email: string, password: string) {
    await page.goto(`${portal.url}/login`);
    await page.getByLabel('Email', { exact: true }).focus();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.getByTestId('current-user').waitFor();
  }

  it('the secretariat browses and filters the audit log and verifies its chain', async () => {
    // A failed sign-in first, so there is something to filter for.
    const intruder = await browser.newPage();
    await intruder.goto(`${portal.url}/login`);
    await submitSignIn(intruder, 'us.diplomat@berne.example', 'a wrong password');
    await intruder.getByRole('alert').waitFor();
    await intruder.close();

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const problems = watchPageErrors(page);
    await signInByKeyboard(page, 'secretariat@berne.example', PASSWORD);
    await page.goto(`${portal.url}/admin?tab=audit`);
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    expect(await table.innerText()).toMatch(/auth\.login/);

    await page.getByLabel('Action', { exact: true }).fill('login_failed');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForFunction(() => {
      const t = document.querySelector('[data-testid="audit-table"]');
      return !!t && !/auth\.login\b(?!_)/.test(t.textContent ?? '');
    });
    const filtered = await table.innerText();
    expect(filtered).toMatch(/auth\.login_failed/);
    expect(filtered).toMatch(/us\.diplomat@berne\.example/);
    expect(filtered).not.toMatch(/a wrong password/);

    await page.getByRole('button', { name: 'Verify chain' }).click();
    const verdict = page.getByTestId('audit-verification');
    await verdict.waitFor();
    expect(await verdict.innerText()).toMatch(/hash chain is unbroken/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a diplomat reaching /admin by URL is refused, and the API refuses the data too', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInByKeyboard(page, 'eu.diplomat@berne.example', PASSWORD);
    await page.goto(`${portal.url}/admin?tab=audit`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByTestId('audit-table').count()).toBe(0);
    const answer = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ auditLog { total } }' }),
      });
      return res.json();
    });
    expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
    await context.close();
  });
});
