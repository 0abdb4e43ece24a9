import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  launchBrowser,
  startPortal,
  submitSignIn,
  watchPageErrors,
  type Portal,
  graphqlAs,
  type GraphQLAnswer,
} from './support/portal';
import { seriousViolations } from './support/axe';

const PASSWORD = 'BerneDemo!2026';
const ARTIFACTS = resolve(__dirname, '../artifacts');
const SECRETARIAT = 'secretariat@berne.example';
const EU_DIPLOMAT = { email: 'eu.diplomat@berne.example', name: 'Eleanor Vance' };
const CA_COORDINATOR = { email: 'ca.coordinator@berne.example', name: 'Geneviève Tremblay' };
const EU_COORDINATOR = {
  email: `eu.coordinator.${Date.now().toString(36)}@berne.example`,
  name: 'Jonas Lindqvist',
  password: 'Agenda-Coordinator!2026',
};
const DAY_MS = 86_400_000;

interface Session {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** YYYY-MM-DD in UTC, `days` from now, moved off the weekend. */
function weekdayIn(days: number): string {
  let date = new Date(Date.now() + days * DAY_MS);
  while ([0, 6].includes(date.getUTCDay())) date = new Date(date.getTime() + DAY_MS);
  return date.toISOString().slice(0, 10);
}

describe('joint agendas: proposals, consent per delegation, locking, continuity', () => {
  let portal: Portal;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // LOG_LEVEL=log: without SMTP the API logs the invitation email, whose link the test follows.
    portal = await startPortal({ LOG_LEVEL: 'log' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const session of sessions) await session.context.close();
    await browser?.close();
    await portal?.stop();
  });

  async function signIn(email: string, password = PASSWORD): Promise<Session> {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      timezoneId: 'Europe/Zurich',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    const problems = watchPageErrors(page);
    await page.goto(`${portal.url}/login`);
    await submitSignIn(page, email, password);
    await page.getByTestId('current-user').waitFor();
    const session = { context, page, problems };
    sessions.push(session);
    return session;
  }

  const graphql = graphqlAs;

  const itemCard = (page: Page, title: string): Locator =>
    page.getByTestId('agenda-item').filter({ has: page.getByRole('heading', { name: title }) });

  async function chipText(page: Page, title: string, partner: string): Promise<string> {
    return (
      await itemCard(page, title)
        .getByTestId('consent-chips')
        .locator(`[data-partner="${partner}"]`)
        .innerText()
    ).trim();
  }

  async function waitForState(page: Page, title: string, state: string): Promise<void> {
    await itemCard(page, title)
      .locator(`[data-testid="item-state"][data-state="${state}"]`)
      .waitFor();
  }

  async function waitForNotice(page: Page, name: string): Promise<void> {
    await page
      .getByTestId('agenda-live-notice')
      .filter({ hasText: `Updated by ${name}` })
      .waitFor({ timeout: 10_000 });
  }

  it('EU proposes, Canada agrees live, an objection is read by all, and the chair locks and reopens', async () => {
    const suffix = Date.now().toString(36);
    const meetingTitle = `Berne Process coordination meeting ${suffix}`;
    const agreedTitle = `Death penalty statistics: a joint request ${suffix}`;
    const contestedTitle = `Organ transplants: consent of donors ${suffix}`;
    const objection = 'Canada raised this in Brussels; we prefer to wait for the NGO report.';

    // The secretariat schedules a meeting for the EU and Canada; it chairs the agenda (no host).
    const secretariat = await signIn(SECRETARIAT);
    const day = weekdayIn(40);
    const created = await graphql<{ createMeeting: { id: string } }>(
      secretariat.page,
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      {
        input: {
          kind: 'BERNE_PROCESS',
          title: meetingTitle,
          city: 'Bern',
          timeZone: 'Europe/Zurich',
          partnerCodes: ['EU', 'CA'],
          startsAt: `${day}T08:00:00Z`,
          endsAt: `${day}T11:00:00Z`,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const meetingId = created.data!.createMeeting.id;
    const agendaUrl = `${portal.url}/meetings/${meetingId}/agenda`;

    // The EU has no coordinator among the demo accounts: the secretariat invites one, and the test
    // follows the invitation link the API logs (no SMTP server here) to set its password.
    const invited = await graphql<{ inviteUser: { id: string } }>(
      secretariat.page,
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
      {
        input: {
          email: EU_COORDINATOR.email,
          displayName: EU_COORDINATOR.name,
          role: 'COORDINATOR',
          partnerCode: 'EU',
          clearedForRestricted: false,
        },
      },
    );
    expect(invited.errors).toBeUndefined();
    let token: string | undefined;
    for (let i = 0; i < 50 && !token; i++) {
      const mail = portal.logs().split(`To: ${EU_COORDINATOR.email}`)[1];
      token = mail ? /reset-password\?token=([^\s&]+)/.exec(mail)?.[1] : undefined;
      if (!token) await new Promise((r) => setTimeout(r, 100));
    }
    expect(token).toBeDefined();
    const reset = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }',
        variables: {
          input: { token: decodeURIComponent(token!), newPassword: EU_COORDINATOR.password },
        },
      }),
    });
    expect(((await reset.json()) as GraphQLAnswer<{ resetPassword: boolean }>).data).toEqual({
      resetPassword: true,
    });

    // The EU coordinator names Eleanor Vance to speak for the EU, from the meeting's agenda page.
    const euCoordinator = await signIn(EU_COORDINATOR.email, EU_COORDINATOR.password);
    await euCoordinator.page.goto(`${portal.url}/meetings/${meetingId}`);
    await euCoordinator.page.getByTestId('meeting-agenda-link').click();
    await euCoordinator.page
      .getByRole('heading', { level: 1, name: `Agenda: ${meetingTitle}` })
      .waitFor();
    expect(await euCoordinator.page.getByTestId('agenda-role').innerText()).toContain(
      'You speak for European Union on this agenda',
    );
    const speakers = euCoordinator.page.getByRole('region', {
      name: 'Who speaks for European Union',
    });
    const speaks = speakers.getByRole('switch', {
      name: 'Eleanor Vance speaks for European Union',
    });
    expect(await speaks.isChecked()).toBe(false);
    await speaks.focus();
    await euCoordinator.page.keyboard.press('Space');
    await speakers
      .getByTestId('speakers-status')
      .filter({ hasText: 'Eleanor Vance now speaks for European Union.' })
      .waitFor();
    expect(await speaks.isChecked()).toBe(true);
    expect(await seriousViolations(euCoordinator.page)).toEqual([]); // the empty agenda, coordinator's view

    // Canada's coordinator (who speaks for Canada) keeps the agenda open.
    const ca = await signIn(CA_COORDINATOR.email);
    await ca.page.goto(agendaUrl);
    await ca.page.getByRole('heading', { level: 1, name: `Agenda: ${meetingTitle}` }).waitFor();
    expect(await ca.page.getByTestId('agenda-role').innerText()).toContain(
      'You speak for Canada on this agenda',
    );

    // The EU diplomat proposes an item. An item without a title: the form says what the API says.
    const eu = await signIn(EU_DIPLOMAT.email);
    await eu.page.goto(agendaUrl);
    expect(await eu.page.getByTestId('agenda-role').innerText()).toContain(
      'You speak for European Union on this agenda',
    );
    // Suggestions: what the previous Berne Process meeting left open starts a proposal.
    const suggestions = eu.page.getByRole('region', {
      name: 'Suggestions from the previous meeting',
    });
    const suggestion = suggestions.getByTestId('suggestions').locator('li').first();
    await suggestion.waitFor();
    const suggested = (await suggestion.getByTestId('suggestion-title').innerText()).trim();
    await suggestion.getByRole('button', { name: `Propose “${suggested}”` }).click();
    await eu.page.getByRole('heading', { level: 1, name: 'Propose an agenda item' }).waitFor();
    expect(await eu.page.getByLabel('Title', { exact: true }).inputValue()).toBe(suggested);
    await eu.page.getByRole('link', { name: 'Cancel' }).click();
    await eu.page.getByRole('link', { name: 'Propose an item' }).click();
    await eu.page.getByRole('heading', { level: 1, name: 'Propose an agenda item' }).waitFor();
    const form = eu.page.getByRole('form', { name: 'Propose an agenda item' });
    await form.getByRole('button', { name: 'Propose the item' }).click();
    const noTitle = await graphql(
      eu.page,
      'mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) { id } }',
      { input: { meetingId, title: '  ' } },
    );
    expect(noTitle.errors?.[0].message).toBe('Give the agenda item a title.');
    expect(await eu.page.getByTestId('item-problems').innerText()).toContain(
      noTitle.errors![0].message,
    );

    await form.getByLabel('Title', { exact: true }).fill(agreedTitle);
    await form
      .getByLabel('Description', { exact: true })
      .fill('Ask together for the yearly number of death sentences and executions.');
    await form.getByLabel('Themes', { exact: true }).click();
    await eu.page
      .getByRole('listbox', { name: 'Themes' })
      .getByRole('option', { name: 'Death penalty (statistics, Supreme Court review)' })
      .click();
    await eu.page.keyboard.press('Escape');
    // "Raised before": the last times the theme was on an agenda, with what came of it.
    const raised = eu.page.getByTestId('raised-before');
    await raised.getByTestId('raised-before-list').waitFor();
    const earlier = raised.getByTestId('raised-before-list').locator('li');
    expect(await earlier.count()).toBeGreaterThan(0);
    expect(await earlier.first().getByTestId('outcome').textContent()).toMatch(
      /Outcome:\s*(Agreed|Deferred|Contested|Withdrawn|In consultation|Proposed)/,
    );
    await form.getByLabel('Minutes', { exact: true }).fill('45');
    expect(await eu.page.getByTestId('allocation-after').innerText()).toBe(
      'With this item: 45 of 180 minutes allocated.',
    );
    expect(await seriousViolations(eu.page)).toEqual([]); // the form with its problems and earlier items
    await eu.page.screenshot({ path: join(ARTIFACTS, 'agenda-propose.png'), fullPage: true });
    await form.getByRole('button', { name: 'Propose the item' }).click();
    await eu.page.waitForURL(`${agendaUrl}`);
    await eu.page
      .getByTestId('agenda-done')
      .filter({ hasText: `Proposed: ${agreedTitle}.` })
      .waitFor();
    // Proposed by the EU's speaker: the EU agrees to its own item.
    expect(await chipText(eu.page, agreedTitle, 'EU')).toContain('European Union: Agree');
    expect(await chipText(eu.page, agreedTitle, 'CA')).toContain('Canada: Not yet');

    // Editing the text: the form says, before saving, that the others will be asked again.
    await eu.page.getByRole('link', { name: `Edit “${agreedTitle}”` }).click();
    await eu.page.getByRole('heading', { level: 1, name: 'Edit an agenda item' }).waitFor();
    const editForm = eu.page.getByRole('form', { name: 'Edit an agenda item' });
    expect(await eu.page.getByTestId('resets-positions').count()).toBe(0);
    await editForm
      .getByLabel('Description', { exact: true })
      .fill('Ask together for the yearly number of death sentences, executions and reviews.');
    expect(await eu.page.getByTestId('resets-positions').innerText()).toContain(
      'the positions the other partners took are reset',
    );
    await editForm.getByRole('button', { name: 'Save the changes' }).click();
    await eu.page
      .getByTestId('agenda-done')
      .filter({ hasText: `Saved: ${agreedTitle}.` })
      .waitFor();

    // Canada's page follows live and says who changed it; Canada agrees.
    await waitForNotice(ca.page, EU_DIPLOMAT.name);
    await itemCard(ca.page, agreedTitle).waitFor();
    const caForm = itemCard(ca.page, agreedTitle).getByRole('form', {
      name: `Position of Canada on “${agreedTitle}”`,
    });
    const caPositions = caForm.getByRole('radiogroup', { name: 'Position of Canada' });
    expect(await caPositions.getByRole('radio').count()).toBe(4);
    await caPositions.getByRole('radio', { name: 'Agree', exact: true }).check();
    await caForm.getByRole('button', { name: 'Record the position of Canada' }).click();
    await caForm.getByTestId('consent-saved').filter({ hasText: 'Recorded: Agree.' }).waitFor();
    await waitForState(ca.page, agreedTitle, 'AGREED');

    // The EU's page updates live: the item is agreed, and it says by whom.
    await waitForNotice(eu.page, CA_COORDINATOR.name);
    await waitForState(eu.page, agreedTitle, 'AGREED');
    expect(await chipText(eu.page, agreedTitle, 'CA')).toContain('Canada: Agree');
    expect(await itemCard(eu.page, agreedTitle).getByTestId('item-state').textContent()).toBe(
      'Agreed',
    );

    // A partner cannot speak for another: the UI offers only its own delegation; the API refuses.
    const itemId = await itemCard(eu.page, agreedTitle).getAttribute('data-item-id');
    const forCanada = await graphql(
      eu.page,
      'mutation($input: RecordConsentInput!) { recordAgendaConsent(input: $input) { id } }',
      { input: { itemId, partnerCode: 'CA', position: 'OBJECTION', text: 'Not ours to say.' } },
    );
    expect(forCanada.errors?.[0]).toMatchObject({
      message: 'You speak for EU, not for CA.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(
      await itemCard(eu.page, agreedTitle)
        .getByRole('radiogroup', { name: 'Position of Canada' })
        .count(),
    ).toBe(0);

    // A second EU item; Canada objects, and must say why.
    const second = await graphql<{ proposeAgendaItem: { id: string } }>(
      eu.page,
      'mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) { id } }',
      {
        input: {
          meetingId,
          title: contestedTitle,
          description: 'Ask how consent is recorded.',
          themeCodes: ['ORGAN_TRANSPLANTS'],
          minutes: 30,
        },
      },
    );
    expect(second.errors).toBeUndefined();
    await itemCard(ca.page, contestedTitle).waitFor();
    const caObject = itemCard(ca.page, contestedTitle).getByRole('form', {
      name: `Position of Canada on “${contestedTitle}”`,
    });
    await caObject.getByRole('radio', { name: 'Objection', exact: true }).check();
    await caObject.getByRole('button', { name: 'Record the position of Canada' }).click();
    await caObject
      .getByText('Explain the objection: the other partners need to read it.')
      .waitFor();
    await caObject.getByLabel('Why Canada objects').fill(objection);
    await caObject.getByRole('button', { name: 'Record the position of Canada' }).click();
    await waitForState(ca.page, contestedTitle, 'CONTESTED');
    // The EU reads Canada's objection, in Canada's words.
    await waitForState(eu.page, contestedTitle, 'CONTESTED');
    const texts = itemCard(eu.page, contestedTitle).getByTestId('consent-texts');
    expect(await texts.innerText()).toContain('Objection of Canada:');
    expect(await texts.getByTestId('consent-text').innerText()).toBe(objection);
    expect(await chipText(eu.page, contestedTitle, 'CA')).toContain('Canada: Objection');
    await itemCard(eu.page, contestedTitle)
      .getByText(/^History \(\d+ events\)$/)
      .click();
    expect(await itemCard(eu.page, contestedTitle).getByTestId('item-history').innerText()).toMatch(
      /Geneviève Tremblay — recorded the position of Canada: Objection[\s\S]*Canada raised this in Brussels/,
    );
    // Each item's themes at earlier meetings, opened in place.
    const agreedCard = itemCard(eu.page, agreedTitle);
    await agreedCard.getByText('Raised before on these themes').click();
    await agreedCard.getByTestId('item-raised-before').getByTestId('raised-before-list').waitFor();
    expect(await agreedCard.getByTestId('raised-before-list').innerText()).toContain(
      'Death penalty statistics: the indicators agreed in Bern',
    );
    expect(await seriousViolations(eu.page)).toEqual([]); // the agenda with positions, texts and forms

    // The chair: the agenda cannot be locked while an item is contested (the API's sentence).
    const { page } = secretariat;
    await page.goto(agendaUrl);
    await itemCard(page, contestedTitle).waitFor();
    expect(await page.getByTestId('allocation').innerText()).toContain(
      'Allocated 75 of 180 minutes',
    );
    // Reordering from the keyboard: the arrow key on the move buttons.
    await page.getByRole('button', { name: new RegExp(`^Move “${contestedTitle}” up`) }).focus();
    await page.keyboard.press('ArrowUp');
    await page
      .locator('.order-status')
      .filter({ hasText: `“${contestedTitle}” is now item 1 of 2.` })
      .waitFor();
    await eu.page
      .getByTestId('agenda-item')
      .first()
      .getByRole('heading', { name: contestedTitle })
      .waitFor();
    // Drag and drop from the keyboard (dnd-kit): Space picks the item up, an arrow moves it, Space drops it.
    const handle = page.getByRole('button', { name: `Drag “${agreedTitle}” to reorder` });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    await page
      .locator('.order-status')
      .filter({ hasText: `“${agreedTitle}” is now item 1 of 2.` })
      .waitFor();
    await eu.page
      .getByTestId('agenda-item')
      .first()
      .getByRole('heading', { name: agreedTitle })
      .waitFor();
    // And with the pointer: the contested item's handle dragged onto the first item.
    await page
      .getByTestId('agenda-item')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const from = await page
      .getByRole('button', { name: `Drag “${contestedTitle}” to reorder` })
      .boundingBox();
    const to = await page.getByTestId('agenda-item').first().boundingBox();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      const y = from!.y + ((to!.y + to!.height / 3 - from!.y) * step) / 10;
      await page.mouse.move(from!.x + from!.width / 2, y);
      await page.waitForTimeout(30);
    }
    await page.mouse.up();
    await page
      .locator('.order-status')
      .filter({ hasText: `“${contestedTitle}” is now item 1 of 2.` })
      .waitFor();
    await page.getByTestId('lock-agenda').click();
    await page
      .getByRole('dialog', { name: 'Lock the agenda?' })
      .getByRole('button', { name: 'Lock it' })
      .click();
    expect((await page.getByTestId('api-sentence').innerText()).trim()).toBe(
      `Every item must be agreed or deferred before the agenda is locked. Still open: ${contestedTitle}.`,
    );
    await page.getByRole('dialog', { name: 'Lock the agenda?' }).waitFor({ state: 'hidden' });
    expect(await seriousViolations(page)).toEqual([]); // the chair's view with the refusal
    await page.screenshot({ path: join(ARTIFACTS, 'agenda-chair.png') });
    // A silence procedure on the contested item: a deadline in the chair's zone, and a countdown.
    await page
      .getByRole('button', { name: `Open a silence procedure on “${contestedTitle}”` })
      .click();
    const silence = page.getByRole('dialog', { name: 'Open a silence procedure' });
    await silence.getByLabel('Deadline date', { exact: true }).fill(weekdayIn(3));
    await page.keyboard.press('Escape');
    await silence.getByLabel('Deadline time', { exact: true }).fill('17:00');
    expect(await silence.innerText()).toContain('In your time zone: Europe/Zurich.');
    await silence.getByRole('button', { name: 'Open the procedure' }).click();
    await silence.waitFor({ state: 'hidden' });
    const deadline = itemCard(page, contestedTitle).getByTestId('silence-deadline');
    expect(await deadline.innerText()).toMatch(
      /unless a partner objects[\s\S]*\d+ d \d+ h \d+ min left/,
    );
    await itemCard(eu.page, contestedTitle).getByTestId('silence-deadline').waitFor();
    await page.getByRole('button', { name: `Defer “${contestedTitle}”` }).click();
    await waitForState(page, contestedTitle, 'DEFERRED');
    await page.getByTestId('lock-agenda').click();
    await page
      .getByRole('dialog', { name: 'Lock the agenda?' })
      .getByRole('button', { name: 'Lock it' })
      .click();
    await page.getByTestId('locked-banner').filter({ hasText: 'Locked: version 1' }).waitFor();

    // Everyone sees it locked, live; positions can no longer be taken (the API says why).
    await eu.page.getByTestId('locked-banner').filter({ hasText: 'Locked: version 1' }).waitFor();
    await waitForNotice(eu.page, 'Margrit Aebischer');
    expect(await eu.page.getByTestId('consent-form').count()).toBe(0);
    const onLocked = await graphql(
      ca.page,
      'mutation($input: RecordConsentInput!) { recordAgendaConsent(input: $input) { id } }',
      { input: { itemId, partnerCode: 'CA', position: 'NOT_YET' } },
    );
    const lockedSentence =
      'This agenda is locked: the chair must reopen it before anything changes.';
    expect(onLocked.errors?.[0]).toMatchObject({
      message: lockedSentence,
      extensions: { code: 'CONFLICT' },
    });
    await ca.page.getByTestId('locked-banner').filter({ hasText: lockedSentence }).waitFor();
    await ca.page.getByTestId('agenda-versions').filter({ hasText: 'Version 1' }).waitFor();
    await ca.page.getByRole('button', { name: 'View version 1' }).click();
    const snapshot = ca.page.getByRole('dialog', { name: 'Agenda as locked: version 1' });
    expect(await snapshot.innerText()).toMatch(
      new RegExp(`${contestedTitle}[\\s\\S]*Deferred[\\s\\S]*Canada: Objection — “${objection}”`),
    );
    expect(await snapshot.innerText()).toContain(agreedTitle);
    await snapshot.getByRole('button', { name: 'Close' }).click();

    // Reopening needs a reason, which stays with the version.
    await page.getByRole('button', { name: 'Reopen the agenda' }).click();
    const reopen = page.getByRole('dialog', { name: 'Reopen the agenda' });
    await reopen.getByRole('button', { name: 'Reopen', exact: true }).click();
    await reopen.getByText('Say why the agenda is reopened: the partners will read it.').waitFor();
    await reopen
      .getByLabel('Reason', { exact: true })
      .fill('Canada asked to take the transplant item back.');
    await reopen.getByRole('button', { name: 'Reopen', exact: true }).click();
    await page.getByTestId('agenda-status').filter({ hasText: 'Open for proposals' }).waitFor();
    await ca.page.getByTestId('agenda-status').filter({ hasText: 'Open for proposals' }).waitFor();
    await page
      .getByTestId('agenda-versions')
      .filter({ hasText: 'Canada asked to take the transplant item back.' })
      .waitFor();

    // The export route answers for the partners' version.
    const pdf = await eu.page.evaluate(async (path) => {
      const res = await fetch(path);
      return { status: res.status, type: res.headers.get('content-type') };
    }, `/api/meetings/${meetingId}/agenda.pdf?audience=partners`);
    expect(pdf).toEqual({ status: 200, type: expect.stringContaining('application/pdf') });

    await eu.page.screenshot({ path: join(ARTIFACTS, 'agenda.png'), fullPage: true });
    for (const session of [secretariat, euCoordinator, ca, eu])
      expect(session.problems).toEqual([]);
  });

  it('a theme’s timeline lists its earlier occurrences, and Agendas finds items across rounds', async () => {
    const eu = await signIn(EU_DIPLOMAT.email);
    const { page } = eu;

    // Agendas: the navigation section is the search page now.
    await page
      .getByRole('navigation', { name: 'Portal sections' })
      .getByRole('link', { name: 'Agendas', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Agendas' }).waitFor();
    const search = page.getByRole('search', { name: 'Find agenda items' });
    await search.getByLabel('Text', { exact: true }).fill('death penalty');
    await search.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=death\+penalty/);
    await page
      .getByTestId('search-total')
      .filter({ hasText: /items? found/ })
      .waitFor();
    const results = page.getByTestId('search-results').getByRole('article');
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(1);
    expect(await page.getByTestId('search-results').locator('mark').first().innerText()).toMatch(
      /death penalty/i,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // A theme badge opens the theme's timeline: every round, newest first.
    await results
      .first()
      .getByRole('link', { name: 'Death penalty (statistics, Supreme Court review)' })
      .click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Theme: Death penalty (statistics, Supreme Court review)',
      })
      .waitFor();
    const entries = page.getByTestId('timeline-entry');
    await entries.first().waitFor();
    const timeline = await page.getByTestId('theme-timeline').allInnerTexts();
    expect(timeline.join('\n')).toContain('Death penalty: publication of statistics');
    expect(await page.getByRole('heading', { level: 2, name: '2006' }).count()).toBe(1);
    // Each meeting says what happened to the theme there.
    const summaries = await page.getByTestId('meeting-summary').allInnerTexts();
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.join('\n')).toMatch(
      /^\d+ items? on this theme: \d+ (agreed|deferred|contested|proposed|withdrawn|in consultation)/m,
    );
    // Filter by kind: agenda items only, each with its outcome.
    await page.getByRole('checkbox', { name: /^Agenda items \(\d+\)$/ }).check();
    const items = page.locator('[data-testid="timeline-entry"][data-kind="AGENDA_ITEM"]');
    expect(await page.locator('[data-testid="timeline-entry"]').count()).toBe(await items.count());
    expect(await items.first().getByTestId('outcome').count()).toBe(1);
    expect(await page.getByTestId('timeline-count').innerText()).toMatch(
      /^\d+ entr(y|ies) shown of \d+$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'theme-timeline.png'), fullPage: true });

    // In French.
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Thème : Peine de mort (statistiques, révision par la Cour suprême)',
      })
      .waitFor();
    expect(await page.getByTestId('timeline-count').innerText()).toMatch(/entrées? affichées? sur/);
    // Meetings again, their summaries in French.
    await page.getByRole('checkbox', { name: /^Points \(\d+\)$/ }).uncheck();
    await page.getByTestId('meeting-summary').first().waitFor();
    expect((await page.getByTestId('meeting-summary').allInnerTexts()).join('\n')).toMatch(
      /^\d+ points? sur ce thème : \d+ (adoptés?|reportés?|contestés?|proposés?|retirés?|en consultation)/m,
    );
    // A benchmark assessment names the partner that assessed it (not a note's owner).
    expect(
      await page
        .locator('[data-testid="timeline-entry"][data-kind="BENCHMARK_ANSWER"]')
        .first()
        .innerText(),
    ).toMatch(/Évalué par /);
    await page.screenshot({ path: join(ARTIFACTS, 'theme-timeline-fr.png'), fullPage: true });
    await page.mouse.move(600, 700);
    expect(await seriousViolations(page)).toEqual([]);
    expect(eu.problems).toEqual([]);
  });
});
