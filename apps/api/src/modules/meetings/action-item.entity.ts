import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { ActionStatus, Classification, PartnerCode } from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';
import { UserEntity } from '../users/user.entity';
import { MeetingEntity } from './meeting.entity';

/** Work carried between meetings: who (partner, person) does what by when. */
@Entity('action_items')
@Index('IDX_action_items_due', ['status', 'dueDate'])
@Index('IDX_action_items_meeting', ['meetingId'])
@Index('IDX_action_items_assignee', ['assigneeId'])
export class ActionItemEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => MeetingEntity, { onDelete: 'SET NULL' })
  meetingId!: string | null;

  /** The agenda item it came from (agendas arrive with their own feature). */
  @Column('varchar', { length: 36, nullable: true })
  agendaItemId!: string | null;

  @Column('varchar', { length: 16 })
  ownerPartner!: PartnerCode;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => UserEntity)
  assigneeId!: string | null;

  /** A calendar date, YYYY-MM-DD: due by the end of that day. */
  @Column('varchar', { length: 10 })
  dueDate!: string;

  @Column('varchar', { length: 16 })
  status!: ActionStatus;

  @Column('varchar', { length: 16 })
  classification!: Classification;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  createdById!: string;

  @DateTimeColumn({ nullable: true })
  completedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
