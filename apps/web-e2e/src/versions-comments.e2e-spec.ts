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
const SCREENSHOTS = resolve(__dirname, '../../../tools/screenshots');
const EU = { email: 'eu.diplomat@berne.example', name: 'Eleanor Vance' };
const CA = { email: 'ca.coordinator@berne.example', name: 'Geneviève Tremblay' };
const TITLE = 'Geneva round: versions and comments';
/** Budget for something done in one browser to show in the other. */
const LIVE_MS = 5_000;

interface Session {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** The note's text without the carets' name labels (decorations, not content). */
function editorText(page: Page): Promise<string> {
  return page.getByTestId('note-editor').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

function waitForText(page: Page, text: string, present = true, timeout = LIVE_MS) {
  return page.waitForFunction(
    ([expected, wanted]) => {
      const el = document.querySelector('[data-testid="note-editor"]');
      if (!el) return false;
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return (copy.textContent ?? '').includes(expected as string) === wanted;
    },
    [text, present] as const,
    { timeout },
  );
}

function waitForSaved(page: Page) {
  return page
    .getByTestId('connection-status')
    .filter({ hasText: 'Connected · all changes saved' })
    .waitFor({ timeout: 10_000 });
}

/** The texts of the commented passages highlighted in the editor. */
function highlights(page: Page): Promise<string[]> {
  return page.locator('[data-testid="note-editor"] mark.note-comment-highlight').allTextContents();
}

/** Selects `text` in the editor as a user dragging over it would. */
async function selectText(page: Page, text: string): Promise<void> {
  await page.getByTestId('note-editor').click();
  await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="note-editor"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the editor`);
  }, text);
  // ProseMirror reads the DOM selection on `selectionchange`.
  await page.waitForFunction((wanted) => window.getSelection()?.toString() === wanted, text);
  await page.waitForTimeout(100);
}

async function typeAtEnd(page: Page, text: string, newParagraph = false): Promise<void> {
  await page.getByTestId('note-editor').click();
  await page.keyboard.press('Control+End');
  if (newParagraph) await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

function versionItem(page: Page, name: string) {
  return page.getByTestId('version-item').filter({ hasText: name });
}

describe('versions, comments and notifications of a briefing note in the browser', () => {
  let portal: Portal;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    portal = await startPortal();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function signIn(email: string): Promise<Session> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${portal.url}/login`);
    await submitSignIn(page, email, PASSWORD);
    await page.getByTestId('current-user').waitFor();
    return { context, page, problems };
  }

  /** Creates a note through the API as the signed-in user of `page` (who then owns it). */
  async function createNote(page: Page, title: string): Promise<string> {
    const answer = await page.evaluate(async (noteTitle) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({
          query:
            'mutation($input: CreateBriefingNoteInput!) { createBriefingNote(input: $input) { id } }',
          variables: { input: { title: noteTitle, classification: 'PARTNERS' } },
        }),
      });
      return res.json();
    }, title);
    const id = answer?.data?.createBriefingNote?.id;
    if (typeof id !== 'string') throw new Error(`note not created: ${JSON.stringify(answer)}`);
    return id;
  }

  async function openNote(session: Session, url: string) {
    await session.page.goto(url);
    await session.page.getByTestId('note-editor').waitFor();
    await waitForSaved(session.page);
  }

  it('names, compares, restores, comments with a mention, approves and seals — live in both browsers', async () => {
    // Canada owns the note: its coordinator may seal versions of it.
    const ca = await signIn(CA.email);
    const id = await createNote(ca.page, TITLE);
    const url = `${portal.url}/briefing-notes/${id}`;
    const eu = await signIn(EU.email);
    await openNote(eu, url);
    await openNote(ca, url);
    expect(await ca.page.getByTestId('notification-bell').getAttribute('aria-label')).toBe(
      'Notifications, none unread',
    );

    // --- Versions: type, name, type more, compare with the current text -----------------------
    const first = 'The EU will ask for the annual number of executions.';
    const added = 'Canada will raise the review of death sentences.';
    await typeAtEnd(eu.page, first);
    await waitForSaved(eu.page);
    await eu.page.getByTestId('versions-tab').click();
    const versions = eu.page.getByTestId('versions-panel');
    await versions.getByLabel('Version name', { exact: true }).fill('First reading');
    await versions.getByRole('button', { name: 'Name the version' }).click();
    await eu.page.getByTestId('versions-notice').filter({ hasText: '“First reading”' }).waitFor();
    const named = versionItem(eu.page, 'First reading');
    expect(await named.innerText()).toMatch(
      /Named[\s\S]*Named by Eleanor Vance \(European Union\)/i,
    );
    // The other browser's list follows (collab:meta).
    await ca.page.getByTestId('versions-tab').click();
    await versionItem(ca.page, 'First reading').waitFor({ timeout: LIVE_MS });

    await typeAtEnd(eu.page, added, true);
    await waitForText(ca.page, added);
    await waitForSaved(eu.page);
    await named.getByRole('button', { name: /^Compare with current/ }).click();
    const diff = eu.page.getByRole('dialog', {
      name: /Changes from version \d+ to the current text/,
    });
    await diff.getByTestId('version-diff').waitFor();
    expect(await diff.getByTestId('version-diff-summary').innerText()).toBe(
      'Lines added: 1 · lines removed: 0',
    );
    const addedLine = diff.locator('li[data-change="added"]');
    expect(await addedLine.innerText()).toContain(added);
    expect(await addedLine.locator('.version-diff__sign').innerText()).toBe('+');
    expect(await diff.locator('li[data-change="same"]').first().innerText()).toContain(first);
    expect(await seriousViolations(eu.page)).toEqual([]);
    await eu.page.screenshot({ path: join(SCREENSHOTS, 'version-diff.png') });
    await eu.page.keyboard.press('Escape');
    await diff.waitFor({ state: 'detached' });

    // Open = a read-only copy of the version.
    await named.getByRole('button', { name: /^Open/ }).click();
    const view = eu.page.getByRole('dialog', { name: /First reading/ });
    const content = view.getByTestId('version-content');
    await content.waitFor();
    expect(await content.innerText()).toContain(first);
    expect(await content.innerText()).not.toContain(added);
    expect(await content.getAttribute('contenteditable')).toBe('false');
    await eu.page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });

    // Restore: a new edit that the other browser sees at once.
    await named.getByRole('button', { name: /^Restore/ }).click();
    const restore = eu.page.getByRole('dialog', { name: /^Restore version \d+\?$/ });
    expect(await restore.innerText()).toMatch(/new edit[\s\S]*nothing is lost/);
    await restore.getByRole('button', { name: 'Restore this version' }).click();
    await waitForText(ca.page, added, false);
    await waitForText(eu.page, added, false);
    expect(await editorText(ca.page)).toContain(first);
    await versionItem(ca.page, 'Restored').first().waitFor({ timeout: LIVE_MS });

    // --- Comments: select, comment with a mention; the other browser sees it live ------------
    const quote = 'the annual number of executions';
    await eu.page.getByTestId('comments-tab').click();
    await selectText(eu.page, quote);
    await eu.page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name: 'Comment' })
      .click();
    const composer = eu.page.getByTestId('comment-composer');
    await composer
      .getByLabel('Your comment', { exact: true })
      .fill('Can we cite the 2025 figures?');
    await composer.getByLabel('Mention people', { exact: true }).click();
    await eu.page.keyboard.type('Genev');
    await eu.page.getByRole('option', { name: `${CA.name} (Canada)` }).click();
    await eu.page.keyboard.press('Escape'); // closes the list of people
    await composer.getByRole('button', { name: 'Post the comment' }).click();
    await composer.waitFor({ state: 'detached' });
    const euThread = eu.page.getByTestId('comment-thread').filter({ hasText: quote });
    await euThread.waitFor();
    expect(await euThread.innerText()).toMatch(
      /Eleanor Vance \(European Union\)[\s\S]*Can we cite the 2025 figures\?[\s\S]*Mentioned: Geneviève Tremblay/,
    );
    expect(await highlights(eu.page)).toEqual([quote]);

    const caThread = ca.page.getByTestId('comment-thread').filter({ hasText: quote });
    await ca.page.getByTestId('comments-tab').click();
    await caThread.waitFor({ timeout: LIVE_MS });
    await ca.page.waitForFunction(
      () => document.querySelectorAll('mark.note-comment-highlight').length === 1,
      undefined,
      { timeout: LIVE_MS },
    );
    expect(await highlights(ca.page)).toEqual([quote]);
    const description = await ca.page
      .locator('mark.note-comment-highlight')
      .getAttribute('aria-describedby');
    expect(await ca.page.locator(`#${description}`).textContent()).toBe(
      'Commented by Eleanor Vance: Can we cite the 2025 figures?',
    );

    // The bell counts the mention, live.
    const bell = ca.page.getByTestId('notification-bell');
    await ca.page.waitForFunction(
      () =>
        document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ===
        'Notifications, 1 unread',
      undefined,
      { timeout: LIVE_MS },
    );
    await bell.click();
    const item = ca.page.getByTestId('notification-item');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.first().getByRole('link').innerText()).toBe(
      `Eleanor Vance mentioned you on “${TITLE}”`,
    );
    expect(await item.first().getByRole('link').getAttribute('href')).toMatch(
      new RegExp(`^/briefing-notes/${id}\\?detail=[0-9a-f-]{36}$`),
    );
    expect(await seriousViolations(ca.page)).toEqual([]);
    await ca.page.screenshot({ path: join(SCREENSHOTS, 'notifications.png') });
    await ca.page.getByRole('button', { name: 'Mark all read' }).click();
    await ca.page.waitForFunction(
      () =>
        document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ===
        'Notifications, none unread',
    );
    await ca.page.keyboard.press('Escape');

    // Someone types before the commented passage: the highlight keeps to its text everywhere.
    await ca.page.getByTestId('note-editor').click();
    await ca.page.keyboard.press('Control+Home');
    await ca.page.keyboard.type('Revised: ');
    await waitForText(eu.page, 'Revised: The EU');
    await waitForSaved(ca.page);
    expect(await highlights(eu.page)).toEqual([quote]);
    expect(await highlights(ca.page)).toEqual([quote]);

    // Clicking the thread selects its text in the editor.
    await euThread.getByRole('button', { name: 'Show in the text' }).click();
    await eu.page.waitForFunction((wanted) => window.getSelection()?.toString() === wanted, quote);
    expect(await euThread.getAttribute('data-active')).toBe('true');
    expect(await seriousViolations(eu.page)).toEqual([]);
    await eu.page.screenshot({ path: join(SCREENSHOTS, 'comments.png') });

    // A second thread, started with the keyboard shortcut; its text is then deleted: detached.
    await ca.page.getByRole('button', { name: 'Show in the text' }).first().waitFor();
    await selectText(ca.page, 'Revised');
    await ca.page.keyboard.press('Control+Alt+m');
    const caComposer = ca.page.getByTestId('comment-composer');
    await caComposer.getByLabel('Your comment', { exact: true }).fill('Drop this word?');
    await caComposer.getByRole('button', { name: 'Post the comment' }).click();
    await caComposer.waitFor({ state: 'detached' });
    const euSecond = eu.page.getByTestId('comment-thread').filter({ hasText: '“Revised”' });
    await euSecond.waitFor({ timeout: LIVE_MS });
    await eu.page.waitForFunction(
      () => document.querySelectorAll('mark.note-comment-highlight').length === 2,
      undefined,
      { timeout: LIVE_MS },
    );
    expect(await highlights(eu.page)).toEqual(['Revised', quote]);
    // Listed in the order of the text: "Revised" comes first.
    expect(await eu.page.getByTestId('comment-thread-quote').allInnerTexts()).toEqual([
      expect.stringContaining('“Revised”'),
      expect.stringContaining(`“${quote}”`),
    ]);
    await selectText(eu.page, 'Revised');
    await eu.page.keyboard.press('Backspace');
    await euSecond.getByTestId('comment-detached').waitFor();
    const caSecond = ca.page.getByTestId('comment-thread').filter({ hasText: '“Revised”' });
    await caSecond.getByTestId('comment-detached').waitFor({ timeout: LIVE_MS });
    expect(await caSecond.innerText()).toContain('The commented text has been deleted');
    expect(await highlights(ca.page)).toEqual([quote]);
    // Detached threads go to the end of the list.
    expect(await ca.page.getByTestId('comment-thread-quote').allInnerTexts()).toEqual([
      expect.stringContaining(`“${quote}”`),
      expect.stringContaining('“Revised”'),
    ]);
    expect(await seriousViolations(ca.page)).toEqual([]);

    // Resolve: gone from both lists and from the highlights.
    await caThread.getByRole('button', { name: 'Resolve' }).click();
    await caThread.waitFor({ state: 'detached' });
    await euThread.waitFor({ state: 'detached', timeout: LIVE_MS });
    expect(await highlights(eu.page)).toEqual([]);
    await eu.page.getByLabel(/^Show resolved threads/).check();
    expect(await euThread.innerText()).toMatch(/Resolved[\s\S]*Resolved by Geneviève Tremblay/i);

    // --- Approvals and seal: the EU approves, then Canada (the owner) approves and seals -----
    await eu.page.getByTestId('versions-tab').click();
    await named.getByRole('button', { name: /^Approve for European Union/ }).click();
    const approveEu = eu.page.getByRole('dialog', { name: /^Approve version \d+\?$/ });
    await approveEu.getByRole('button', { name: 'Approve for European Union' }).click();
    await approveEu.waitFor({ state: 'detached' });
    await named.getByTestId('version-approval').filter({ hasText: 'European Union' }).waitFor();
    // A diplomat does not seal: no button.
    expect(await named.getByRole('button', { name: /^Seal/ }).count()).toBe(0);

    await ca.page.getByTestId('versions-tab').click();
    const caNamed = versionItem(ca.page, 'First reading');
    await caNamed
      .getByTestId('version-approval')
      .filter({ hasText: 'European Union' })
      .waitFor({ timeout: LIVE_MS });
    await caNamed.getByRole('button', { name: /^Approve for Canada/ }).click();
    const approveCa = ca.page.getByRole('dialog', { name: /^Approve version \d+\?$/ });
    await approveCa.getByRole('button', { name: 'Approve for Canada' }).click();
    await approveCa.waitFor({ state: 'detached' });
    await caNamed.getByRole('button', { name: /^Seal/ }).click();
    const seal = ca.page.getByRole('dialog', { name: /^Seal version \d+\?$/ });
    expect(await seal.innerText()).toMatch(/EU, CA|CA, EU/);
    await seal.getByRole('button', { name: 'Seal the version' }).click();
    await seal.waitFor({ state: 'detached' });
    await caNamed.getByTestId('version-sealed').waitFor();
    await named.getByTestId('version-sealed').waitFor({ timeout: LIVE_MS });
    expect(await named.innerText()).toMatch(/Sealed by Geneviève Tremblay/);
    // Sealed: nobody approves it any more.
    expect(await named.getByRole('button', { name: /^Approve/ }).count()).toBe(0);
    expect(await seriousViolations(eu.page)).toEqual([]);
    await eu.page.screenshot({ path: join(SCREENSHOTS, 'versions.png') });

    // Two selected versions compared with each other: the restore brought back the same text.
    const restored = versionItem(eu.page, 'Restored').first();
    await restored.getByRole('checkbox', { name: /^Select version \d+ for comparison$/ }).check();
    await named.getByRole('checkbox', { name: /^Select version \d+ for comparison$/ }).check();
    await eu.page.getByRole('button', { name: 'Compare the selected versions' }).click();
    const between = eu.page.getByRole('dialog', { name: /^Changes from version 1 to version 2$/ });
    await between.getByTestId('version-diff').waitFor();
    expect(await between.innerText()).toContain('No differences: the text is the same.');
    await eu.page.keyboard.press('Escape');

    expect(eu.problems).toEqual([]);
    expect(ca.problems).toEqual([]);
    await eu.context.close();
    await ca.context.close();
  }, 180_000);
});
