import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn } from '../database/columns';

/**
 * A server-side session. The cookie holds a random token; only its SHA-256 is stored, so a copy
 * of the database does not hand out live sessions.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Index('UQ_sessions_token', { unique: true })
  @Column('varchar', { length: 64 })
  tokenHash!: string;

  @Index('IDX_sessions_user')
  @Column('varchar', { length: 36 })
  userId!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @DateTimeColumn()
  lastSeenAt!: Date;

  /** Absolute end of the session, whatever the activity. */
  @DateTimeColumn()
  expiresAt!: Date;

  @DateTimeColumn({ nullable: true })
  revokedAt!: Date | null;

  @Column('varchar', { length: 64, nullable: true })
  ip!: string | null;

  @Column('varchar', { length: 255, nullable: true })
  userAgent!: string | null;
}
