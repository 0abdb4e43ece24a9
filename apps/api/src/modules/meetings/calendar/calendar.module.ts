import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../../users/user.entity';
import { CalendarFeedTokenEntity } from '../calendar-token.entity';
import { MeetingsModule } from '../meetings.module';
import { CalendarFeedResolver } from './calendar.resolver';
import { CalendarFeedService } from './calendar-feed.service';
import { MeetingCalendarController } from './meeting-calendar.controller';
import { MeetingCalendarService } from './meeting-calendar.service';

/**
 * Meetings as ICS: a file per meeting and personal subscription feeds. Meetings are read only
 * through MeetingsService (the access policy); audit and config are global.
 */
@Module({
  imports: [MeetingsModule, TypeOrmModule.forFeature([CalendarFeedTokenEntity, UserEntity])],
  controllers: [MeetingCalendarController],
  providers: [MeetingCalendarService, CalendarFeedService, CalendarFeedResolver],
})
export class CalendarModule {}
