import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  startPortal,
  submitSignIn,
  watchPageErrors,
  type Portal,
} from './support/portal';

const PASSWORD = 'BerneDemo!2026';
const SECTIONS = [
  'Meetings',
  'My actions',
  'Agendas',
  'Benchmarks',
  'Briefing notes',
  'Cases',
  'Consultations',
  'Reports',
  'Admin',
];
const ARTIFACTS = resolve(__dirname, '../artifacts');

/** What each demo account must find in the navigation, and who it is. */
const ACCOUNTS = [
  {
    email: 'secretariat@berne.example',
    who: /Margrit Aebischer.*Berne Process Secretariat.*Secretariat/i,
    hidden: [] as string[],
  },
  {
    email: 'eu.diplomat@berne.example',
    who: /Eleanor Vance.*European Union.*Diplomat/i,
    hidden: ['Admin'],
  },
  {
    email: 'us.diplomat@berne.example',
    who: /Daniel Okafor.*United States.*Diplomat/i,
    hidden: ['Admin', 'Cases'],
  },
  {
    email: 'ca.coordinator@berne.example',
    who: /Geneviève Tremblay.*Canada.*Coordinator/i,
    hidden: ['Cases'],
  },
];

describe('signing in to the portal', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    portal = await startPortal();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${portal.url}/`);
    await page.waitForURL(/\/login/);
    await submitSignIn(page, email, password);
  }

  it.each(ACCOUNTS)(
    '$email lands in its workspace with the right navigation',
    async ({ email, who, hidden }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems = watchPageErrors(page);
      await signIn(page, email, PASSWORD);

      await page.getByTestId('current-user').waitFor();
      expect(await page.getByTestId('current-user').innerText()).toMatch(who);
      const nav = page.getByRole('navigation', { name: 'Portal sections' });
      for (const section of SECTIONS) {
        const link = nav.getByRole('link', { name: section, exact: true });
        expect({ section, visible: await link.count() }).toEqual({
          section,
          visible: hidden.includes(section) ? 0 : 1,
        });
      }
      if (email.startsWith('secretariat')) {
        await page.screenshot({ path: join(ARTIFACTS, 'workspace.png') });
      }
      // A section not built yet says so plainly (Consultations: offered to everyone).
      await nav.getByRole('link', { name: 'Consultations', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Consultations' }).waitFor();
      expect(await page.getByTestId('not-built').innerText()).toMatch(/not built yet/i);

      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('shows a clear error for a wrong password and stays on the sign-in page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'eu.diplomat@berne.example', 'not the password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/email (address )?or password is incorrect/i);
    expect(page.url()).toMatch(/\/login/);
    await context.close();
  });

  it('switches the sign-in page to French', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portal.url}/login`);
    await page.getByRole('button', { name: 'FR' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await page.getByRole('button', { name: /Se connecter/i }).count()).toBe(1);
    await context.close();
  });
});
