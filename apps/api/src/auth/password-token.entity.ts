import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn } from '../database/columns';

export type PasswordTokenPurpose = 'RESET' | 'INVITE';

/** A single-use link token to set a password (reset or invitation). Only its hash is stored. */
@Entity('password_tokens')
export class PasswordTokenEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Index('UQ_password_tokens_token', { unique: true })
  @Column('varchar', { length: 64 })
  tokenHash!: string;

  @Index('IDX_password_tokens_user')
  @Column('varchar', { length: 36 })
  userId!: string;

  @Column('varchar', { length: 8 })
  purpose!: PasswordTokenPurpose;

  @DateTimeColumn()
  expiresAt!: Date;

  @DateTimeColumn({ nullable: true })
  usedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
