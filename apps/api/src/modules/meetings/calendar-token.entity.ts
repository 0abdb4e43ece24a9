import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn } from '../../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * A personal calendar subscription: the feed URL carries a secret token, stored here only as a
 * SHA-256 hash. Revoking it (or disabling the account) stops the feed at once.
 */
@Entity('calendar_feed_tokens')
@Index('IDX_calendar_feed_tokens_hash', ['tokenHash'], { unique: true })
export class CalendarFeedTokenEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE' })
  userId!: string;

  @Column('varchar', { length: 64 })
  tokenHash!: string;

  @DateTimeColumn({ nullable: true })
  lastUsedAt!: Date | null;

  @DateTimeColumn({ nullable: true })
  revokedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
