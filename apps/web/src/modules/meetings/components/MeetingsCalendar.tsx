import { useMemo, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import luxonPlugin from '@fullcalendar/luxon3';
import frLocale from '@fullcalendar/core/locales/fr';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import type {
  DatesSetArg,
  DayCellMountArg,
  EventClickArg,
  EventContentArg,
  EventMountArg,
  LocaleInput,
} from '@fullcalendar/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MeetingsQuery } from '../graphql/meetings.operations';
import { meetingEvents, statusWorthShowing, type MeetingEvent } from '../calendar-events';
import { kindLabelKey, statusLabelKey } from '../display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';
import './meetings-calendar.css';

const LIST_VIEW = 'listQuarter';
const VIEWS = ['dayGridMonth', 'timeGridWeek', LIST_VIEW] as const;
export type CalendarView = (typeof VIEWS)[number];

export function isCalendarView(value: string | null): value is CalendarView {
  return (VIEWS as readonly (string | null)[]).includes(value);
}

interface MeetingsCalendarProps {
  /** The IANA zone the calendar shows times in. */
  timeZone: string;
  initialView: CalendarView;
  onViewChange?: (view: CalendarView) => void;
}

interface Range {
  from: string;
  to: string;
}

/**
 * The meetings the viewer may see, by month, week or as a list, in a chosen time zone (Luxon
 * converts named zones). Events are links: Tab reaches them, Enter opens the meeting page.
 */
export function MeetingsCalendar({ timeZone, initialView, onViewChange }: MeetingsCalendarProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const [range, setRange] = useState<Range | null>(null);

  const { data, previousData, error, loading } = useQuery(MeetingsQuery, {
    variables: { filter: { from: range?.from ?? '', to: range?.to ?? '' } },
    skip: !range,
    fetchPolicy: 'cache-and-network',
  });
  const meetings = (data ?? previousData)?.meetings;
  const events = useMemo(() => meetingEvents(meetings ?? []), [meetings]);

  const locale = useMemo<LocaleInput>(() => {
    const base = language === 'fr' ? frLocale : enGbLocale;
    return {
      ...base,
      buttonText: {
        ...base.buttonText,
        prev: t('meetings.calendar.prev'),
        next: t('meetings.calendar.next'),
        today: t('meetings.calendar.today'),
        month: t('meetings.calendar.month'),
        week: t('meetings.calendar.week'),
        list: t('meetings.calendar.listView'),
      },
      buttonHints: {
        prev: t('meetings.calendar.hints.prev'),
        next: t('meetings.calendar.hints.next'),
        today: t('meetings.calendar.hints.today'),
      },
      viewHint: t('meetings.calendar.hints.view'),
      moreLinkHint: t('meetings.calendar.hints.more'),
      noEventsText: t('meetings.calendar.noEvents'),
    };
  }, [language, t]);

  function onDatesSet(arg: DatesSetArg) {
    const next = { from: arg.start.toISOString(), to: arg.end.toISOString() };
    setRange((previous) =>
      previous && previous.from === next.from && previous.to === next.to ? previous : next,
    );
    if (isCalendarView(arg.view.type)) onViewChange?.(arg.view.type);
  }

  function onEventClick(info: EventClickArg) {
    // Events are real links (middle-click opens a tab); a plain click stays in the app.
    info.jsEvent.preventDefault();
    if (info.event.url) void navigate(info.event.url);
  }

  function props(arg: { event: { extendedProps: Record<string, unknown> } }) {
    return arg.event.extendedProps as MeetingEvent['extendedProps'];
  }

  function statusText(status: MeetingEvent['extendedProps']['status'], reason: string | null) {
    const label = t(statusLabelKey(status));
    return reason ? `${label} — ${reason}` : label;
  }

  function renderEvent(arg: EventContentArg) {
    const { kind, status, statusReason } = props(arg);
    const list = arg.view.type.startsWith('list');
    const content = (
      <span className="meeting-event__content" data-testid="calendar-event">
        {!list && arg.timeText && <span className="meeting-event__time">{arg.timeText} </span>}
        <span className="meeting-event__kind">{t(kindLabelKey(kind))}</span>
        <span aria-hidden> · </span>
        <span className="meeting-event__title">{arg.event.title}</span>
        {statusWorthShowing(status) && (
          <span className="meeting-event__status"> ({statusText(status, statusReason)})</span>
        )}
      </span>
    );
    // The list view renders its rows as table rows, not links: give keyboard users a real link
    // (the other views already render each event as one).
    return list && arg.event.url ? (
      <a href={arg.event.url} className="meeting-event__link">
        {content}
      </a>
    ) : (
      content
    );
  }

  // A month cell is named by its date alone while its content also lists the meetings; screen
  // readers then announce the date (the day number's own label) and the meetings as content.
  function onDayCellMount(arg: DayCellMountArg) {
    arg.el.removeAttribute('aria-labelledby');
  }

  function onEventMount(arg: EventMountArg) {
    const { kind, status, statusReason, city } = props(arg);
    arg.el.setAttribute(
      'title',
      [t(kindLabelKey(kind)), arg.event.title, city, statusText(status, statusReason)].join(' · '),
    );
  }

  return (
    <div className="meetings-calendar" aria-busy={loading} data-testid="meetings-calendar">
      {error && <ErrorAlert error={error} />}
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin, luxonPlugin]}
        initialView={initialView}
        timeZone={timeZone}
        locale={locale}
        headerToolbar={{
          start: 'prev,next today',
          center: 'title',
          end: VIEWS.join(','),
        }}
        views={{
          [LIST_VIEW]: {
            type: 'list',
            duration: { months: 3 },
            buttonText: t('meetings.calendar.listView'),
          },
        }}
        events={events}
        eventDisplay="block"
        eventInteractive
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        datesSet={onDatesSet}
        eventClick={onEventClick}
        eventContent={renderEvent}
        eventDidMount={onEventMount}
        dayCellDidMount={onDayCellMount}
        buttonIcons={false}
        height="auto"
        nowIndicator
        scrollTime="07:00:00"
        firstDay={1}
      />
    </div>
  );
}
