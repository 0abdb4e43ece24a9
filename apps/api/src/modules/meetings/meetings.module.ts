import { Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { getRepositoryToken } from '@nestjs/typeorm';
import { Inject } from '@nestjs/common';
import { LIVE_EVENTS } from '@berne/domain';
import { can } from '../../access/access.policy';
import { LiveGateway } from '../../realtime/live.gateway';
import { NotificationTargets } from '../notifications/notification-targets';
import { UserEntity } from '../users/user.entity';
import { ActionItemEntity } from './action-item.entity';
import { CalendarFeedTokenEntity } from './calendar-token.entity';
import { MeetingEvents } from './meeting.events';
import { DelegationMemberEntity, MeetingEntity, MeetingParticipantEntity } from './meeting.entity';
import { MeetingsResolver } from './meetings.resolver';
import { MEETING, meetingResource } from './meetings.policy';
import { MeetingsService } from './meetings.service';
import {
  PollPartnerEntity,
  PollSlotEntity,
  PollVoteEntity,
  SchedulingPollEntity,
} from './poll.entity';
import { PollsService } from './polls.service';

export const MEETING_ENTITIES = [
  MeetingEntity,
  MeetingParticipantEntity,
  DelegationMemberEntity,
  SchedulingPollEntity,
  PollPartnerEntity,
  PollSlotEntity,
  PollVoteEntity,
  ActionItemEntity,
  CalendarFeedTokenEntity,
];

/** Meetings, scheduling polls, delegations, action items and calendars. */
@Module({
  imports: [TypeOrmModule.forFeature([...MEETING_ENTITIES, UserEntity])],
  providers: [MeetingsService, PollsService, MeetingsResolver, MeetingEvents],
  exports: [MeetingsService, MeetingEvents],
})
export class MeetingsModule implements OnModuleInit, OnModuleDestroy {
  private stopRelaying?: () => void;

  constructor(
    private readonly events: MeetingEvents,
    private readonly live: LiveGateway,
    private readonly targets: NotificationTargets,
    @Inject(getRepositoryToken(MeetingEntity)) private readonly meetings: Repository<MeetingEntity>,
  ) {}

  onModuleInit(): void {
    // Open screens refetch what changed, each through the policy; the push carries ids (and who
    // did it) only, to those who may read the record.
    this.stopRelaying = this.events.onChanged(({ type, id, classification, ownerPartner, by }) =>
      this.live.toReaders({ classification, ownerPartner }, LIVE_EVENTS.meetingsChanged, {
        type,
        id,
        ...(by ? { by } : {}),
      }),
    );
    this.targets.register(MEETING, async (principal, ids) => {
      const rows = await this.meetings.find({ where: { id: In([...ids]) } });
      return new Map(
        rows
          .filter((m) => can(principal, 'read', meetingResource(m)))
          .map((m) => [m.id, { title: m.title, path: `/meetings/${m.id}` }]),
      );
    });
  }

  onModuleDestroy(): void {
    this.stopRelaying?.();
  }
}
