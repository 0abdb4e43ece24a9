import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchBrowser,
  startPortal,
  submitSignIn,
  watchPageErrors,
  type Portal,
  graphqlAs,
} from './support/portal';
import { seriousViolations } from './support/axe';

const PASSWORD = 'BerneDemo!2026';
const ARTIFACTS = resolve(__dirname, '../artifacts');
const SECRETARIAT = { email: 'secretariat@berne.example', zone: 'Europe/Zurich' };
const EU = { email: 'eu.diplomat@berne.example', zone: 'Europe/Brussels' };
const US = { email: 'us.diplomat@berne.example', zone: 'America/New_York' };
const VENUE_ZONE = 'Europe/Zurich';
const POLL_URL = /\/meetings\/polls\/([0-9a-f-]{36})$/;
const MEETING_URL = /\/meetings\/([0-9a-f-]{36})$/;
const DAY_MS = 86_400_000;

interface Session {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** YYYY-MM-DD of an instant in a zone. */
function dateIn(date: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** HH:mm (24-hour) of an instant in a zone. */
function timeIn(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The next weekday (Monday–Friday) at least `days` days from now, as YYYY-MM-DD at the venue. */
function weekdayIn(days: number): string {
  let date = new Date(Date.now() + days * DAY_MS);
  while ([0, 6].includes(new Date(`${dateIn(date, VENUE_ZONE)}T12:00:00Z`).getUTCDay())) {
    date = new Date(date.getTime() + DAY_MS);
  }
  return dateIn(date, VENUE_ZONE);
}

describe('meetings: scheduling across capitals, calendar, ICS, action items', () => {
  let portal: Portal;
  let browser: Browser;
  const sessions: Session[] = [];

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

  async function signIn(email: string, timezoneId: string): Promise<Session> {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      timezoneId,
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

  /** The raw answer, typed by the caller. */
  const graphql = <T>(page: Page, query: string, variables: object) =>
    graphqlAs(page, query, variables) as unknown as Promise<T>;

  async function answer(page: Page, slot: number, choice: 'Yes' | 'If need be' | 'No') {
    const row = page.getByTestId(`poll-slot-${slot}`);
    await row.getByRole('radio', { name: choice, exact: true }).check();
    await page
      .getByTestId('answer-status')
      .filter({ hasText: `Saved: ${choice} for slot ${slot}.` })
      .waitFor();
  }

  /** The time column of the calendar's list view for the event titled `title`. */
  async function listedTime(page: Page, title: string): Promise<string> {
    await page.goto(`${portal.url}/meetings?view=listQuarter`);
    const row = page.locator('tr.fc-list-event', { hasText: title });
    await row.waitFor();
    return (await row.locator('.fc-list-event-time').innerText()).trim();
  }

  it('a poll for EU, US and Canada is answered from Brussels and New York, confirmed, and lands in each calendar at local time', async () => {
    const title = `Berne Process coordination call ${Date.now().toString(36)}`;
    const secretariat = await signIn(SECRETARIAT.email, SECRETARIAT.zone);
    const { page } = secretariat;

    // The calendar: the viewer's zone is stated, and the page passes axe in month and list views.
    await page
      .getByRole('navigation', { name: 'Portal sections' })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(await page.getByTestId('calendar-zone').innerText()).toContain('Europe/Zurich');
    await page.getByTestId('meetings-calendar').locator('.fc-view').waitFor();
    await page.getByTestId('calendar-event').first().waitFor(); // the demo data's meetings
    expect(await seriousViolations(page)).toEqual([]); // month view
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.locator('.fc-timeGridWeek-view').waitFor();
    expect(await seriousViolations(page)).toEqual([]); // week view

    // New poll. First a slot that ends before it starts: the API's own sentence is shown.
    await page.getByRole('link', { name: 'New scheduling poll' }).click();
    await page.getByRole('heading', { level: 1, name: 'New scheduling poll' }).waitFor();
    const form = page.getByRole('form', { name: 'New scheduling poll' });
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('City', { exact: true }).fill('Bern');
    await form.getByLabel('Venue', { exact: true }).fill('Federal Palace');
    expect(await form.getByLabel('Time zone of the venue', { exact: true }).inputValue()).toBe(
      VENUE_ZONE,
    );
    await form.getByLabel('Partners taking part', { exact: true }).click();
    for (const name of ['European Union', 'United States', 'Canada']) {
      await page
        .getByRole('listbox', { name: 'Partners taking part' })
        .getByRole('option', { name, exact: true })
        .click();
    }
    await page.keyboard.press('Escape');
    const days = [weekdayIn(14), weekdayIn(16), weekdayIn(18)];
    await form.getByLabel('Slot 1 date', { exact: true }).fill(days[0]);
    await page.keyboard.press('Escape');
    await form.getByLabel('Slot 1 start', { exact: true }).fill('17:00');
    await form.getByLabel('Slot 1 end', { exact: true }).fill('15:00');
    await form.getByRole('button', { name: 'Create the poll' }).click();
    const apiAnswer = await graphql<{ errors: { message: string }[] }>(
      page,
      'mutation($input: CreatePollInput!) { createSchedulingPoll(input: $input) { id } }',
      {
        input: {
          kind: 'BERNE_PROCESS',
          title,
          city: 'Bern',
          timeZone: VENUE_ZONE,
          partnerCodes: ['EU', 'US', 'CA'],
          slots: [{ startsAt: `${days[0]}T16:00:00Z`, endsAt: `${days[0]}T14:00:00Z` }],
        },
      },
    );
    const apiSentence = apiAnswer.errors[0].message;
    expect(apiSentence).toBe('The end must be after the start.');
    expect((await page.getByTestId('slot-1-error').innerText()).trim()).toBe(apiSentence);
    expect(await page.getByTestId('poll-problems').innerText()).toContain(apiSentence);
    expect(await seriousViolations(page)).toEqual([]); // the form, with its errors shown

    // Three future slots at the venue: 15:00, 16:00 and an early 07:30 (the middle of the night in Washington).
    await form.getByLabel('Slot 1 start', { exact: true }).fill('15:00');
    await form.getByLabel('Slot 1 end', { exact: true }).fill('17:00');
    await form.getByRole('button', { name: 'Add a slot' }).click();
    await form.getByLabel('Slot 2 date', { exact: true }).fill(days[1]);
    await page.keyboard.press('Escape');
    await form.getByLabel('Slot 2 start', { exact: true }).fill('16:00');
    await form.getByLabel('Slot 2 end', { exact: true }).fill('18:00');
    await form.getByRole('button', { name: 'Add a slot' }).click();
    await form.getByLabel('Slot 3 date', { exact: true }).fill(days[2]);
    await page.keyboard.press('Escape');
    await form.getByLabel('Slot 3 start', { exact: true }).fill('07:30');
    await form.getByLabel('Slot 3 end', { exact: true }).fill('09:00');
    await form.getByRole('button', { name: 'Create the poll' }).click();
    await page.waitForURL(POLL_URL);
    const pollUrl = page.url();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // One column per capital with the local time and its flags, in words.
    const grid = page.getByTestId('poll-grid');
    expect(await grid.getByRole('columnheader').allInnerTexts()).toEqual([
      expect.stringContaining('Slot at the venue (Europe/Zurich)'),
      expect.stringContaining('Canada'),
      expect.stringContaining('European Union'),
      expect.stringContaining('United States'),
      expect.stringContaining('Confirm'),
    ]);
    const earlyInUs = page.getByTestId('poll-slot-3').locator('[data-partner="US"]');
    expect(await earlyInUs.innerText()).toMatch(/0[12]:30–0[34]:00[\s\S]*Outside 08:00–19:00/);
    expect(await seriousViolations(page)).toEqual([]);

    // Delegates answer in their own browsers and zones; the secretariat's grid follows live.
    const eu = await signIn(EU.email, EU.zone);
    await eu.page.goto(pollUrl);
    await eu.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await eu.page.getByRole('radiogroup').count()).toBe(3);
    await answer(eu.page, 1, 'Yes');
    await answer(eu.page, 2, 'If need be');
    await answer(eu.page, 3, 'No');
    expect(await seriousViolations(eu.page)).toEqual([]); // the grid with answer buttons

    const us = await signIn(US.email, US.zone);
    await us.page.goto(pollUrl);
    await us.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await answer(us.page, 1, 'Yes');
    await answer(us.page, 2, 'Yes');
    await answer(us.page, 3, 'No');

    const usOnSlot1 = page.getByTestId('poll-slot-1').locator('[data-partner="US"] [data-answer]');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="poll-slot-1"] [data-partner="US"] [data-answer]')
          ?.getAttribute('data-answer') === 'YES',
      undefined,
      { timeout: 5000 },
    );
    expect((await usOnSlot1.textContent())?.trim()).toBe('Yes');
    expect(await page.getByTestId('poll-slot-1').getAttribute('data-rank')).toBe('1');

    // The scheduler confirms the best slot.
    const best = page.locator('[data-testid^="poll-slot-"][data-rank="1"]');
    await best.getByRole('button', { name: /^Confirm this slot/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm this slot?' });
    await dialog.getByRole('button', { name: 'Confirm and create the meeting' }).click();
    await page.waitForURL(MEETING_URL);
    const meetingId = MEETING_URL.exec(page.url())![1];
    await page.getByTestId('meeting-title').filter({ hasText: title }).waitFor();
    expect((await page.getByTestId('meeting-status').textContent())?.trim()).toBe('Confirmed');
    expect(await page.getByTestId('time-at-venue').innerText()).toContain('15:00–17:00');
    expect(await seriousViolations(page)).toEqual([]);

    // The meeting in each calendar, at each viewer's local time.
    const meeting = await graphql<{
      data: { meeting: { startsAt: string; endsAt: string; icsPath: string } };
    }>(page, 'query($id: ID!) { meeting(id: $id) { startsAt endsAt icsPath } }', { id: meetingId });
    const { startsAt, endsAt, icsPath } = meeting.data.meeting;
    const listed = {
      secretariat: await listedTime(page, title),
      eu: await listedTime(eu.page, title),
      us: await listedTime(us.page, title),
    };
    expect(listed.eu).toContain(timeIn(startsAt, EU.zone));
    expect(listed.eu).toContain(timeIn(endsAt, EU.zone));
    expect(listed.us).toContain(timeIn(startsAt, US.zone));
    expect(listed.us).toContain(timeIn(endsAt, US.zone));
    console.log(`calendar list view times: ${JSON.stringify(listed)}`);
    expect(listed.secretariat).toContain('15:00');
    expect(timeIn(startsAt, EU.zone)).toBe('15:00');
    expect(listed.us).not.toBe(listed.eu); // New York is 5 or 6 hours behind Brussels
    expect(await us.page.getByTestId('calendar-zone').innerText()).toContain('America/New_York');
    expect(await seriousViolations(us.page)).toEqual([]); // the list view

    // Keyboard: the event is a link; Enter opens the meeting page.
    await us.page.locator('tr.fc-list-event', { hasText: title }).getByRole('link').focus();
    await us.page.keyboard.press('Enter');
    await us.page.waitForURL(MEETING_URL);
    expect(await us.page.getByTestId('time-for-viewer').innerText()).toContain(
      `${timeIn(startsAt, US.zone)}–${timeIn(endsAt, US.zone)}`,
    );

    // The ICS file, fetched with the page's session and read with ical.js.
    const ics = await eu.page.evaluate(async (path) => {
      const res = await fetch(path);
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    }, icsPath);
    expect(ics.status).toBe(200);
    expect(ics.type).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(ics.body));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(title);
    expect(event.startDate.toJSDate().toISOString()).toBe(startsAt);
    expect(event.endDate.toJSDate().toISOString()).toBe(endsAt);

    await page.screenshot({ path: join(ARTIFACTS, 'meetings-meeting.png'), fullPage: true });
    for (const session of [secretariat, eu, us]) expect(session.problems).toEqual([]);
  });

  it('an action item past its due date shows as overdue, first, in "My actions"', async () => {
    const eu = await signIn(EU.email, EU.zone);
    const { page } = eu;
    // A meeting from the demo data's history, where the EU records an item already late.
    await page.goto(`${portal.url}/meetings?view=listQuarter`);
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    const past = await graphql<{ data: { meetings: { id: string; title: string }[] } }>(
      page,
      'query($f: MeetingsFilter!) { meetings(filter: $f) { id title } }',
      {
        f: {
          from: new Date(Date.now() - 380 * DAY_MS).toISOString(),
          to: new Date().toISOString(),
        },
      },
    );
    const meetingId = past.data.meetings[0].id;
    await page.goto(`${portal.url}/meetings/${meetingId}`);
    const title = `Send the EU lines on the death penalty ${Date.now().toString(36)}`;
    const form = page.getByRole('form', { name: 'Record an action item' });
    await form.getByLabel('Action', { exact: true }).fill(title);
    const due = dateIn(new Date(Date.now() - 10 * DAY_MS), 'UTC');
    await form.getByLabel('Due date', { exact: true }).fill(due);
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Record the action item' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Recorded: ${title}.` })
      .waitFor();
    const onMeeting = page
      .getByTestId('meeting-action-items')
      .getByRole('row', { name: new RegExp(title) });
    expect(await onMeeting.getByTestId('overdue-badge').innerText()).toBe('Overdue by 10 days');

    await page
      .getByRole('navigation', { name: 'Portal sections' })
      .getByRole('link', { name: 'My actions' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My actions' }).waitFor();
    await page.getByTestId('my-open-actions').waitFor();
    expect(await page.getByTestId('overdue-summary').innerText()).toMatch(
      /action items? (is|are) overdue/,
    );
    const rows = page.getByTestId('my-open-actions').getByTestId('action-item');
    const flags = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-overdue')));
    const firstNotOverdue = flags.indexOf('false');
    expect(
      flags
        .slice(0, firstNotOverdue === -1 ? flags.length : firstNotOverdue)
        .every((f) => f === 'true'),
    ).toBe(true);
    expect(flags.slice(firstNotOverdue === -1 ? flags.length : firstNotOverdue)).not.toContain(
      'true',
    );
    const mine = rows.filter({ hasText: title });
    expect(await mine.getAttribute('data-overdue')).toBe('true');
    expect(await mine.getByTestId('overdue-badge').innerText()).toBe('Overdue by 10 days');
    expect(await seriousViolations(page)).toEqual([]);

    // Marking it done takes it out of the overdue list.
    await mine.getByLabel(`Status of “${title}”`).selectOption('DONE');
    await page
      .getByRole('table', { name: 'Done or dropped' })
      .getByRole('row', { name: new RegExp(title) })
      .waitFor();
    expect(eu.problems).toEqual([]);
  });

  it('a meeting is cancelled with a reason, its delegation kept, and the personal calendar feed shown once then revoked', async () => {
    const secretariat = await signIn(SECRETARIAT.email, SECRETARIAT.zone);
    const day = weekdayIn(25);
    const title = `Expert seminar on torture prevention ${Date.now().toString(36)}`;
    const created = await graphql<{ data: { createMeeting: { id: string } } }>(
      secretariat.page,
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      {
        input: {
          kind: 'EXPERT_SEMINAR',
          title,
          city: 'Geneva',
          timeZone: VENUE_ZONE,
          partnerCodes: ['EU', 'CH'],
          startsAt: `${day}T08:00:00Z`,
          endsAt: `${day}T10:00:00Z`,
        },
      },
    );
    const meetingUrl = `${portal.url}/meetings/${created.data.createMeeting.id}`;

    // The EU diplomat lists the EU delegation, corrects it, and finds it in the continuity view.
    const eu = await signIn(EU.email, EU.zone);
    await eu.page.goto(meetingUrl);
    const euDelegation = eu.page.getByTestId('delegation-EU');
    await euDelegation
      .getByRole('button', { name: 'Add a member to the delegation of European Union' })
      .click();
    let dialog = eu.page.getByRole('dialog', { name: /Add a member/ });
    await dialog.getByRole('button', { name: 'Add a member' }).click();
    expect(await dialog.getByText('Give the name of the delegation member.').count()).toBe(1);
    await dialog.getByLabel('Name', { exact: true }).fill('Maren Valdstrom');
    await dialog.getByLabel('Ministry', { exact: true }).fill('European External Action Service');
    await dialog.getByLabel('Function', { exact: true }).fill('Legal adviser');
    await dialog.getByLabel('Level', { exact: true }).selectOption('EXPERT');
    await dialog.getByRole('button', { name: 'Add a member' }).click();
    await euDelegation.getByRole('row', { name: /Maren Valdstrom/ }).waitFor();
    await euDelegation.getByRole('button', { name: 'Edit Maren Valdstrom' }).click();
    dialog = eu.page.getByRole('dialog', { name: /Edit a member/ });
    await dialog.getByLabel('Function', { exact: true }).fill('Head of delegation');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await euDelegation.getByRole('row', { name: /Head of delegation/ }).waitFor();
    // Switzerland's roster is not the EU diplomat's to edit.
    expect(
      await eu.page
        .getByTestId('delegation-CH')
        .getByRole('button', { name: /Add a member/ })
        .count(),
    ).toBe(0);
    expect(await seriousViolations(eu.page)).toEqual([]); // the meeting page with rosters and action items
    await euDelegation.getByRole('link', { name: 'Who came before' }).click();
    await eu.page
      .getByRole('heading', { level: 1, name: 'Delegation continuity: European Union' })
      .waitFor();
    const person = eu.page.getByRole('article').filter({ hasText: 'Maren Valdstrom' });
    await person.getByRole('link', { name: title }).waitFor();
    expect(await person.innerText()).toMatch(/Head of delegation[\s\S]*Expert/);
    expect(await seriousViolations(eu.page)).toEqual([]);

    // The secretariat cancels it: a reason is required, and the API's refusals are shown.
    const { page } = secretariat;
    await page.goto(meetingUrl);
    const statusForm = page.getByRole('form', { name: 'Change the status' });
    await statusForm.getByLabel('New status', { exact: true }).selectOption('HELD');
    await statusForm.getByRole('button', { name: 'Change the status' }).click();
    expect((await page.getByTestId('api-sentence').innerText()).trim()).toBe(
      'A meeting can be marked held only once it has started.',
    );
    await statusForm.getByLabel('New status', { exact: true }).selectOption('CANCELLED');
    await statusForm.getByRole('button', { name: 'Change the status' }).click();
    await statusForm.getByText('Say why the meeting is cancelled.').waitFor();
    await statusForm
      .getByLabel('Reason', { exact: true })
      .fill('The venue is unavailable that week.');
    await statusForm.getByRole('button', { name: 'Change the status' }).click();
    await page.getByTestId('meeting-status').filter({ hasText: 'Cancelled' }).waitFor();
    expect(await page.getByTestId('meeting-reason').innerText()).toContain(
      'The venue is unavailable that week.',
    );
    await page.goto(`${portal.url}/meetings?view=listQuarter`);
    const row = page.locator('tr.fc-list-event', { hasText: title });
    await row.waitFor();
    expect(await row.innerText()).toContain('(Cancelled — The venue is unavailable that week.)');
    expect(
      await row
        .locator('.meeting-event__title')
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');

    // The personal feed: the secret URL is shown once, works without a session, then is revoked.
    await eu.page.goto(`${portal.url}/meetings`);
    await eu.page.getByRole('button', { name: 'Create a subscription link' }).click();
    const secret = eu.page.getByTestId('calendar-feed-url');
    expect(await secret.innerText()).toContain(
      'Anyone who has this link can read your meetings calendar',
    );
    const feedUrl = await secret.getByLabel('Subscription link').inputValue();
    expect(feedUrl).toMatch(/\/api\/calendar\/.+\.ics$/);
    const feedPath = new URL(feedUrl).pathname;
    const feed = await fetch(`${portal.url}${feedPath}`);
    expect(feed.status).toBe(200);
    const feedCalendar = new ICAL.Component(ICAL.parse(await feed.text()));
    expect(feedCalendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    expect(await seriousViolations(eu.page)).toEqual([]);
    await eu.page.reload();
    expect(await eu.page.getByTestId('calendar-feed-url').count()).toBe(0); // never shown again
    await eu.page.getByRole('button', { name: 'Stop the subscription' }).click();
    await eu.page
      .getByRole('dialog', { name: 'Stop the calendar subscription?' })
      .getByRole('button', { name: 'Stop the subscription' })
      .click();
    await eu.page.getByText('The subscription is stopped: its link no longer works.').waitFor();
    expect((await fetch(`${portal.url}${feedPath}`)).status).toBe(404);

    // In French: FullCalendar's own words and the page's.
    await eu.page.getByRole('button', { name: 'FR', exact: true }).click();
    await eu.page.getByRole('heading', { level: 1, name: 'Réunions' }).waitFor();
    await eu.page.getByRole('button', { name: 'Semaine', exact: true }).waitFor();
    expect(await eu.page.getByTestId('calendar-zone').innerText()).toContain(
      'Les heures sont affichées en Europe/Brussels',
    );
    await eu.page.mouse.move(600, 700); // the pointer off the header's buttons (hover colours)
    expect(await seriousViolations(eu.page)).toEqual([]);
    expect(secretariat.problems).toEqual([]);
    expect(eu.problems).toEqual([]);
  });
});
