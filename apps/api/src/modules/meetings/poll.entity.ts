import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { MeetingKind, PartnerCode, PollAnswer, PollStatus } from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';
import { UserEntity } from '../users/user.entity';
import { MeetingEntity } from './meeting.entity';

/** A coordinator's proposal of candidate slots for a meeting, answered by partner delegates. */
@Entity('scheduling_polls')
export class SchedulingPollEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('varchar', { length: 24 })
  kind!: MeetingKind;

  @Column('varchar', { length: 200, nullable: true })
  venue!: string | null;

  @Column('varchar', { length: 100 })
  city!: string;

  @Column('varchar', { length: 64 })
  timeZone!: string;

  @Column('varchar', { length: 16, nullable: true })
  hostPartner!: PartnerCode | null;

  @Column('varchar', { length: 16 })
  status!: PollStatus;

  /** The meeting created when a slot was confirmed. */
  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => MeetingEntity)
  meetingId!: string | null;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  createdById!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

@Entity('scheduling_poll_partners')
export class PollPartnerEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => SchedulingPollEntity, { onDelete: 'CASCADE' })
  pollId!: string;

  @PrimaryColumn('varchar', { length: 16 })
  partnerCode!: PartnerCode;
}

@Entity('scheduling_poll_slots')
@Index('IDX_poll_slots_poll', ['pollId', 'startsAt'])
export class PollSlotEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => SchedulingPollEntity, { onDelete: 'CASCADE' })
  pollId!: string;

  @DateTimeColumn()
  startsAt!: Date;

  @DateTimeColumn()
  endsAt!: Date;
}

/** One delegate's answer for one slot; the partner's answer is read from its delegates'. */
@Entity('scheduling_poll_votes')
export class PollVoteEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => PollSlotEntity, { onDelete: 'CASCADE' })
  slotId!: string;

  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  userId!: string;

  @Column('varchar', { length: 16 })
  partnerCode!: PartnerCode;

  @Column('varchar', { length: 16 })
  answer!: PollAnswer;

  @UpdatedAtColumn()
  answeredAt!: Date;
}
