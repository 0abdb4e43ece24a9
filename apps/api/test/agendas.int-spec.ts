import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { LIVE_EVENTS } from '@berne/domain';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { createUser, signIn } from './helpers/factories';
import { connect, eventually, sessionCookie } from './helpers/sockets';
import { demo, errorCode, gql, startTestApp, type TestApp } from './helpers/test-app';

const ITEM = `id title description state minutes position proposingPartner themeCodes vulnerableGroups
  influenceRegion silenceDeadline canEdit
  consents { partnerCode position text by { displayName } }
  history { event fromState toState partnerCode detail by { displayName } }
  links { kind targetId title }`;
const AGENDA = `query($m: ID!) { agenda(meetingId: $m) { status version allocatedMinutes meetingMinutes isChair speaksFor memberOf
  partnerCodes items { ${ITEM} } } }`;
const PROPOSE = `mutation($input: ProposeAgendaItemInput!) { proposeAgendaItem(input: $input) { ${ITEM} } }`;
const EDIT = `mutation($input: EditAgendaItemInput!) { editAgendaItem(input: $input) { ${ITEM} } }`;
const CONSENT = `mutation($input: RecordConsentInput!) { recordAgendaConsent(input: $input) { ${ITEM} } }`;
const SILENCE = `mutation($input: OpenSilenceInput!) { openAgendaSilenceProcedure(input: $input) { ${ITEM} } }`;
const DEFER = `mutation($id: ID!) { deferAgendaItem(id: $id) { ${ITEM} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawAgendaItem(id: $id) { ${ITEM} } }`;
const REORDER = `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) { items { id position } } }`;
const LOCK = `mutation($m: ID!) { lockAgenda(meetingId: $m) { status version } }`;
const REOPEN = `mutation($m: ID!, $r: String!) { reopenAgenda(meetingId: $m, reason: $r) { status version } }`;
const VERSIONS = `query($m: ID!) { agendaVersions(meetingId: $m) { number snapshot reopenReason } }`;
const SPEAKER = `mutation($u: ID!, $s: Boolean!) { setAgendaSpeaker(userId: $u, speaks: $s) { id displayName } }`;
const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const CREATE_NOTE = `mutation($input: CreateBriefingNoteInput!) { createBriefingNote(input: $input) { id } }`;
const CREATE_BENCHMARK = `mutation($input: CreateBenchmarkInput!) { createBenchmark(input: $input) { id statement } }`;
const LINKS = `query($m: ID!) { agenda(meetingId: $m) { items { id links { kind targetId title path } } } }`;

interface Item {
  id: string;
  title: string;
  state: string;
  consents: { partnerCode: string; position: string; text: string | null }[];
  history: {
    event: string;
    fromState: string | null;
    toState: string | null;
    by: { displayName: string } | null;
  }[];
  links: { kind: string; targetId: string; title: string }[];
}

describe('joint agendas', () => {
  let t: TestApp;
  let ds: DataSource;
  const as: Record<string, TestAgent> = {};
  const ids: Record<string, string> = {};
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '1000' });
    ds = t.app.get(DataSource);
    for (const [name, email] of Object.entries(demo)) {
      as[name] = await t.as(email);
      ids[name] = (await gql(as[name], '{ me { id } }')).body.data.me.id;
    }
    const euCoordinator = await createUser(t, {
      role: 'COORDINATOR',
      partnerCode: 'EU',
      label: 'eu-coord',
    });
    as.euCoordinator = (await signIn(t, euCoordinator.email, euCoordinator.password)).agent;
    const guest = await createUser(t, { role: 'GUEST', partnerCode: null, label: 'guest' });
    as.guest = (await signIn(t, guest.email, guest.password)).agent;
    as.anonymous = t.agent();
    const year = new Date().getUTCFullYear() + 1;
    const meeting = await gql(as.secretariat, CREATE_MEETING, {
      input: {
        kind: 'BERNE_PROCESS',
        title: 'Berne Process session',
        city: 'Bern',
        timeZone: 'Europe/Zurich',
        hostPartner: 'CH',
        partnerCodes: ['EU', 'CA'],
        startsAt: `${year}-05-04T07:00:00Z`,
        endsAt: `${year}-05-04T15:00:00Z`,
        classification: 'PARTNERS',
      },
    });
    meetingId = meeting.body.data.createMeeting.id;
  });
  afterAll(() => t?.close());

  const propose = (who: string, input: Record<string, unknown>) =>
    gql(as[who], PROPOSE, { input: { meetingId, minutes: 30, ...input } });
  const consent = (
    who: string,
    itemId: string,
    partnerCode: string,
    position: string,
    text?: string,
  ) => gql(as[who], CONSENT, { input: { itemId, partnerCode, position, text } });
  const agenda = async (who = 'secretariat') =>
    (await gql(as[who], AGENDA, { m: meetingId })).body.data.agenda;

  it('lets a coordinator name a diplomat to speak for its partner; others cannot speak', async () => {
    const first = await propose('euDiplomat', {
      title: 'Ratification of the ICCPR',
      themeCodes: ['ICCPR_RATIFICATION'],
    });
    expect(first.body.errors).toBeUndefined();
    const item = first.body.data.proposeAgendaItem as Item;
    // A member of a participating delegation proposes; not being named, the diplomat takes no position.
    expect(item.state).toBe('PROPOSED');
    expect(item.consents).toEqual(
      [
        { partnerCode: 'CA', position: 'NOT_YET', text: null, by: null },
        { partnerCode: 'EU', position: 'NOT_YET', text: null, by: null },
      ].map((c) => expect.objectContaining({ partnerCode: c.partnerCode, position: c.position })),
    );
    const refused = await consent('euDiplomat', item.id, 'EU', 'AGREE');
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors[0].message).toMatch(
      /Only EU's coordinator, or a diplomat the coordinator has named/,
    );
    expect(errorCode(await gql(as.euDiplomat, SPEAKER, { u: ids.euDiplomat, s: true }))).toBe(
      'FORBIDDEN',
    );
    const named = await gql(as.euCoordinator, SPEAKER, { u: ids.euDiplomat, s: true });
    expect(named.body.data.setAgendaSpeaker.map((p: { id: string }) => p.id)).toEqual([
      ids.euDiplomat,
    ]);
    expect(errorCode(await gql(as.euCoordinator, SPEAKER, { u: ids.usDiplomat, s: true }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await consent('euDiplomat', item.id, 'EU', 'AGREE')).body.data.recordAgendaConsent.state,
    ).toBe('PROPOSED');
  });

  it('reaches consensus when every participating partner agrees, and contests on an objection whose text partners read', async () => {
    const live = await connect(t, '/live', await sessionCookie(t, demo.caCoordinator));
    const pushes: { type: string; id: string; by?: string }[] = [];
    live.on(LIVE_EVENTS.meetingsChanged, (p: { type: string; id: string; by?: string }) =>
      pushes.push(p),
    );

    const proposed = (
      await propose('euDiplomat', {
        title: 'Death penalty statistics',
        themeCodes: ['DEATH_PENALTY'],
        vulnerableGroups: ['ETHNIC_MINORITIES'],
      })
    ).body.data.proposeAgendaItem as Item;
    // Proposed by the EU's speaker: the EU agrees at once.
    expect(proposed.consents.find((c) => c.partnerCode === 'EU')?.position).toBe('AGREE');
    const agreed = (await consent('caCoordinator', proposed.id, 'CA', 'AGREE')).body.data
      .recordAgendaConsent as Item;
    expect(agreed.state).toBe('AGREED');
    expect(agreed.history.map((h) => [h.event, h.toState])).toEqual(
      expect.arrayContaining([
        ['proposed', 'PROPOSED'],
        ['state', 'AGREED'],
      ]),
    );
    await eventually(
      () =>
        pushes.some(
          (p) => p.type === 'agenda' && p.id === meetingId && p.by === 'Geneviève Tremblay',
        ),
      'a live push saying who consented',
    );

    const contested = (
      await propose('euDiplomat', { title: 'Organ transplants from executed prisoners' })
    ).body.data.proposeAgendaItem as Item;
    const noText = await consent('caCoordinator', contested.id, 'CA', 'OBJECTION');
    expect(errorCode(noText)).toBe('BAD_USER_INPUT');
    expect(noText.body.errors[0].message).toMatch(/Explain the objection/);
    const objected = (
      await consent(
        'caCoordinator',
        contested.id,
        'CA',
        'OBJECTION',
        'Raise it at the expert seminar instead.',
      )
    ).body.data.recordAgendaConsent as Item;
    expect(objected.state).toBe('CONTESTED');
    const seenByEu = (await agenda('euDiplomat')).items.find(
      (i: Item) => i.id === contested.id,
    ) as Item;
    expect(seenByEu.consents).toContainEqual(
      expect.objectContaining({
        partnerCode: 'CA',
        position: 'OBJECTION',
        text: 'Raise it at the expert seminar instead.',
      }),
    );
    live.close();
  });

  it('refuses bad input with a sentence: no title, speaking for another partner, a non-participant', async () => {
    const chairWithoutPartner = await propose('secretariat', { title: 'Chair item' });
    expect(errorCode(chairWithoutPartner)).toBe('BAD_USER_INPUT');
    expect(chairWithoutPartner.body.errors[0].extensions.fields).toEqual({
      proposingPartner: ['required'],
    });
    const noTitle = await propose('euDiplomat', { title: '   ' });
    expect(errorCode(noTitle)).toBe('BAD_USER_INPUT');
    expect(noTitle.body.errors[0].message).toMatch(/title/);
    expect(
      errorCode(await propose('euDiplomat', { title: 'x', themeCodes: ['no-such-theme'] })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await propose('euDiplomat', { title: 'x', minutes: 1000 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await propose('euDiplomat', {
          title: 'x',
          links: [{ kind: 'CASE', targetId: ids.usDiplomat }],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const [first] = (await agenda()).items as Item[];
    const forAnother = await consent('euDiplomat', first.id, 'CA', 'AGREE');
    expect(errorCode(forAnother)).toBe('FORBIDDEN');
    expect(forAnother.body.errors[0].message).toBe('You speak for EU, not for CA.');
    // The US is not taking part: it reads the agenda but neither proposes nor speaks.
    expect((await agenda('usDiplomat')).items.length).toBeGreaterThan(0);
    expect(errorCode(await propose('usDiplomat', { title: 'Internet freedom' }))).toBe('FORBIDDEN');
    expect(errorCode(await consent('usDiplomat', first.id, 'US', 'AGREE'))).toBe('FORBIDDEN');
    expect(errorCode(await gql(as.guest, AGENDA, { m: meetingId }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(as.anonymous, AGENDA, { m: meetingId }))).toBe('UNAUTHENTICATED');
  });

  it('links briefing notes only the reader may open', async () => {
    const note = (
      await gql(as.euDiplomat, CREATE_NOTE, {
        input: { title: 'EU lines on the ICCPR', classification: 'PARTNER_PRIVATE' },
      })
    ).body.data.createBriefingNote;
    const linked = (
      await propose('euDiplomat', {
        title: 'UN treaty bodies',
        links: [{ kind: 'BRIEFING_NOTE', targetId: note.id }],
      })
    ).body.data.proposeAgendaItem as Item;
    expect(linked.links).toEqual([
      { kind: 'BRIEFING_NOTE', targetId: note.id, title: 'EU lines on the ICCPR' },
    ]);
    const asCanada = ((await agenda('caCoordinator')).items as Item[]).find(
      (i) => i.id === linked.id,
    )!;
    expect(asCanada.links).toEqual([]);
    expect(JSON.stringify(await agenda('caCoordinator'))).not.toContain('EU lines on the ICCPR');
    // Nor can Canada link to it.
    expect(
      errorCode(
        await propose('caCoordinator', {
          title: 'x',
          links: [{ kind: 'BRIEFING_NOTE', targetId: note.id }],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await gql(as.euDiplomat, WITHDRAW, { id: linked.id });
  });

  it('links benchmarks only the reader may open, and still refuses cases', async () => {
    const createBenchmark = async (who: string, input: Record<string, unknown>) => {
      const res = await gql(as[who], CREATE_BENCHMARK, { input: { kind: 'OBJECTIVE', ...input } });
      expect(res.body.errors).toBeUndefined();
      return res.body.data.createBenchmark as { id: string; statement: string };
    };
    const shared = await createBenchmark('caCoordinator', {
      statement: `Canada: release of detained lawyers ${Math.random()}`,
      classification: 'PARTNERS',
    });
    const euOnly = await createBenchmark('euDiplomat', {
      statement: `EU draft: access to detained lawyers ${Math.random()}`,
      classification: 'PARTNER_PRIVATE',
    });
    const res = await propose('euDiplomat', {
      title: 'Detained lawyers',
      links: [
        { kind: 'BENCHMARK', targetId: shared.id },
        { kind: 'BENCHMARK', targetId: euOnly.id },
      ],
    });
    expect(res.body.errors).toBeUndefined();
    const linked = res.body.data.proposeAgendaItem as Item;
    expect(linked.links).toEqual(
      expect.arrayContaining([
        { kind: 'BENCHMARK', targetId: shared.id, title: shared.statement },
        { kind: 'BENCHMARK', targetId: euOnly.id, title: euOnly.statement },
      ]),
    );
    expect(linked.links).toHaveLength(2);
    const linksFor = async (who: string) =>
      (
        (await gql(as[who], LINKS, { m: meetingId })).body.data.agenda.items as {
          id: string;
          links: { kind: string; targetId: string; title: string; path: string }[];
        }[]
      ).find((i) => i.id === linked.id)!.links;
    expect(await linksFor('euDiplomat')).toHaveLength(2);
    expect(await linksFor('euDiplomat')).toContainEqual({
      kind: 'BENCHMARK',
      targetId: euOnly.id,
      title: euOnly.statement,
      path: `/benchmarks/${euOnly.id}`,
    });
    // Canada reads its own benchmark on the item, never the EU's private one.
    expect(await linksFor('caCoordinator')).toEqual([
      {
        kind: 'BENCHMARK',
        targetId: shared.id,
        title: shared.statement,
        path: `/benchmarks/${shared.id}`,
      },
    ]);
    expect(JSON.stringify(await agenda('caCoordinator'))).not.toContain(euOnly.statement);
    expect(JSON.stringify(await agenda('usDiplomat'))).not.toContain(euOnly.statement);
    // Nor can Canada link to it: it looks the same as a benchmark that does not exist.
    for (const targetId of [euOnly.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await propose('caCoordinator', {
        title: 'x',
        links: [{ kind: 'BENCHMARK', targetId }],
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.body.errors[0].message).toBe(
        'A linked benchmark does not exist or you cannot open it.',
      );
      expect(refused.body.errors[0].extensions.fields).toEqual({ links: ['not found'] });
    }
    const aCase = await propose('euDiplomat', {
      title: 'x',
      links: [{ kind: 'CASE', targetId: shared.id }],
    });
    // A benchmark's id is not a case: the link is refused like any unknown target.
    expect(errorCode(aCase)).toBe('BAD_USER_INPUT');
    expect(aCase.body.errors[0].message).toBe('A linked case does not exist or you cannot open it.');
    await gql(as.euDiplomat, WITHDRAW, { id: linked.id });
  });

  it('agrees by silence when the deadline passes without objection, and asks again when the text changes', async () => {
    const item = (await propose('euDiplomat', { title: 'Re-education through labour' })).body.data
      .proposeAgendaItem as Item;
    expect(
      errorCode(
        await gql(as.euDiplomat, SILENCE, {
          input: { itemId: item.id, deadline: new Date(Date.now() + 60_000).toISOString() },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(as.secretariat, SILENCE, {
          input: { itemId: item.id, deadline: new Date(Date.now() - 1000).toISOString() },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const opened = await gql(as.secretariat, SILENCE, {
      input: { itemId: item.id, deadline: new Date(Date.now() + 700).toISOString() },
    });
    expect(opened.body.data.openAgendaSilenceProcedure.silenceDeadline).not.toBeNull();
    await new Promise((r) => setTimeout(r, 900));
    const settled = ((await agenda('caCoordinator')).items as Item[]).find(
      (i) => i.id === item.id,
    )!;
    expect(settled.state).toBe('AGREED');
    expect(settled.history.at(-1)).toMatchObject({
      event: 'silence-agreed',
      toState: 'AGREED',
      by: null,
    });

    // Changing what was agreed asks the partners again.
    await consent('caCoordinator', item.id, 'CA', 'AGREE');
    const edited = (
      await gql(as.euDiplomat, EDIT, {
        input: { id: item.id, description: 'Including administrative detention.' },
      })
    ).body.data.editAgendaItem as Item;
    expect(edited.consents.find((c) => c.partnerCode === 'CA')?.position).toBe('NOT_YET');
    expect(edited.state).toBe('IN_CONSULTATION');
    expect(edited.history.map((h) => h.event).slice(-2)).toEqual(['edited', 'state']);
    expect(edited.history.find((h) => h.event === 'edited')).toMatchObject({
      by: { displayName: 'Eleanor Vance' },
    });
    // Canada cannot edit the EU's item; the chair can.
    expect(
      errorCode(await gql(as.caCoordinator, EDIT, { input: { id: item.id, minutes: 10 } })),
    ).toBe('FORBIDDEN');
    expect(
      (await gql(as.secretariat, EDIT, { input: { id: item.id, minutes: 20 } })).body.errors,
    ).toBeUndefined();
    await consent('caCoordinator', item.id, 'CA', 'AGREE');
  });

  it('orders items, locks when all are agreed or deferred, refuses changes while locked, and reopens with a reason', async () => {
    let current = await agenda();
    const order = (current.items as Item[]).map((i) => i.id).reverse();
    expect(errorCode(await gql(as.caCoordinator, REORDER, { m: meetingId, ids: order }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await gql(as.secretariat, REORDER, { m: meetingId, ids: order.slice(1) })),
    ).toBe('BAD_USER_INPUT');
    const reordered = await gql(as.secretariat, REORDER, { m: meetingId, ids: order });
    expect(reordered.body.data.reorderAgenda.items.map((i: { id: string }) => i.id)).toEqual(order);

    const notReady = await gql(as.secretariat, LOCK, { m: meetingId });
    expect(errorCode(notReady)).toBe('CONFLICT');
    expect(notReady.body.errors[0].message).toMatch(/Organ transplants/);
    for (const item of current.items as Item[]) {
      if (!['AGREED', 'DEFERRED', 'WITHDRAWN'].includes(item.state)) {
        expect(errorCode(await gql(as.caCoordinator, DEFER, { id: item.id }))).toBe('FORBIDDEN');
        await gql(as.secretariat, DEFER, { id: item.id });
      }
    }
    current = await agenda();
    expect(current.allocatedMinutes).toBeLessThanOrEqual(current.meetingMinutes);
    expect(current.meetingMinutes).toBe(480);
    const locked = await gql(as.secretariat, LOCK, { m: meetingId });
    expect(locked.body.data.lockAgenda).toEqual({ status: 'LOCKED', version: 1 });
    const [first] = current.items as Item[];
    const late = await consent('caCoordinator', first.id, 'CA', 'OBJECTION', 'Too late?');
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.body.errors[0].message).toMatch(/locked/);
    expect(errorCode(await propose('euDiplomat', { title: 'After the lock' }))).toBe('CONFLICT');

    expect(errorCode(await gql(as.secretariat, REOPEN, { m: meetingId, r: '  ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await gql(as.caCoordinator, REOPEN, { m: meetingId, r: 'x' }))).toBe(
      'FORBIDDEN',
    );
    const reopened = await gql(as.secretariat, REOPEN, {
      m: meetingId,
      r: 'Canada asks to add the Olympic labour item.',
    });
    expect(reopened.body.data.reopenAgenda).toEqual({ status: 'OPEN', version: 1 });
    const [version] = (await gql(as.euDiplomat, VERSIONS, { m: meetingId })).body.data
      .agendaVersions;
    expect(version.number).toBe(1);
    expect(version.reopenReason).toBe('Canada asks to add the Olympic labour item.');
    expect(JSON.parse(version.snapshot).map((i: { id: string }) => i.id)).toEqual(order);
    const audit = await ds.getRepository(AuditEntryEntity).findOneOrFail({
      where: { action: 'agenda.reopened', resourceId: meetingId },
    });
    expect(JSON.parse(audit.details!)).toMatchObject({
      reason: 'Canada asks to add the Olympic labour item.',
    });
  });
});
