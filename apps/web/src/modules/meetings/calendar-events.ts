import type { MeetingKind, MeetingStatus } from '@berne/domain';
import { CANCELLED_COLOR, KIND_COLORS } from './display';

/** What the calendar needs of a meeting. */
export interface CalendarMeeting {
  id: string;
  kind: MeetingKind;
  title: string;
  city: string;
  startsAt: string;
  endsAt: string;
  status: MeetingStatus;
  statusReason: string | null;
}

/** A FullCalendar event (structurally `EventInput`), kept free of FullCalendar types for tests. */
export interface MeetingEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  url: string;
  backgroundColor: string;
  borderColor: string;
  textColor: string;
  classNames: string[];
  extendedProps: {
    kind: MeetingKind;
    status: MeetingStatus;
    statusReason: string | null;
    city: string;
  };
}

/** Meetings as calendar events: coloured by kind, cancelled ones greyed and marked by class. */
export function meetingEvents(meetings: readonly CalendarMeeting[]): MeetingEvent[] {
  return meetings.map((m) => {
    const cancelled = m.status === 'CANCELLED';
    const color = cancelled ? CANCELLED_COLOR : KIND_COLORS[m.kind];
    return {
      id: m.id,
      title: m.title,
      start: m.startsAt,
      end: m.endsAt,
      url: `/meetings/${m.id}`,
      backgroundColor: color,
      borderColor: color,
      textColor: '#ffffff',
      classNames: [
        'meeting-event',
        `meeting-event--${m.kind.toLowerCase().replace(/_/g, '-')}`,
        ...(cancelled ? ['meeting-event--cancelled'] : []),
        ...(m.status === 'POSTPONED' ? ['meeting-event--postponed'] : []),
      ],
      extendedProps: { kind: m.kind, status: m.status, statusReason: m.statusReason, city: m.city },
    };
  });
}

/** Statuses worth saying on the event itself (planned and confirmed are the normal case). */
export function statusWorthShowing(status: MeetingStatus): boolean {
  return status === 'CANCELLED' || status === 'POSTPONED' || status === 'HELD';
}
