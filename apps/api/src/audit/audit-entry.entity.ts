import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeColumn } from '../database/columns';

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'DENIED';

/**
 * One line of the append-only audit log. `hash` = SHA-256 over the previous entry's hash and this
 * entry's fields, so any edit or deletion breaks the chain (see AuditService.verify). There is no
 * update or delete path in the code; on PostgreSQL a trigger refuses both.
 */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index('IDX_audit_at')
  @DateTimeColumn()
  at!: Date;

  @Column('varchar', { length: 36, nullable: true })
  actorId!: string | null;

  @Index('IDX_audit_actor_email')
  @Column('varchar', { length: 254, nullable: true })
  actorEmail!: string | null;

  @Index('IDX_audit_action')
  @Column('varchar', { length: 64 })
  action!: string;

  @Column('varchar', { length: 40, nullable: true })
  resourceType!: string | null;

  @Column('varchar', { length: 64, nullable: true })
  resourceId!: string | null;

  @Column('varchar', { length: 8 })
  outcome!: AuditOutcome;

  @Column('varchar', { length: 64, nullable: true })
  ip!: string | null;

  /** JSON object of non-secret context. Never passwords, tokens or individual-case content. */
  @Column('text', { nullable: true })
  details!: string | null;

  @Column('varchar', { length: 64 })
  prevHash!: string;

  @Column('varchar', { length: 64 })
  hash!: string;
}
