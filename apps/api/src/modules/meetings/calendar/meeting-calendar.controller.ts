import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Principal } from '../../../access/principal';
import { Public } from '../../../auth/public.decorator';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { CalendarErrors } from './calendar.errors';
import { CalendarFeedService } from './calendar-feed.service';
import { ICS_CONTENT_TYPE } from './ics.renderer';
import { MeetingCalendarService } from './meeting-calendar.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FEED_FILE = /^(.+)\.ics$/;

/**
 * Calendar downloads.
 * - `GET /api/meetings/:id/ics`: one meeting, for a signed-in caller (the global AuthGuard answers
 *   401); 400 for a malformed id; 404 for a meeting that is missing or unreadable, alike.
 * - `GET /api/calendar/:token.ics`: a personal subscription feed. Public, because calendar
 *   clients carry no session: the token in the path is the credential.
 */
@Controller('api')
export class MeetingCalendarController {
  constructor(
    private readonly calendars: MeetingCalendarService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get('meetings/:id/ics')
  async meeting(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    // Also on errors: no cache keeps a meeting's details, or its absence.
    res.setHeader('Cache-Control', 'no-store');
    if (!UUID.test(id)) throw CalendarErrors.badMeetingId();
    const file = await this.calendars.meetingFile(principal, id.toLowerCase(), ip);
    return ics(file.body, `attachment; filename="${file.fileName}"`);
  }

  @Public()
  @Get('calendar/:file')
  async feed(
    @Param('file') file: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    const token = FEED_FILE.exec(file)?.[1];
    if (!token) throw CalendarErrors.feedNotFound();
    const principal = await this.feeds.principalForToken(token);
    return ics(
      await this.calendars.feed(principal),
      'attachment; filename="berne-process-meetings.ics"',
    );
  }
}

function ics(body: string, disposition: string): StreamableFile {
  const bytes = Buffer.from(body, 'utf8');
  return new StreamableFile(bytes, { type: ICS_CONTENT_TYPE, disposition, length: bytes.length });
}
