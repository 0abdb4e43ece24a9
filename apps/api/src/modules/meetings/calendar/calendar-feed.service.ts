import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { IsNull, type DataSource, type Repository } from 'typeorm';
import { isStaff, type Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { principalFor } from '../../../auth/principal.factory';
import { hashToken, newToken } from '../../../auth/tokens';
import { CommonErrors } from '../../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../../config/config';
import { UserEntity } from '../../users/user.entity';
import { CalendarFeedTokenEntity } from '../calendar-token.entity';
import { CalendarErrors } from './calendar.errors';

export const CALENDAR_FEED = 'calendar-feed';

/** 32 random bytes in base64url, as `newToken` makes them. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is informative; writing it on every poll of every client would be noise. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CalendarFeedStatus {
  createdAt: Date;
  lastUsedAt: Date | null;
}

/**
 * Personal calendar subscriptions: a secret token per user, kept only as its SHA-256. The token
 * stands in for a session on one route, so it grants exactly what its user may read, no longer
 * than the account is enabled and the token unrevoked.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectRepository(CalendarFeedTokenEntity)
    private readonly tokens: Repository<CalendarFeedTokenEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The caller's active feed, if any. */
  async current(principal: Principal): Promise<CalendarFeedStatus | null> {
    const userId = requireStaff(principal);
    const token = await this.tokens.findOne({
      where: { userId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return token ? { createdAt: token.createdAt, lastUsedAt: token.lastUsedAt } : null;
  }

  /** A fresh feed URL; the user's previous feeds stop working. The token is returned only here. */
  async create(principal: Principal, ip: string | null): Promise<{ url: string; createdAt: Date }> {
    const userId = requireStaff(principal);
    const token = newToken();
    const id = randomUUID();
    const revoked = await this.dataSource.transaction(async (manager) => {
      if (this.config.database.type === 'postgres') {
        // Two concurrent creations must not both leave a live token: serialise on the user row.
        await manager
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .setLock('pessimistic_write')
          .where('u.id = :userId', { userId })
          .getOne();
      }
      const result = await manager.update(
        CalendarFeedTokenEntity,
        { userId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await manager.insert(CalendarFeedTokenEntity, {
        id,
        userId,
        tokenHash: hashToken(token),
        lastUsedAt: null,
        revokedAt: null,
      });
      return result.affected ?? 0;
    });
    const { createdAt } = await this.tokens.findOneByOrFail({ id });
    await this.audit.record({
      action: 'calendar-feed.created',
      actor: principal,
      resourceType: CALENDAR_FEED,
      resourceId: id,
      ip,
      details: { replacedFeeds: revoked },
    });
    return { url: `${this.config.publicUrl}/api/calendar/${token}.ics`, createdAt };
  }

  /** Stops the caller's feed. False when there was none. */
  async revoke(principal: Principal, ip: string | null): Promise<boolean> {
    const userId = requireStaff(principal);
    const active = await this.tokens.find({
      where: { userId, revokedAt: IsNull() },
      select: { id: true },
    });
    if (active.length === 0) return false;
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    for (const { id } of active) {
      await this.audit.record({
        action: 'calendar-feed.revoked',
        actor: principal,
        resourceType: CALENDAR_FEED,
        resourceId: id,
        ip,
      });
    }
    return true;
  }

  /**
   * The principal a feed token stands for. Unknown, malformed and revoked tokens, disabled
   * accounts and accounts no longer on staff all get the same NOT_FOUND.
   */
  async principalForToken(token: string): Promise<Principal> {
    if (!TOKEN_SHAPE.test(token)) throw CalendarErrors.feedNotFound();
    const hash = hashToken(token);
    // Looked up by its hash (an attacker controls no prefix of it), then compared in constant time.
    const row = await this.tokens.findOne({ where: { tokenHash: hash } });
    if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, 'hex'), Buffer.from(hash, 'hex'))) {
      throw CalendarErrors.feedNotFound();
    }
    if (row.revokedAt) throw CalendarErrors.feedNotFound();
    const user = await this.users.findOne({ where: { id: row.userId } });
    if (!user || user.disabled) throw CalendarErrors.feedNotFound();
    const principal = principalFor(user);
    if (!isStaff(principal)) throw CalendarErrors.feedNotFound();
    await this.touch(row);
    return principal;
  }

  private async touch(row: CalendarFeedTokenEntity): Promise<void> {
    const now = new Date();
    if (row.lastUsedAt && now.getTime() - row.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS)
      return;
    await this.tokens.update({ id: row.id }, { lastUsedAt: now });
  }
}

/** Feeds are for staff: guests are told so; anonymous callers are asked to sign in. */
function requireStaff(principal: Principal): string {
  if (principal.kind === 'ANONYMOUS' || !principal.userId) throw CommonErrors.unauthenticated();
  if (!isStaff(principal)) throw CalendarErrors.staffOnly();
  return principal.userId;
}
