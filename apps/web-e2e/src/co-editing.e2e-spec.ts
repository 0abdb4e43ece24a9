import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchBrowser,
  startPortal,
  submitSignIn,
  watchPageErrors,
  type Portal,
} from './support/portal';
import { seriousViolations } from './support/axe';

const PASSWORD = 'BerneDemo!2026';
const ARTIFACTS = resolve(__dirname, '../artifacts');
const EU = { email: 'eu.diplomat@berne.example', name: 'Eleanor Vance' };
const CA = { email: 'ca.coordinator@berne.example', name: 'Geneviève Tremblay' };
const US = { email: 'us.diplomat@berne.example', name: 'Daniel Okafor' };
/** Budget for an edit to appear in the other browser, counted from the end of the typing. */
const LIVE_MS = 1000;
const NOTE_URL = /\/briefing-notes\/([0-9a-f-]{36})$/;

interface Session {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** The note's text without the carets' name labels (they are decorations, not content). */
function editorText(page: Page): Promise<string> {
  return page.getByTestId('note-editor').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

/** Waits until the note's text (carets left out) contains `text`. */
function waitForText(page: Page, text: string, timeout: number) {
  return page.waitForFunction(
    (expected) => {
      const el = document.querySelector('[data-testid="note-editor"]');
      if (!el) return false;
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return (copy.textContent ?? '').includes(expected);
    },
    text,
    { timeout },
  );
}

function waitForStatus(page: Page, text: string | RegExp, timeout = 10_000) {
  return page.getByTestId('connection-status').filter({ hasText: text }).waitFor({ timeout });
}

/** Types at the end of the note; returns when the last key has been dispatched. */
async function typeAtEnd(page: Page, text: string): Promise<{ started: number; typed: number }> {
  await page.getByTestId('note-editor').click();
  await page.keyboard.press('Control+End');
  const started = Date.now();
  await page.keyboard.type(text);
  return { started, typed: Date.now() };
}

describe('co-editing briefing notes in the browser', () => {
  let portal: Portal;
  let browser: Browser;
  const timings: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    portal = await startPortal();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    if (timings.length) console.log(`cross-browser appearance:\n${timings.join('\n')}`);
    await browser?.close();
    await portal?.stop();
  });

  async function signIn(email: string): Promise<Session> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${portal.url}/login`);
    await submitSignIn(page, email, PASSWORD);
    await page.getByTestId('current-user').waitFor();
    return { context, page, problems };
  }

  /** Creates a note through the API, as the signed-in user of `page`. */
  async function createNote(page: Page, title: string, classification: string): Promise<string> {
    const answer = await page.evaluate(
      async ({ title, classification }) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({
            query:
              'mutation($input: CreateBriefingNoteInput!) { createBriefingNote(input: $input) { id } }',
            variables: { input: { title, classification } },
          }),
        });
        return res.json();
      },
      { title, classification },
    );
    const id = answer?.data?.createBriefingNote?.id;
    if (typeof id !== 'string') throw new Error(`note not created: ${JSON.stringify(answer)}`);
    return id;
  }

  async function openNote(session: Session, url: string) {
    await session.page.goto(url);
    await session.page.getByTestId('note-editor').waitFor();
    await waitForStatus(session.page, 'Connected · all changes saved');
  }

  it('a note created by the EU diplomat is co-edited live with the Canadian coordinator', async () => {
    const eu = await signIn(EU.email);
    await eu.page
      .getByRole('navigation', { name: 'Portal sections' })
      .getByRole('link', { name: 'Briefing notes' })
      .click();
    await eu.page.getByRole('heading', { level: 1, name: 'Briefing notes' }).waitFor();
    await eu.page.getByRole('button', { name: 'New briefing note' }).click();
    const dialog = eu.page.getByRole('dialog', { name: 'New briefing note' });
    await dialog
      .getByLabel('Title', { exact: true })
      .fill('Brussels round: talking points on the death penalty');
    await dialog.getByLabel('Classification', { exact: true }).selectOption('PARTNERS');
    // A diplomat does not publish: PUBLIC is not offered.
    expect(
      await dialog.getByLabel('Classification', { exact: true }).locator('option').allInnerTexts(),
    ).toEqual(['Partners', 'Partner only', 'Restricted']);
    await dialog.getByLabel('Themes', { exact: true }).click();
    await eu.page
      .getByRole('listbox', { name: 'Themes' })
      .getByRole('option', { name: /^Death penalty/ })
      .click();
    await dialog.getByLabel('Title', { exact: true }).click(); // closes the list of themes
    expect(await seriousViolations(eu.page)).toEqual([]); // the form, over the list of notes
    await dialog.getByRole('button', { name: 'Create the note' }).click();
    await eu.page.waitForURL(NOTE_URL);
    const noteUrl = eu.page.url();
    await eu.page
      .getByRole('heading', { level: 1, name: /talking points on the death penalty/ })
      .waitFor();
    expect(await eu.page.getByTestId('note-details').innerText()).toMatch(
      /Partners[\s\S]*European Union[\s\S]*Death penalty/i,
    );
    await waitForStatus(eu.page, 'Connected · all changes saved');

    const ca = await signIn(CA.email);
    await openNote(ca, noteUrl);

    const fromBrussels = 'The EU will ask for the annual number of executions.';
    const euTyping = await typeAtEnd(eu.page, fromBrussels);
    await waitForText(ca.page, fromBrussels, LIVE_MS);
    const caSawText = Date.now();
    await ca.page
      .locator('.collaboration-carets__label', { hasText: EU.name })
      .waitFor({ timeout: LIVE_MS });
    const caSawCaret = Date.now();
    timings.push(
      `  EU → CA: text ${caSawText - euTyping.typed} ms after the last key (${caSawText - euTyping.started} ms after the first), caret label ${caSawCaret - euTyping.typed} ms`,
    );

    await ca.page.keyboard.press('Control+End'); // leave the shared caret where it is, type below
    const fromOttawa = ' Canada will raise the Supreme Court review of death sentences.';
    const caTyping = await typeAtEnd(ca.page, fromOttawa);
    await waitForText(eu.page, fromOttawa.trim(), LIVE_MS);
    const euSawText = Date.now();
    await eu.page
      .locator('.collaboration-carets__label', { hasText: CA.name })
      .waitFor({ timeout: LIVE_MS });
    const euSawCaret = Date.now();
    timings.push(
      `  CA → EU: text ${euSawText - caTyping.typed} ms after the last key (${euSawText - caTyping.started} ms after the first), caret label ${euSawCaret - caTyping.typed} ms`,
    );

    // Both hold the same text; the carets are drawn in the partner colours; both are listed as present.
    await waitForStatus(eu.page, 'Connected · all changes saved');
    await waitForStatus(ca.page, 'Connected · all changes saved');
    expect(await editorText(eu.page)).toBe(await editorText(ca.page));
    expect(await editorText(eu.page)).toContain(`${fromBrussels}${fromOttawa}`);
    const caretColour = await eu.page
      .locator('.collaboration-carets__label', { hasText: CA.name })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(caretColour).toBe('rgb(179, 38, 30)'); // Canada's #b3261e
    expect(await eu.page.getByTestId('presence').innerText()).toMatch(
      new RegExp(`${EU.name} \\(you\\)[\\s\\S]*${CA.name}`),
    );
    await eu.page.screenshot({ path: join(ARTIFACTS, 'co-editing.png') });

    // Undo takes back one's own typing only (Y.UndoManager), everywhere; redo restores it.
    await eu.page.getByTestId('note-editor').click();
    await eu.page.keyboard.press('Control+z');
    await ca.page.waitForFunction(
      ([gone, kept]) => {
        const text = document.querySelector('[data-testid="note-editor"]')?.textContent ?? '';
        return !text.includes(gone) && text.includes(kept);
      },
      [fromBrussels, fromOttawa.trim()],
      { timeout: LIVE_MS },
    );
    await eu.page.keyboard.press('Control+Shift+z');
    await waitForText(ca.page, `${fromBrussels}${fromOttawa}`, LIVE_MS);
    // Toolbar buttons say whether they are on.
    const bold = eu.page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name: 'Bold' });
    expect(await bold.getAttribute('aria-pressed')).toBe('false');
    expect(await bold.getAttribute('title')).toBe('Bold (Ctrl+B)');
    await eu.page.keyboard.press('Control+b');
    await eu.page.waitForFunction(
      () =>
        document.querySelector('button[aria-label="Bold"]')?.getAttribute('aria-pressed') ===
        'true',
    );

    // The editor is named after the note and passes axe, like the list of notes.
    expect(await eu.page.getByTestId('note-editor').getAttribute('aria-label')).toBe(
      'Content of “Brussels round: talking points on the death penalty”',
    );
    expect(await seriousViolations(eu.page)).toEqual([]);
    await eu.page.goto(`${portal.url}/briefing-notes`);
    await eu.page
      .getByTestId('notes-table')
      .getByRole('link', { name: /talking points on the death penalty/ })
      .waitFor();
    expect(await seriousViolations(eu.page)).toEqual([]);

    expect(eu.problems).toEqual([]);
    expect(ca.problems).toEqual([]);
    await eu.context.close();
    await ca.context.close();
  });

  it('a diplomat not cleared for restricted records cannot open a RESTRICTED note, in the UI or the API', async () => {
    const eu = await signIn(EU.email);
    const id = await createNote(eu.page, 'Restricted: follow-up on individual cases', 'RESTRICTED');
    await eu.context.close();

    const us = await signIn(US.email);
    await us.page.goto(`${portal.url}/briefing-notes/${id}`);
    await us.page.getByTestId('note-not-found').waitFor();
    expect(await us.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Briefing note not found',
    );
    expect(await us.page.getByTestId('note-editor').count()).toBe(0);
    expect(await us.page.locator('main').innerText()).not.toMatch(/individual cases/);

    const answer = await us.page.evaluate(async (noteId) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({
          query: 'query($id: ID!) { briefingNote(id: $id) { id title docName } }',
          variables: { id: noteId },
        }),
      });
      return res.json();
    }, id);
    expect(answer.data).toBeNull();
    expect(answer.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(answer)).not.toMatch(/individual cases/);

    // Nor is it listed.
    await us.page.goto(`${portal.url}/briefing-notes`);
    await us.page.getByRole('heading', { level: 1, name: 'Briefing notes' }).waitFor();
    await us.page.getByTestId('loading').waitFor({ state: 'detached' });
    expect(await us.page.locator('main').innerText()).not.toMatch(/individual cases/);
    expect(us.problems).toEqual([]);
    await us.context.close();
  });

  it('edits made offline are kept, counted, and merged on reconnection', async () => {
    const eu = await signIn(EU.email);
    const id = await createNote(eu.page, 'Offline drafting test', 'PARTNERS');
    const url = `${portal.url}/briefing-notes/${id}`;
    await openNote(eu, url);
    const ca = await signIn(CA.email);
    await openNote(ca, url);

    await typeAtEnd(eu.page, 'Agreed opening.');
    await waitForText(ca.page, 'Agreed opening.', 5_000);

    // Playwright's offline mode drops the WebSocket: socket.io sees a disconnection.
    await ca.context.setOffline(true);
    await waitForStatus(ca.page, /^Offline/);
    const offlineLine = ' Ottawa adds a line while offline.';
    await typeAtEnd(ca.page, offlineLine);
    await waitForStatus(ca.page, /^Offline · \d+ unsaved changes?$/);
    const unsaved = Number(
      /(\d+) unsaved/.exec(await ca.page.getByTestId('connection-status').innerText())?.[1],
    );
    expect(unsaved).toBeGreaterThan(0);

    const onlineLine = ' Brussels keeps editing meanwhile.';
    await typeAtEnd(eu.page, onlineLine);
    await waitForStatus(eu.page, 'Connected · all changes saved');
    // The offline edits have not reached anyone yet.
    expect(await editorText(eu.page)).not.toContain(offlineLine.trim());

    await ca.context.setOffline(false);
    await waitForStatus(ca.page, 'Connected · all changes saved', 20_000);
    await waitForText(eu.page, offlineLine.trim(), 5_000);
    await waitForText(ca.page, onlineLine.trim(), 5_000);
    const [euText, caText] = [await editorText(eu.page), await editorText(ca.page)];
    expect(euText).toBe(caText);
    expect(euText).toContain('Agreed opening.');

    // While offline the browser logs its failed reconnection attempts: expected, nothing else is.
    const offlineNoise = /WebSocket connection to .* failed|ERR_INTERNET_DISCONNECTED/;
    expect(ca.problems.filter((p) => !offlineNoise.test(p))).toEqual([]);
    expect(eu.problems).toEqual([]);
    await eu.context.close();
    await ca.context.close();
  });
});
