import { DateTime } from 'luxon';
import {
  THEMES,
  type AgendaItemState,
  type ConsentPosition,
  type InfluenceRegion,
  type MeetingKind,
  type PartnerCode,
  type VulnerableGroup,
} from '@berne/domain';
import { exportTimestamp } from '../../briefing-notes/export/exported-note';
import type { AgendaView, ItemView } from '../agendas.service';
import { AGENDA_STATE_LABEL } from '../continuity/agenda-outcome';
import type { AgendaAudience } from './agenda-export-format';

export interface ExportedPosition {
  partner: string;
  position: string;
  text: string | null;
}

export interface ExportedAgendaItem {
  /** Its number in this file's list; null for items not on the agenda (deferred, withdrawn). */
  number: number | null;
  /** "09:00–09:40" in the venue's time zone; null when the item takes no time on the day. */
  time: string | null;
  minutes: number;
  title: string;
  description: string;
  proposingPartner: string;
  state: string;
  themes: string[];
  vulnerableGroups: string[];
  influenceRegion: string | null;
  /** Every participating partner's position (partners' version only; null in the guests'). */
  positions: ExportedPosition[] | null;
}

/** What both renderers receive: the agenda as the audience may see it, ready to print. */
export interface ExportedAgenda {
  title: string;
  audience: AgendaAudience;
  /** The handling line on every page. */
  marking: string;
  /** Label and value lines under the title. */
  facts: [string, string][];
  /** On the agenda, in order, with times. */
  scheduled: ExportedAgendaItem[];
  /** Deferred and withdrawn items (partners' version only). */
  notScheduled: ExportedAgendaItem[];
  exportedAt: Date;
  exportedBy: string;
}

const KIND_LABEL: Record<MeetingKind, string> = {
  BERNE_PROCESS: 'Berne Process session',
  NGO_CONSULTATION: 'NGO consultation',
  BILATERAL_ROUND: 'Bilateral dialogue round',
  EXPERT_SEMINAR: 'Expert seminar',
};

const POSITION_LABEL: Record<ConsentPosition, string> = {
  NOT_YET: 'No position yet',
  AGREE: 'Agrees',
  RESERVATION: 'Reservation',
  OBJECTION: 'Objection',
};

const GROUP_LABEL: Record<VulnerableGroup, string> = {
  WOMEN: 'Women',
  CHILDREN: 'Children',
  ELDERLY: 'The elderly',
  ETHNIC_MINORITIES: 'Ethnic minorities',
};

const REGION_LABEL: Record<InfluenceRegion, string> = {
  AFRICA: 'Africa',
  ASIA_PACIFIC: 'Asia-Pacific',
  CENTRAL_ASIA: 'Central Asia',
  EUROPE: 'Europe',
  LATIN_AMERICA: 'Latin America',
  MIDDLE_EAST: 'Middle East',
  UN_SYSTEM: 'UN system',
};

/** Items that take no time on the day. */
const NOT_SCHEDULED: readonly AgendaItemState[] = ['DEFERRED', 'WITHDRAWN'];

export interface Slot {
  start: Date;
  end: Date;
}

/** Each item's slot: it starts when the one before it ends, the first at the meeting's start. */
export function scheduleSlots(meetingStart: Date, minutes: readonly number[]): Slot[] {
  let at = meetingStart.getTime();
  return minutes.map((m) => {
    const start = new Date(at);
    at += m * 60_000;
    return { start, end: new Date(at) };
  });
}

/**
 * "09:00–09:40" in the venue's time zone; with the weekday and date ("Wed 16 May, 09:00–09:40")
 * when the slot starts on another local day than the meeting.
 */
export function slotLabel(slot: Slot, zone: string, meetingStart: Date): string {
  const start = DateTime.fromJSDate(slot.start, { zone });
  const end = DateTime.fromJSDate(slot.end, { zone });
  const firstDay = DateTime.fromJSDate(meetingStart, { zone }).toISODate();
  const range = `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
  return start.toISODate() === firstDay ? range : `${start.toFormat('ccc d LLL')}, ${range}`;
}

/** "Thursday 3 December 2026, 09:00–17:30" (the end with its date when on another day). */
function whenLabel(startsAt: Date, endsAt: Date, zone: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone });
  const day = 'cccc d LLLL yyyy';
  return start.toISODate() === end.toISODate()
    ? `${start.toFormat(day)}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`
    : `${start.toFormat(day)}, ${start.toFormat('HH:mm')} – ${end.toFormat(day)}, ${end.toFormat('HH:mm')}`;
}

const themeName = (code: string) => THEMES.find((t) => t.code === code)?.name ?? code;

export interface ExportContext {
  audience: AgendaAudience;
  marking: string;
  partnerName: (code: PartnerCode) => string;
  exportedAt: Date;
  exportedBy: string;
}

/**
 * The agenda as one audience may see it. Times run over every item still on the agenda (so a
 * guest's times are the real ones, even where partner-only items sit between); the guests'
 * version then keeps only guest-visible items still on the agenda, and leaves out every position,
 * its text and the history.
 */
export function exportedAgenda(view: AgendaView, context: ExportContext): ExportedAgenda {
  const { meeting, agenda } = view;
  const guests = context.audience === 'guests';
  const onAgenda = view.items.filter((i) => !NOT_SCHEDULED.includes(i.item.state));
  const slots = scheduleSlots(
    meeting.startsAt,
    onAgenda.map((i) => i.item.minutes),
  );
  const slotOf = new Map(onAgenda.map((i, n) => [i.item.id, slots[n]]));

  const item = (v: ItemView, number: number | null): ExportedAgendaItem => {
    const slot = slotOf.get(v.item.id);
    return {
      number,
      time: slot && v.item.minutes > 0 ? slotLabel(slot, meeting.timeZone, meeting.startsAt) : null,
      minutes: v.item.minutes,
      title: v.item.title,
      description: v.item.description,
      proposingPartner: context.partnerName(v.item.proposingPartner),
      state: AGENDA_STATE_LABEL[v.item.state],
      themes: v.themeCodes.map(themeName),
      vulnerableGroups: v.vulnerableGroups.map((g) => GROUP_LABEL[g]),
      influenceRegion: v.item.influenceRegion ? REGION_LABEL[v.item.influenceRegion] : null,
      positions: guests
        ? null
        : v.consents.map((c) => ({
            partner: context.partnerName(c.partnerCode),
            position: POSITION_LABEL[c.position],
            text: c.text,
          })),
    };
  };

  const shown = guests ? onAgenda.filter((i) => i.item.guestVisible) : onAgenda;
  const scheduled = shown.map((v, n) => item(v, n + 1));
  const notScheduled = guests
    ? []
    : view.items.filter((i) => NOT_SCHEDULED.includes(i.item.state)).map((v) => item(v, null));

  const zone = DateTime.fromJSDate(meeting.startsAt, { zone: meeting.timeZone });
  const status =
    agenda.status === 'LOCKED'
      ? `Locked — version ${agenda.version}${agenda.lockedAt ? `, ${DateTime.fromJSDate(agenda.lockedAt, { zone: meeting.timeZone }).toFormat('d LLLL yyyy')}` : ''}`
      : 'Open — a draft that may still change';
  const facts: [string, string][] = [
    ['Meeting', `${KIND_LABEL[meeting.kind]}, ${meeting.venue ?? meeting.city}`],
    ['When', whenLabel(meeting.startsAt, meeting.endsAt, meeting.timeZone)],
    ['Times', `Local to ${meeting.city} (${meeting.timeZone}, UTC${zone.toFormat('ZZ')})`],
    ['Agenda', status],
    ['Participants', view.partnerCodes.map(context.partnerName).join(', ')],
  ];
  if (!guests) {
    facts.push(['Time allocated', `${view.allocatedMinutes} of ${view.meetingMinutes} minutes`]);
  }
  facts.push(
    ['Classification', context.marking],
    ['Exported', `${exportTimestamp(context.exportedAt)} by ${context.exportedBy}`],
  );
  return {
    title: `Agenda — ${meeting.title}`,
    audience: context.audience,
    marking: context.marking,
    facts,
    scheduled,
    notScheduled,
    exportedAt: context.exportedAt,
    exportedBy: context.exportedBy,
  };
}
