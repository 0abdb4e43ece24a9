import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { MeetingEvents, type MeetingChange } from '../src/modules/meetings/meeting.events';
import { demoMeetingId } from '../src/modules/meetings/meetings.seed';
import { createUser, randomId, signIn, type CreatedUser } from './helpers/factories';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const ITEM = `id title description meetingId meeting { id title kind city status } agendaItemId ownerPartner
  assignee { id displayName partnerCode } dueDate status overdue classification
  createdBy { id displayName } completedAt createdAt updatedAt canEdit`;
const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { ${ITEM} } }`;
const LIST = `query($filter: ActionItemsFilter) { actionItems(filter: $filter) { ${ITEM} } }`;
const ONE = `query($id: ID!) { actionItem(id: $id) { ${ITEM} } }`;
const MINE = `query { myActionItems { ${ITEM} } }`;
const NEXT = `query($meetingId: ID!) { openActionItemsForNextMeeting(meetingId: $meetingId) { ${ITEM} } }`;
const ASSIGNEES = `query($owner: PartnerCode, $classification: Classification) {
  actionItemAssignees(ownerPartner: $owner, classification: $classification) { id displayName partnerCode } }`;
const NOTIFICATIONS = `query { notifications(limit: 100) { id kind actorName targetTitle targetPath } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const SET_STATUS = `mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { id status } }`;

interface Item {
  id: string;
  title: string;
  description: string;
  meetingId: string | null;
  meeting: { id: string; title: string } | null;
  ownerPartner: string;
  assignee: { id: string; displayName: string; partnerCode: string } | null;
  dueDate: string;
  status: string;
  overdue: boolean;
  classification: string;
  completedAt: string | null;
  canEdit: boolean;
}

const dayOffset = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('action items', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  const ids: Record<string, string> = {};
  let guest: CreatedUser;
  let disabled: CreatedUser;
  /** A PARTNERS meeting with EU, CA and US taking part. */
  let meetingId: string;
  const changes: MeetingChange[] = [];

  async function createMeeting(
    input: Record<string, unknown> = {},
    who = 'secretariat',
  ): Promise<string> {
    const start = new Date(Date.UTC(2031, 2, 10 + Math.floor(Math.random() * 200), 8));
    const res = await gql(as[who], CREATE_MEETING, {
      input: {
        kind: 'EXPERT_SEMINAR',
        title: `Seminar on UN mechanisms ${randomId(3)}`,
        city: 'Geneva',
        timeZone: 'Europe/Zurich',
        partnerCodes: ['EU', 'CA', 'US'],
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 6 * 3_600_000).toISOString(),
        classification: 'PARTNERS',
        ...input,
      },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createMeeting.id as string;
  }

  async function create(who: string, input: Record<string, unknown>): Promise<Item> {
    const res = await gql(as[who], CREATE, {
      input: {
        meetingId,
        title: `Follow up on ICCPR ratification ${randomId(3)}`,
        dueDate: dayOffset(30),
        ...input,
      },
    });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createActionItem as Item;
  }

  async function update(who: string, input: Record<string, unknown>) {
    return gql(as[who], UPDATE, { input });
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    t.app.get(MeetingEvents).onChanged((c) => changes.push(c));
    guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    disabled = await createUser(t, {
      role: 'DIPLOMAT',
      partnerCode: 'EU',
      disabled: true,
      label: 'gone',
    });
    for (const [name, email] of Object.entries(demo)) {
      const res = await signIn(t, email, 'BerneDemo!2026');
      as[name] = res.agent;
      ids[name] = (await gql(res.agent, '{ me { id } }')).body.data.me.id;
    }
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    ids.guest = guest.id;
    as.anonymous = t.agent();
    meetingId = await createMeeting();
  });
  afterAll(() => t?.close());

  describe('create and update', () => {
    it("records an item owned by the caller's partner, notifies the assignee, audits and announces it", async () => {
      const before = changes.length;
      const item = await create('euDiplomat', {
        title: '  Ask for death penalty statistics  ',
        description: 'Yearly figures, by offence.',
        assigneeId: ids.usDiplomat,
      });
      expect(item).toMatchObject({
        title: 'Ask for death penalty statistics',
        description: 'Yearly figures, by offence.',
        meetingId,
        meeting: { id: meetingId },
        ownerPartner: 'EU',
        assignee: { id: ids.usDiplomat, displayName: 'Daniel Okafor', partnerCode: 'US' },
        status: 'OPEN',
        overdue: false,
        classification: 'PARTNERS',
        completedAt: null,
        canEdit: true,
      });
      expect(changes.slice(before)).toContainEqual({
        type: 'action-item',
        id: item.id,
        classification: 'PARTNERS',
        ownerPartner: 'EU',
      });
      const audit = await ds.getRepository(AuditEntryEntity).findOne({
        where: { action: 'action-item.created', resourceId: item.id },
      });
      expect(audit?.actorEmail).toBe(demo.euDiplomat);
      expect(audit?.details).not.toContain('death penalty');

      const notes = (await gql(as.usDiplomat, NOTIFICATIONS)).body.data.notifications;
      expect(notes).toContainEqual(
        expect.objectContaining({
          kind: 'action.assigned',
          actorName: 'Eleanor Vance',
          targetTitle: 'Ask for death penalty statistics',
          targetPath: `/actions?item=${item.id}`,
        }),
      );
      // The US diplomat, not the owner, may still move it along: it is assigned to them.
      expect((await gql(as.usDiplomat, ONE, { id: item.id })).body.data.actionItem.canEdit).toBe(
        true,
      );
      expect((await gql(as.caCoordinator, ONE, { id: item.id })).body.data.actionItem.canEdit).toBe(
        false,
      );
    });

    it('lets the secretariat give an item to another partner, but not a diplomat', async () => {
      const refused = await gql(as.euDiplomat, CREATE, {
        input: { meetingId, title: 'Not ours to own', dueDate: dayOffset(5), ownerPartner: 'CA' },
      });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.body.errors[0].message).toMatch(/your own partner/);
      const item = await create('secretariat', {
        ownerPartner: 'CA',
        assigneeId: ids.caCoordinator,
      });
      expect(item).toMatchObject({ ownerPartner: 'CA', assignee: { id: ids.caCoordinator } });
      const own = await create('secretariat', {});
      expect(own.ownerPartner).toBe('SECRETARIAT');
    });

    it('moves an item along: the assignee, the owning partner and the secretariat; DONE records completedAt', async () => {
      const item = await create('euDiplomat', { assigneeId: ids.caCoordinator });
      const progress = await update('caCoordinator', { id: item.id, status: 'IN_PROGRESS' });
      expect(progress.body.data.updateActionItem).toMatchObject({
        status: 'IN_PROGRESS',
        completedAt: null,
      });

      const done = await update('caCoordinator', { id: item.id, status: 'DONE' });
      const doneItem = done.body.data.updateActionItem as Item;
      expect(doneItem.status).toBe('DONE');
      expect(Date.parse(doneItem.completedAt!)).toBeGreaterThan(Date.now() - 60_000);

      const reopened = await update('secretariat', {
        id: item.id,
        status: 'OPEN',
        title: 'Reopened: check the answer',
      });
      expect(reopened.body.data.updateActionItem).toMatchObject({
        status: 'OPEN',
        completedAt: null,
        title: 'Reopened: check the answer',
      });

      // Someone else's partner, not assigned: refused with a sentence.
      const refused = await update('usDiplomat', { id: item.id, status: 'DONE' });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.body.errors[0].message).toMatch(
        /owning partner, the assignee and the secretariat/,
      );

      // Reassigning notifies the new assignee; unassigning with null; fields left out stay.
      const before = changes.length;
      const reassigned = await update('euDiplomat', {
        id: item.id,
        assigneeId: ids.usDiplomat,
        dueDate: dayOffset(60),
        description: 'Check what came back.',
      });
      expect(reassigned.body.data.updateActionItem).toMatchObject({
        assignee: { id: ids.usDiplomat },
        dueDate: dayOffset(60),
        description: 'Check what came back.',
        title: 'Reopened: check the answer',
      });
      expect(changes.slice(before).map((c) => c.id)).toContain(item.id);
      const notes = (await gql(as.usDiplomat, NOTIFICATIONS)).body.data.notifications;
      expect(
        notes.filter((n: { targetPath: string }) => n.targetPath === `/actions?item=${item.id}`),
      ).toHaveLength(1);
      const unassigned = await update('euDiplomat', { id: item.id, assigneeId: null });
      expect(unassigned.body.data.updateActionItem).toMatchObject({
        assignee: null,
        dueDate: dayOffset(60),
      });

      const audits = await ds.getRepository(AuditEntryEntity).find({
        where: { action: 'action-item.updated', resourceId: item.id },
      });
      expect(audits.length).toBe(5);
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty title', { title: '   ' }, /Give the action item a title/],
      [
        'a due date that is not a real date',
        { dueDate: '2026-02-30' },
        /“2026-02-30” is not a date: write the due date as YYYY-MM-DD/,
      ],
      ['a due date in another format', { dueDate: '31/12/2026' }, /is not a date/],
      ['a due date out of range', { dueDate: '0001-01-01' }, /between 1990 and 2100/],
      ['an unknown assignee', { assigneeId: randomUUID() }, /no active staff account/],
      ['a meeting id that is not a UUID', { meetingId: 'meeting-1' }, /meetingId must be a UUID/],
    ])('refuses %s with a sentence', async (_what, input, message) => {
      const res = await gql(as.euDiplomat, CREATE, {
        input: { meetingId, title: 'Fine title', dueDate: dayOffset(3), ...input },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(message);
    });

    it.each([
      ['a limit over the maximum', { limit: 100_000 }, /limit must not be greater than/],
      ['a meeting id that is not a UUID', { meetingId: 'meeting-1' }, /meetingId must be a UUID/],
    ])('refuses a list filter with %s', async (_what, filter, message) => {
      const res = await gql(as.euDiplomat, LIST, { filter });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(message);
    });

    it('refuses a disabled or guest account as assignee', async () => {
      for (const assigneeId of [disabled.id, guest.id]) {
        const res = await gql(as.euDiplomat, CREATE, {
          input: { meetingId, title: 'Fine title', dueDate: dayOffset(3), assigneeId },
        });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.body.errors[0].message).toMatch(/no active staff account/);
      }
    });

    it('refuses an assignee who could not read the item', async () => {
      const privateOne = await gql(as.euDiplomat, CREATE, {
        input: {
          meetingId,
          title: 'EU lines',
          dueDate: dayOffset(3),
          classification: 'PARTNER_PRIVATE',
          assigneeId: ids.usDiplomat,
        },
      });
      expect(errorCode(privateOne)).toBe('BAD_USER_INPUT');
      expect(privateOne.body.errors[0].message).toBe(
        'Daniel Okafor cannot read an action item partner-private like this one: choose someone who can, or change its classification.',
      );
      const restricted = await gql(as.euDiplomat, CREATE, {
        input: {
          meetingId,
          title: 'Case list',
          dueDate: dayOffset(3),
          classification: 'RESTRICTED',
          assigneeId: ids.usDiplomat,
        },
      });
      expect(errorCode(restricted)).toBe('BAD_USER_INPUT');
      expect(restricted.body.errors[0].message).toMatch(/cannot read an action item restricted/);
      // And later, on update.
      const item = await create('euDiplomat', { classification: 'PARTNER_PRIVATE' });
      const res = await update('euDiplomat', { id: item.id, assigneeId: ids.caCoordinator });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(/^Geneviève Tremblay cannot read/);
    });

    it('refuses bad updates with the same sentences', async () => {
      const item = await create('euDiplomat', {});
      const title = await update('euDiplomat', { id: item.id, title: '' });
      expect(title.body.errors[0].message).toBe('Give the action item a title.');
      const due = await update('euDiplomat', { id: item.id, dueDate: '2027-02-29' });
      expect(due.body.errors[0].message).toMatch(/“2027-02-29” is not a date/);
      const status = await update('euDiplomat', { id: item.id, status: 'FINISHED' });
      expect(errorCode(status)).toBe('BAD_USER_INPUT');
    });
  });

  describe('lists', () => {
    let overdueItem: Item;
    let dueToday: Item;
    let doneLate: Item;
    let listMeeting: string;

    beforeAll(async () => {
      listMeeting = await createMeeting();
      overdueItem = await create('euDiplomat', {
        meetingId: listMeeting,
        dueDate: dayOffset(-2),
        assigneeId: ids.caCoordinator,
      });
      dueToday = await create('euDiplomat', { meetingId: listMeeting, dueDate: dayOffset(0) });
      doneLate = await create('caCoordinator', { meetingId: listMeeting, dueDate: dayOffset(-10) });
      await update('caCoordinator', { id: doneLate.id, status: 'DONE' });
    });

    it('computes overdue: still open and due before today (UTC)', async () => {
      const all = (await gql(as.usDiplomat, LIST, { filter: { meetingId: listMeeting } })).body.data
        .actionItems as Item[];
      const byId = new Map(all.map((i) => [i.id, i]));
      expect(byId.get(overdueItem.id)?.overdue).toBe(true);
      expect(byId.get(dueToday.id)?.overdue).toBe(false);
      expect(byId.get(doneLate.id)?.overdue).toBe(false);
      // Soonest due first.
      expect(all.map((i) => i.id)).toEqual([doneLate.id, overdueItem.id, dueToday.id]);

      const overdue = (
        await gql(as.usDiplomat, LIST, { filter: { meetingId: listMeeting, overdueOnly: true } })
      ).body.data.actionItems as Item[];
      expect(overdue.map((i) => i.id)).toEqual([overdueItem.id]);
    });

    it('filters by owner partner, assignee = me and status', async () => {
      const owned = (
        await gql(as.usDiplomat, LIST, { filter: { meetingId: listMeeting, ownerPartner: 'CA' } })
      ).body.data.actionItems as Item[];
      expect(owned.map((i) => i.id)).toEqual([doneLate.id]);
      const mine = (
        await gql(as.caCoordinator, LIST, {
          filter: { meetingId: listMeeting, assignedToMe: true },
        })
      ).body.data.actionItems as Item[];
      expect(mine.map((i) => i.id)).toEqual([overdueItem.id]);
      const done = (
        await gql(as.usDiplomat, LIST, {
          filter: { meetingId: listMeeting, statuses: ['DONE', 'DROPPED'] },
        })
      ).body.data.actionItems as Item[];
      expect(done.map((i) => i.id)).toEqual([doneLate.id]);
      const none = await gql(as.usDiplomat, LIST, {});
      expect(none.body.errors).toBeUndefined();
      expect((none.body.data.actionItems as Item[]).length).toBeGreaterThan(3);
    });

    it('myActionItems: assigned to me or owned by my partner, open ones first', async () => {
      const mine = (await gql(as.caCoordinator, MINE)).body.data.myActionItems as Item[];
      const ids_ = mine.map((i) => i.id);
      expect(ids_).toEqual(expect.arrayContaining([overdueItem.id, doneLate.id]));
      expect(ids_).not.toContain(dueToday.id);
      for (const i of mine)
        expect(i.ownerPartner === 'CA' || i.assignee?.id === ids.caCoordinator).toBe(true);
      const firstClosed = mine.findIndex((i) => i.status === 'DONE' || i.status === 'DROPPED');
      expect(firstClosed).toBeGreaterThan(0);
      expect(
        mine.slice(firstClosed).every((i) => i.status === 'DONE' || i.status === 'DROPPED'),
      ).toBe(true);
      const open = mine.slice(0, firstClosed).map((i) => i.dueDate);
      expect(open).toEqual([...open].sort());
      // The seeded items of Canada's coordinator are there too, the overdue ones flagged.
      expect(mine).toContainEqual(
        expect.objectContaining({
          title: 'Compare partners’ death penalty benchmarks and flag inconsistent deadlines',
        }),
      );
    });
  });

  describe('suggestions for the next meeting', () => {
    it('offers the open items of the previous meeting of the same kind, skipping cancelled ones', async () => {
      const kind = { kind: 'NGO_CONSULTATION', partnerCodes: ['EU', 'CA', 'US', 'GB'] };
      const at = (iso: string) => ({
        startsAt: iso,
        endsAt: new Date(Date.parse(iso) + 3 * 3_600_000).toISOString(),
      });
      const previous = await createMeeting({ ...kind, ...at('2033-03-10T13:00:00Z') });
      const cancelled = await createMeeting({ ...kind, ...at('2033-06-10T13:00:00Z') });
      const next = await createMeeting({ ...kind, ...at('2033-11-10T13:00:00Z') });
      const open = await create('euDiplomat', {
        meetingId: previous,
        title: 'Publish the NGO input summary',
      });
      const inProgress = await create('caCoordinator', {
        meetingId: previous,
        title: 'Answer the NGO letter',
      });
      await update('caCoordinator', { id: inProgress.id, status: 'IN_PROGRESS' });
      const done = await create('euDiplomat', { meetingId: previous, title: 'Book the room' });
      await update('euDiplomat', { id: done.id, status: 'DONE' });
      const privateOne = await create('euDiplomat', {
        meetingId: previous,
        classification: 'PARTNER_PRIVATE',
      });
      await create('euDiplomat', { meetingId: cancelled, title: 'From a cancelled meeting' });
      const res = await gql(as.secretariat, SET_STATUS, {
        input: { id: cancelled, status: 'CANCELLED', reason: 'Cancelled after a walkout' },
      });
      expect(res.body.errors).toBeUndefined();

      const forUs = (await gql(as.usDiplomat, NEXT, { meetingId: next })).body.data
        .openActionItemsForNextMeeting as Item[];
      expect(forUs.map((i) => i.id).sort()).toEqual([open.id, inProgress.id].sort());
      const forEu = (await gql(as.euDiplomat, NEXT, { meetingId: next })).body.data
        .openActionItemsForNextMeeting as Item[];
      expect(forEu.map((i) => i.id).sort()).toEqual([open.id, inProgress.id, privateOne.id].sort());
      // The first of its kind in this range has older demo consultations before it, none with items.
      const first = await gql(as.usDiplomat, NEXT, { meetingId: previous });
      expect(first.body.data.openActionItemsForNextMeeting).toEqual([]);
    });

    it('for the demo Brussels session: the open items of the Bern session before it', async () => {
      const brussels = demoMeetingId(2026, 'BRUSSELS');
      const forEu = (await gql(as.euDiplomat, NEXT, { meetingId: brussels })).body.data
        .openActionItemsForNextMeeting as Item[];
      expect(forEu.map((i) => i.meeting?.id)).toEqual(
        Array(forEu.length).fill(demoMeetingId(2026, 'BERNE')),
      );
      expect(forEu.map((i) => i.status).every((s) => s === 'OPEN' || s === 'IN_PROGRESS')).toBe(
        true,
      );
      expect(forEu.some((i) => i.classification === 'PARTNER_PRIVATE')).toBe(true);
      const forUs = (await gql(as.usDiplomat, NEXT, { meetingId: brussels })).body.data
        .openActionItemsForNextMeeting as Item[];
      expect(forUs.length).toBe(forEu.length - 1);
      expect(forUs.some((i) => i.classification === 'PARTNER_PRIVATE')).toBe(false);
    });
  });

  describe('access', () => {
    it('anonymous callers are asked to sign in', async () => {
      expect(errorCode(await gql(as.anonymous, LIST, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(as.anonymous, MINE))).toBe('UNAUTHENTICATED');
      const res = await gql(as.anonymous, CREATE, {
        input: { meetingId, title: 'x', dueDate: dayOffset(1) },
      });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });

    it('NGO guests are refused everywhere', async () => {
      const item = await create('euDiplomat', {});
      for (const [query, variables] of [
        [LIST, {}],
        [MINE, {}],
        [ONE, { id: item.id }],
        [NEXT, { meetingId }],
        [ASSIGNEES, {}],
        [CREATE, { input: { meetingId, title: 'Guest item', dueDate: dayOffset(1) } }],
        [UPDATE, { input: { id: item.id, status: 'DONE' } }],
      ] as const) {
        const res = await gql(as.guest, query, variables);
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.body.errors[0].message).toBe(
          'Action items are for partner staff and the secretariat.',
        );
      }
    });

    it("keeps another partner's private item out of lists and answers NOT_FOUND by id", async () => {
      const item = await create('euDiplomat', {
        classification: 'PARTNER_PRIVATE',
        title: 'EU-only drafting',
      });
      expect(item.canEdit).toBe(true);
      const usList = (await gql(as.usDiplomat, LIST, { filter: { meetingId } })).body.data
        .actionItems as Item[];
      expect(usList.map((i) => i.id)).not.toContain(item.id);
      const usMine = (await gql(as.usDiplomat, MINE)).body.data.myActionItems as Item[];
      expect(usMine.map((i) => i.id)).not.toContain(item.id);
      const byId = await gql(as.usDiplomat, ONE, { id: item.id });
      expect(errorCode(byId)).toBe('NOT_FOUND');
      expect(byId.body.errors[0].message).toBe(
        'This action item does not exist or you do not have access to it.',
      );
      const edit = await update('usDiplomat', { id: item.id, status: 'DONE' });
      expect(errorCode(edit)).toBe('NOT_FOUND');
      // Not even the secretariat reads another partner's private drafts.
      expect(errorCode(await gql(as.secretariat, ONE, { id: item.id }))).toBe('NOT_FOUND');
      const euList = (await gql(as.euDiplomat, LIST, { filter: { meetingId } })).body.data
        .actionItems as Item[];
      expect(euList.map((i) => i.id)).toContain(item.id);
      // A missing id looks the same.
      expect(errorCode(await gql(as.usDiplomat, ONE, { id: randomUUID() }))).toBe('NOT_FOUND');
    });

    it('needs a meeting the caller may read, and hides a meeting the reader may not see', async () => {
      const privateMeeting = await createMeeting(
        { classification: 'PARTNER_PRIVATE', hostPartner: 'CA', partnerCodes: ['CA'] },
        'caCoordinator',
      );
      const res = await gql(as.usDiplomat, CREATE, {
        input: { meetingId: privateMeeting, title: 'Sneaky', dueDate: dayOffset(1) },
      });
      expect(errorCode(res)).toBe('NOT_FOUND');
      // Canada's item from it, readable by all partners: the meeting is shown only to Canada.
      const item = await create('caCoordinator', { meetingId: privateMeeting });
      expect(item.meeting?.id).toBe(privateMeeting);
      const seen = (await gql(as.usDiplomat, ONE, { id: item.id })).body.data.actionItem as Item;
      expect(seen).toMatchObject({ meetingId: privateMeeting, meeting: null });
    });

    it('offers as assignees only active staff who could read the item', async () => {
      const privateEu = (await gql(as.euDiplomat, ASSIGNEES, { classification: 'PARTNER_PRIVATE' }))
        .body.data.actionItemAssignees as { id: string; partnerCode: string }[];
      expect(privateEu.map((p) => p.id)).toContain(ids.euDiplomat);
      expect(privateEu.every((p) => p.partnerCode === 'EU')).toBe(true);
      expect(privateEu.map((p) => p.id)).not.toContain(disabled.id);
      const partners = (await gql(as.euDiplomat, ASSIGNEES, {})).body.data.actionItemAssignees as {
        id: string;
      }[];
      expect(partners.map((p) => p.id)).toEqual(
        expect.arrayContaining([ids.usDiplomat, ids.caCoordinator, ids.secretariat]),
      );
      expect(partners.map((p) => p.id)).not.toContain(guest.id);
      const other = await gql(as.euDiplomat, ASSIGNEES, {
        owner: 'US',
        classification: 'PARTNER_PRIVATE',
      });
      expect(errorCode(other)).toBe('FORBIDDEN');
    });
  });
});
