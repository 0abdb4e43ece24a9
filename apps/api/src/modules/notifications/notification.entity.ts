import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn } from '../../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * Something a user should look at. It carries references only — never the text of what it points
 * to — so nothing confidential is copied out of the record's access control: what a notification
 * shows is decided again, through the policy, when it is read.
 */
@Entity('notifications')
@Index('IDX_notifications_user', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE' })
  userId!: string;

  /** e.g. 'comment.mention'. */
  @Column('varchar', { length: 40 })
  kind!: string;

  @Column('varchar', { length: 40 })
  resourceType!: string;

  @Column('varchar', { length: 36 })
  resourceId!: string;

  /** A sub-record, e.g. the comment thread within the note. */
  @Column('varchar', { length: 36, nullable: true })
  detailId!: string | null;

  @Column('varchar', { length: 36, nullable: true })
  actorId!: string | null;

  @DateTimeColumn({ nullable: true })
  readAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
