import type { Browser } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchBrowser, startPortal, submitSignIn, type Portal } from './support/portal';

describe('accessibility (axe-core, WCAG 2.1 A/AA, serious and critical findings)', () => {
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

  it('the sign-in page, in English and in French', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/login`);
    await page.getByLabel('Email', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'FR' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the workspace, a section not built yet, the restricted cases and the administration pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${portal.url}/login`);
    await submitSignIn(page, 'secretariat@berne.example', 'BerneDemo!2026');
    await page.getByTestId('current-user').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    for (const [path, ready] of [
      ['/consultations', 'not-built'],
      // Restricted, for a cleared user: the list with its chart and filters.
      ['/cases', 'cases-table'],
      ['/admin', 'users-table'],
      ['/admin?tab=audit', 'audit-table'],
    ] as const) {
      await page.goto(`${portal.url}${path}`);
      await page.getByTestId(ready).waitFor();
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.close();
  });

  it('the header’s "My account" button while hovered', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${portal.url}/login`);
    await submitSignIn(page, 'secretariat@berne.example', 'BerneDemo!2026');
    const account = page.getByTestId('header-account');
    await account.hover();
    // axe reads the colours as they are now: make sure the hover background is the one shown.
    expect(await account.evaluate((el) => el.matches(':hover'))).toBe(true);
    expect(await account.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
