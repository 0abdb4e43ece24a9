import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Principal } from '../../../access/principal';
import { APP_CONFIG, type AppConfig } from '../../../config/config';
import { MeetingsService, type MeetingView } from '../meetings.service';
import { icsFileName, renderIcs } from './ics.renderer';

export interface IcsFile {
  body: string;
  fileName: string;
}

/** The feed's window: a year back (for minutes and follow-up) and two years ahead. */
const FEED_PAST_YEARS = 1;
const FEED_FUTURE_YEARS = 2;
/** MeetingsService.list answers ranges of at most 400 days; the feed asks year by year. */
const WINDOW_DAYS = 365;
/** Calendar clients that honour REFRESH-INTERVAL poll hourly. */
const FEED_REFRESH_SECONDS = 3600;

/**
 * Meetings as ICS. Every meeting comes through MeetingsService, so through the access policy:
 * one meeting by `requireMeeting` (unreadable = not found), a feed by the SQL read scope.
 */
@Injectable()
export class MeetingCalendarService {
  constructor(
    private readonly meetings: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async meetingFile(principal: Principal, id: string, ip: string | null): Promise<IcsFile> {
    const view = await this.meetings.get(principal, id, ip);
    return {
      body: renderIcs([view], {
        calendarName: 'Berne Process portal',
        publicUrl: this.config.publicUrl,
      }),
      fileName: icsFileName(view.meeting.title),
    };
  }

  /** The subscription feed of the principal a feed token stands for. */
  async feed(principal: Principal, now = new Date()): Promise<string> {
    const start = DateTime.fromJSDate(now, { zone: 'utc' });
    const end = start.plus({ years: FEED_FUTURE_YEARS });
    const seen = new Map<string, MeetingView>();
    for (
      let from = start.minus({ years: FEED_PAST_YEARS });
      from < end;
      from = from.plus({ days: WINDOW_DAYS })
    ) {
      const to = DateTime.min(from.plus({ days: WINDOW_DAYS }), end);
      for (const view of await this.meetings.list(principal, {
        from: from.toJSDate(),
        to: to.toJSDate(),
      })) {
        // Subscriptions are read by third-party calendar services: restricted meetings stay in
        // the portal (and in single downloads, which are audited), never in a feed.
        if (view.meeting.classification === 'RESTRICTED') continue;
        // A meeting across a window boundary is listed twice.
        seen.set(view.meeting.id, view);
      }
    }
    const ordered = [...seen.values()].sort(
      (a, b) =>
        a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime() ||
        a.meeting.id.localeCompare(b.meeting.id),
    );
    return renderIcs(ordered, {
      calendarName: 'Berne Process meetings',
      publicUrl: this.config.publicUrl,
      now,
      refreshSeconds: FEED_REFRESH_SECONDS,
    });
  }
}
