import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuditEntryEntity, type AuditOutcome } from './audit-entry.entity';
import { likeEscape } from '../common/search-text';

export interface AuditEvent {
  action: string;
  outcome?: AuditOutcome;
  actor?: Pick<Principal, 'userId' | 'email'> | null;
  /** For failed logins, where there is no principal yet. */
  actorEmail?: string | null;
  resourceType?: string;
  resourceId?: string;
  ip?: string | null;
  /** Non-secret context. Keys that look like secrets are dropped before writing. */
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  action?: string;
  actorEmail?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
}

const GENESIS = '0'.repeat(64);
const SECRET_KEY = /pass|token|secret|cookie|hash|authorization/i;
/** PostgreSQL advisory lock key serialising appends across replicas (the chain is linear). */
const AUDIT_LOCK_KEY = 4_242_001;

function scrub(details: Record<string, unknown> | undefined): string | null {
  if (!details) return null;
  const clean = Object.fromEntries(Object.entries(details).filter(([k]) => !SECRET_KEY.test(k)));
  return Object.keys(clean).length ? JSON.stringify(clean) : null;
}

/** The fields covered by the hash, in a fixed order. */
export function auditEntryHash(
  prevHash: string,
  e: Omit<AuditEntryEntity, 'id' | 'hash' | 'prevHash'>,
): string {
  const canonical = JSON.stringify([
    e.at.toISOString(),
    e.actorId,
    e.actorEmail,
    e.action,
    e.resourceType,
    e.resourceId,
    e.outcome,
    e.ip,
    e.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * The append-only audit log. Appends are serialised (in process, and by an advisory lock on
 * PostgreSQL) so each entry carries the hash of the one before it.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Appends one entry. Resolves once it is stored. */
  record(event: AuditEvent): Promise<void> {
    const run = this.tail.then(() => this.append(event));
    this.tail = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      // Losing an audit line must be loud but must not turn a user's request into a 500.
      this.logger.error(`Audit append failed for ${event.action}: ${(error as Error).message}`);
    });
  }

  private async append(event: AuditEvent): Promise<void> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      if (this.config.database.type === 'postgres') {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
      }
      const last = await manager
        .getRepository(AuditEntryEntity)
        .createQueryBuilder('a')
        .select(['a.id', 'a.hash'])
        .orderBy('a.id', 'DESC')
        .limit(1)
        .getOne();
      const prevHash = last?.hash ?? GENESIS;
      const fields = {
        at: new Date(),
        actorId: event.actor?.userId ?? null,
        actorEmail: event.actor?.email ?? event.actorEmail ?? null,
        action: event.action,
        resourceType: event.resourceType ?? null,
        resourceId: event.resourceId ?? null,
        outcome: event.outcome ?? 'SUCCESS',
        ip: event.ip ?? null,
        details: scrub(event.details),
      };
      await manager.insert(AuditEntryEntity, {
        ...fields,
        prevHash,
        hash: auditEntryHash(prevHash, fields),
      });
    });
  }

  async list(filter: AuditFilter, offset: number, limit: number) {
    const qb = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    // Substring filters, case-insensitive on both dialects; % and _ typed by a user are literal.
    if (filter.action) {
      qb.andWhere("LOWER(a.action) LIKE :action ESCAPE '\\'", {
        action: `%${likeEscape(filter.action.toLowerCase())}%`,
      });
    }
    if (filter.actorEmail) {
      qb.andWhere("LOWER(a.actorEmail) LIKE :email ESCAPE '\\'", {
        email: `%${likeEscape(filter.actorEmail.toLowerCase())}%`,
      });
    }
    if (filter.outcome) qb.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere(new Brackets((w) => w.where('a.at <= :to', { to: filter.to })));
    const [entries, total] = await qb
      .orderBy('a.id', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { entries, total };
  }

  /** Walks the whole chain in id order and reports the first entry whose hash does not match. */
  async verify(): Promise<AuditVerification> {
    const repo = this.dataSource.getRepository(AuditEntryEntity);
    const batch = 1000;
    let prevHash = GENESIS;
    let checked = 0;
    let lastId = 0;
    for (;;) {
      const rows = await repo
        .createQueryBuilder('a')
        .where('a.id > :lastId', { lastId })
        .orderBy('a.id', 'ASC')
        .limit(batch)
        .getMany();
      for (const row of rows) {
        const expected = auditEntryHash(prevHash, row);
        if (row.prevHash !== prevHash || row.hash !== expected) {
          return { ok: false, checked, firstBrokenId: row.id };
        }
        prevHash = row.hash;
        checked++;
        lastId = row.id;
      }
      if (rows.length < batch) return { ok: true, checked, firstBrokenId: null };
    }
  }
}
