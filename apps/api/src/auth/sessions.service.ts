import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { UserEntity } from '../modules/users/user.entity';
import { SessionEntity } from './session.entity';
import { SessionEvents, type SessionsEnded } from './session-events';
import { hashToken, newToken } from './tokens';

/** Don't write lastSeenAt on every request: once a minute is precise enough for idle timeouts. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ActiveSession {
  session: SessionEntity;
  user: UserEntity;
}

@Injectable()
export class SessionsService implements OnModuleInit, OnModuleDestroy {
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: SessionEvents,
  ) {}

  onModuleInit(): void {
    this.purgeTimer = setInterval(() => void this.purgeEnded().catch(() => undefined), 3_600_000);
    this.purgeTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
  }

  /** A fresh session with a new random id and token (never reuses one: no fixation). */
  async create(userId: string, ip: string | null, userAgent: string | null) {
    const token = newToken();
    const now = new Date();
    const session = this.sessions.create({
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.session.absoluteMs),
      revokedAt: null,
      ip,
      userAgent: userAgent?.slice(0, 255) ?? null,
    });
    await this.sessions.insert(session);
    return { token, session };
  }

  /** The live session behind a cookie token, or null if unknown, revoked, idle, expired or disabled. */
  async resolve(token: string | undefined): Promise<ActiveSession | null> {
    if (!token || token.length > 100) return null;
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token) } });
    if (!session || session.revokedAt) return null;
    const now = Date.now();
    const idle = now - session.lastSeenAt.getTime() > this.config.session.idleMs;
    if (idle || now >= session.expiresAt.getTime()) {
      await this.end([session.id], session.userId, 'expired');
      return null;
    }
    const user = await this.users.findOne({ where: { id: session.userId } });
    if (!user || user.disabled) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await this.sessions.update({ id: session.id }, { lastSeenAt: session.lastSeenAt });
    }
    return { session, user };
  }

  /** Is this session still usable? Used by open sockets, which outlive the request that opened them. */
  async isLive(sessionId: string): Promise<boolean> {
    const session = await this.sessions.findOne({ where: { id: sessionId } });
    if (!session || session.revokedAt) return false;
    const now = Date.now();
    return now < session.expiresAt.getTime() && now - session.lastSeenAt.getTime() <= this.config.session.idleMs;
  }

  async revoke(sessionId: string, userId: string, reason: SessionsEnded['reason']): Promise<void> {
    await this.end([sessionId], userId, reason);
  }

  /** Ends every session of a user (password change, account disabled), open sockets included. */
  async revokeAllForUser(userId: string, reason: SessionsEnded['reason']): Promise<void> {
    const open = await this.sessions.find({ where: { userId, revokedAt: IsNull() }, select: { id: true } });
    await this.end(
      open.map((s) => s.id),
      userId,
      reason,
    );
  }

  private async end(sessionIds: string[], userId: string, reason: SessionsEnded['reason']) {
    if (sessionIds.length > 0) {
      await this.sessions.update({ id: In(sessionIds), revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    this.events.emitEnded({ userId, sessionIds, reason });
  }

  /** Housekeeping: drop sessions that ended more than a day ago. */
  async purgeEnded(): Promise<void> {
    const cutoff = new Date(Date.now() - 86_400_000);
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where('"expiresAt" < :cutoff OR ("revokedAt" IS NOT NULL AND "revokedAt" < :cutoff)', { cutoff })
      .execute();
  }
}
