import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PartnerCode, Role } from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  /** Stored lower-cased; unique. */
  @Index('UQ_users_email', { unique: true })
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('varchar', { length: 120 })
  displayName!: string;

  /** argon2id hash; null until an invited user sets a password. */
  @Column('varchar', { length: 255, nullable: true })
  passwordHash!: string | null;

  @Column('varchar', { length: 16 })
  role!: Role;

  /** Null for NGO guests, who belong to a consultation round rather than a partner. */
  @Index('IDX_users_partner')
  @Column('varchar', { length: 16, nullable: true })
  partnerCode!: PartnerCode | null;

  /** Cleared to read RESTRICTED records (e.g. the individual-case list). */
  @Column('boolean', { default: false })
  clearedForRestricted!: boolean;

  @Column('boolean', { default: false })
  disabled!: boolean;

  @Column('varchar', { length: 8, default: 'en' })
  locale!: string;

  @DateTimeColumn({ nullable: true })
  lastLoginAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}
