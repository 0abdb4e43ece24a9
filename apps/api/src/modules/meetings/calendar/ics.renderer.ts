import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { PARTNERS, type MeetingKind, type MeetingStatus, type PartnerCode } from '@berne/domain';
import type { MeetingEntity } from '../meeting.entity';

/** The domain part of every meeting's UID: stable, so calendars update events instead of duplicating them. */
export const UID_DOMAIN = 'berne-process.portal';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export const meetingUid = (meetingId: string) => `${meetingId}@${UID_DOMAIN}`;

/** What the renderer needs of a meeting: the row and the partners taking part. */
export interface IcsMeeting {
  meeting: Pick<
    MeetingEntity,
    | 'id'
    | 'kind'
    | 'title'
    | 'venue'
    | 'city'
    | 'startsAt'
    | 'endsAt'
    | 'status'
    | 'statusReason'
    | 'sequence'
    | 'createdAt'
    | 'updatedAt'
  >;
  partnerCodes: readonly PartnerCode[];
}

export interface IcsOptions {
  /** X-WR-CALNAME: a fixed label chosen by the caller, never user input. */
  calendarName: string;
  /** PUBLIC_URL without a trailing slash; each event links to `<publicUrl>/meetings/<id>`. */
  publicUrl: string;
  /** DTSTAMP: when this calendar object was produced. */
  now?: Date;
  /** For subscription feeds: how often clients should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds?: number;
}

const KIND_LABEL: Record<MeetingKind, string> = {
  BERNE_PROCESS: 'Berne Process meeting',
  NGO_CONSULTATION: 'NGO consultation',
  BILATERAL_ROUND: 'Bilateral dialogue round',
  EXPERT_SEMINAR: 'Expert seminar',
};

/** RFC 5545 has no "postponed": a postponed meeting is still expected, at a time to be fixed. */
const ICS_STATUS: Record<MeetingStatus, ICalEventStatus> = {
  PLANNED: ICalEventStatus.TENTATIVE,
  CONFIRMED: ICalEventStatus.CONFIRMED,
  HELD: ICalEventStatus.CONFIRMED,
  POSTPONED: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

const STATUS_LABEL: Record<MeetingStatus, string> = {
  PLANNED: 'Planned',
  CONFIRMED: 'Confirmed',
  HELD: 'Held',
  POSTPONED: 'Postponed',
  CANCELLED: 'Cancelled',
};

const partnerName = (code: PartnerCode) => PARTNERS.find((p) => p.code === code)?.name ?? code;

/**
 * RFC 5545 TEXT allows no control characters; ical-generator escapes line breaks but passes the
 * others through. Venues and reasons are typed by people, so flatten them to one clean line.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]+/g;
const oneLine = (text: string) => text.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();

function description({ meeting, partnerCodes }: IcsMeeting, publicUrl: string): string {
  const lines = [KIND_LABEL[meeting.kind]];
  if (partnerCodes.length)
    lines.push(`Partners taking part: ${partnerCodes.map(partnerName).join(', ')}`);
  if (meeting.statusReason)
    lines.push(`${STATUS_LABEL[meeting.status]}: ${oneLine(meeting.statusReason)}`);
  lines.push(meetingUrl(publicUrl, meeting.id));
  return lines.join('\n');
}

export const meetingUrl = (publicUrl: string, meetingId: string) =>
  `${publicUrl}/meetings/${meetingId}`;

/**
 * One VCALENDAR (METHOD:PUBLISH) with one VEVENT per meeting. Times are written as UTC instants
 * (`…Z`): a meeting is stored as an instant, so every client shows it at the right local time
 * on both sides of any DST change, without a VTIMEZONE (no maintained VTIMEZONE generator is
 * installed; the venue's zone is in the portal).
 */
export function renderIcs(meetings: readonly IcsMeeting[], options: IcsOptions): string {
  const now = options.now ?? new Date();
  const calendar = ical({
    prodId: { company: 'Berne Process', product: 'Coordination portal', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: options.calendarName,
    ttl: options.refreshSeconds ?? null,
  });
  for (const item of meetings) {
    const { meeting } = item;
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      stamp: now,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: oneLine(meeting.title),
      location: [meeting.venue, meeting.city]
        .map((part) => oneLine(part ?? ''))
        .filter(Boolean)
        .join(', '),
      description: description(item, options.publicUrl),
      url: meetingUrl(options.publicUrl, meeting.id),
      status: ICS_STATUS[meeting.status],
    });
  }
  // RFC 5545 ends every content line, the last one included, with CRLF; ical-generator omits the last.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** An ASCII file name for Content-Disposition: letters, digits and dashes from the title. */
export function icsFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'meeting'}.ics`;
}
