import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type {
  Classification,
  DelegationLevel,
  MeetingKind,
  MeetingStatus,
  PartnerCode,
} from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * A meeting: a Berne Process session, an NGO consultation, a bilateral dialogue round or an
 * expert seminar. Times are instants (UTC); `timeZone` is the venue's, for local display.
 */
@Entity('meetings')
@Index('IDX_meetings_starts', ['startsAt'])
export class MeetingEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 24 })
  kind!: MeetingKind;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('varchar', { length: 200, nullable: true })
  venue!: string | null;

  @Column('varchar', { length: 100 })
  city!: string;

  @Column('varchar', { length: 64 })
  timeZone!: string;

  @DateTimeColumn()
  startsAt!: Date;

  @DateTimeColumn()
  endsAt!: Date;

  @Column('varchar', { length: 16 })
  status!: MeetingStatus;

  /** Why it was postponed or cancelled. */
  @Column('varchar', { length: 500, nullable: true })
  statusReason!: string | null;

  /** The partner hosting (Berne: CH; Brussels: EU); for a bilateral round, the partner holding it. */
  @Column('varchar', { length: 16, nullable: true })
  hostPartner!: PartnerCode | null;

  @Column('varchar', { length: 16 })
  classification!: Classification;

  /** RFC 5545 SEQUENCE: incremented on every change that calendars must pick up. */
  @Column('integer', { default: 0 })
  sequence!: number;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => UserEntity)
  createdById!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

/** The partners taking part in a meeting. */
@Entity('meeting_participants')
@Index('IDX_meeting_participants_partner', ['partnerCode'])
export class MeetingParticipantEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => MeetingEntity, { onDelete: 'CASCADE' })
  meetingId!: string;

  @PrimaryColumn('varchar', { length: 16 })
  partnerCode!: PartnerCode;
}

/** One person on a partner's delegation to a meeting. */
@Entity('delegation_members')
@Index('IDX_delegation_members_meeting', ['meetingId', 'partnerCode'])
@Index('IDX_delegation_members_partner', ['partnerCode', 'name'])
export class DelegationMemberEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => MeetingEntity, { onDelete: 'CASCADE' })
  meetingId!: string;

  @Column('varchar', { length: 16 })
  partnerCode!: PartnerCode;

  @Column('varchar', { length: 120 })
  name!: string;

  @Column('varchar', { length: 160 })
  ministry!: string;

  @Column('varchar', { length: 160 })
  function!: string;

  @Column('varchar', { length: 24 })
  level!: DelegationLevel;

  /** Set when the member has a portal account. */
  @Column('varchar', { length: 36, nullable: true })
  userId!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
