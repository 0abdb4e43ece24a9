import type { PartnerCode } from '@berne/domain';
import type { AgendaView, ItemView } from '../../agendas.service';
import { pdfPages } from '../../../briefing-notes/export/__tests__/pdf-text';
import { renderAgendaPdf } from '../agenda-pdf.renderer';
import { exportedAgenda, scheduleSlots, slotLabel } from '../exported-agenda';

const at = (iso: string) => new Date(iso);

function itemView(
  id: string,
  position: number,
  fields: Partial<ItemView['item']>,
  consents: ItemView['consents'] = [],
): ItemView {
  return {
    item: {
      id,
      meetingId: 'm',
      title: `Item ${id}`,
      description: `About ${id}.`,
      proposingPartner: 'CA',
      proposedById: 'u',
      minutes: 30,
      position,
      state: 'AGREED',
      classification: 'PARTNERS',
      guestVisible: true,
      influenceRegion: null,
      silenceDeadline: null,
      createdAt: at('2030-01-01T00:00:00Z'),
      updatedAt: at('2030-01-01T00:00:00Z'),
      ...fields,
    },
    themeCodes: ['DEATH_PENALTY'],
    vulnerableGroups: [],
    links: [],
    consents,
    history: [],
    proposedBy: null,
    canEdit: false,
  };
}

const view = (items: ItemView[]): AgendaView =>
  ({
    meeting: {
      id: 'm',
      kind: 'NGO_CONSULTATION',
      title: 'NGO consultation 2030',
      venue: null,
      city: 'Brussels',
      timeZone: 'Europe/Brussels',
      startsAt: at('2030-01-22T13:00:00Z'),
      endsAt: at('2030-01-22T16:30:00Z'),
      status: 'PLANNED',
      hostPartner: 'EU',
      classification: 'PARTNERS',
    },
    agenda: { meetingId: 'm', status: 'OPEN', version: 0, lockedAt: null },
    partnerCodes: ['CA', 'EU'],
    items,
    allocatedMinutes: 90,
    meetingMinutes: 210,
    isChair: false,
    speaksFor: null,
    memberOf: null,
  }) as unknown as AgendaView;

const context = (audience: 'partners' | 'guests') => ({
  audience,
  marking: audience === 'guests' ? 'GUEST MARKING' : 'PARTNERS MARKING',
  partnerName: (code: PartnerCode) =>
    ({ CA: 'Canada', EU: 'European Union' })[code as 'CA'] ?? code,
  exportedAt: at('2029-12-01T10:00:00Z'),
  exportedBy: 'Test Person',
});

describe('agenda times', () => {
  it('runs each item on from the one before, in the venue’s time zone', () => {
    const slots = scheduleSlots(at('2030-01-22T08:00:00Z'), [30, 0, 45]);
    expect(slots.map((s) => slotLabel(s, 'Europe/Brussels', at('2030-01-22T08:00:00Z')))).toEqual([
      '09:00–09:30',
      '09:30–09:30',
      '09:30–10:15',
    ]);
    // Summer time, and a slot on the second day of a two-day round.
    const start = at('2007-05-15T07:00:00Z');
    expect(slotLabel({ start, end: at('2007-05-15T08:00:00Z') }, 'Europe/Berlin', start)).toBe(
      '09:00–10:00',
    );
    expect(
      slotLabel(
        { start: at('2007-05-16T07:00:00Z'), end: at('2007-05-16T08:00:00Z') },
        'Europe/Berlin',
        start,
      ),
    ).toBe('Wed 16 May, 09:00–10:00');
  });
});

describe('exportedAgenda', () => {
  const items = [
    itemView('a', 0, {}, [
      { partnerCode: 'CA', position: 'AGREE', text: null, by: null, at: null },
      { partnerCode: 'EU', position: 'OBJECTION', text: 'Not now.', by: null, at: null },
    ]),
    itemView('b', 1, { guestVisible: false }),
    itemView('c', 2, { state: 'DEFERRED' }),
    itemView('d', 3, { minutes: 45 }),
    itemView('e', 4, { state: 'WITHDRAWN', guestVisible: false }),
  ];

  it('partners: every item with times and positions; deferred and withdrawn listed apart', () => {
    const out = exportedAgenda(view(items), context('partners'));
    expect(out.scheduled.map((i) => [i.number, i.time, i.title])).toEqual([
      [1, '14:00–14:30', 'Item a'],
      [2, '14:30–15:00', 'Item b'],
      [3, '15:00–15:45', 'Item d'],
    ]);
    expect(out.notScheduled.map((i) => [i.number, i.time, i.state])).toEqual([
      [null, null, 'Deferred'],
      [null, null, 'Withdrawn'],
    ]);
    expect(out.scheduled[0].positions).toEqual([
      { partner: 'Canada', position: 'Agrees', text: null },
      { partner: 'European Union', position: 'Objection', text: 'Not now.' },
    ]);
    expect(out.scheduled[0].themes).toEqual(['Death penalty (statistics, Supreme Court review)']);
    expect(out.facts).toContainEqual(['Time allocated', '90 of 210 minutes']);
  });

  it('guests: guest-visible items still on the agenda, renumbered, real times, no positions', () => {
    const out = exportedAgenda(view(items), context('guests'));
    expect(out.scheduled.map((i) => [i.number, i.time, i.title, i.positions])).toEqual([
      [1, '14:00–14:30', 'Item a', null],
      [2, '15:00–15:45', 'Item d', null],
    ]);
    expect(out.notScheduled).toEqual([]);
    expect(out.facts.map(([label]) => label)).not.toContain('Time allocated');
    expect(JSON.stringify(out)).not.toContain('Not now.');
  });

  it('renders a PDF with the marking on the page', async () => {
    const pages = await pdfPages(
      await renderAgendaPdf(exportedAgenda(view(items), context('guests'))),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0].text).toContain('GUEST MARKING');
    expect(pages[0].text).toContain('Item d');
    expect(pages[0].text).not.toContain('Item b');
  });
});
