import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import type { Principal } from '../access/principal';
import { AuditService } from '../audit/audit.service';
import { CommonErrors } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MAILER, type Mailer } from '../mail/mailer';
import { UserEntity } from '../modules/users/user.entity';
import { AuthErrors } from './auth.errors';
import { LoginThrottleService } from './login-throttle.service';
import { assertAcceptablePassword, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';
import { PasswordTokenEntity, type PasswordTokenPurpose } from './password-token.entity';
import { SessionsService } from './sessions.service';
import { hashToken, newToken } from './tokens';

const RESET_TTL_MS = 60 * 60_000;
const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(PasswordTokenEntity) private readonly tokens: Repository<PasswordTokenEntity>,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, client: ClientInfo) {
    const email = emailInput.trim().toLowerCase();
    const ip = client.ip ?? 'unknown';
    await this.throttle.assertAllowed(email, ip);

    const user = await this.users.findOne({ where: { email } });
    const ok = user?.passwordHash
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, ip);
      await this.audit.record({
        action: 'auth.login_failed',
        outcome: 'FAILURE',
        actor: user ? { userId: user.id, email: user.email } : null,
        actorEmail: email,
        ip: client.ip,
      });
      throw AuthErrors.invalidCredentials();
    }
    if (user.disabled) {
      await this.audit.record({ action: 'auth.login_disabled', outcome: 'DENIED', actor: { userId: user.id, email }, ip: client.ip });
      throw AuthErrors.accountDisabled();
    }
    await this.throttle.recordSuccess(email);
    const { token, session } = await this.sessions.create(user.id, client.ip, client.userAgent);
    user.lastLoginAt = new Date();
    await this.users.update({ id: user.id }, { lastLoginAt: user.lastLoginAt });
    await this.audit.record({ action: 'auth.login', actor: { userId: user.id, email }, ip: client.ip });
    return { token, session, user };
  }

  async logout(principal: Principal, ip: string | null): Promise<void> {
    if (!principal.sessionId || !principal.userId) return;
    await this.sessions.revoke(principal.sessionId, principal.userId, 'logout');
    await this.audit.record({ action: 'auth.logout', actor: principal, ip });
  }

  /** Ends every session of the user, then opens a fresh one for the device that made the change. */
  async changePassword(principal: Principal, current: string, next: string, client: ClientInfo) {
    if (!principal.userId) throw CommonErrors.unauthenticated();
    const user = await this.users.findOneOrFail({ where: { id: principal.userId } });
    await this.throttle.assertAllowed(user.email, client.ip ?? 'unknown');
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
      await this.throttle.recordFailure(user.email, client.ip ?? 'unknown');
      await this.audit.record({ action: 'auth.password_change_failed', outcome: 'FAILURE', actor: principal, ip: client.ip });
      throw AuthErrors.invalidCredentials();
    }
    assertAcceptablePassword(next, user.email);
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(next) });
    await this.sessions.revokeAllForUser(user.id, 'password-changed');
    await this.audit.record({ action: 'auth.password_changed', actor: principal, ip: client.ip });
    return this.sessions.create(user.id, client.ip, client.userAgent);
  }

  /** Always succeeds from the caller's point of view, so it cannot be used to probe for accounts. */
  async requestPasswordReset(emailInput: string, ip: string | null): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.users.findOne({ where: { email } });
    await this.audit.record({
      action: 'auth.password_reset_requested',
      actorEmail: email,
      actor: user ? { userId: user.id, email } : null,
      ip,
    });
    if (!user || user.disabled) return;
    const token = await this.issueToken(user.id, 'RESET');
    await this.mailer.send({
      to: user.email,
      subject: 'Reset your Berne Process portal password',
      text:
        `Someone asked to reset the password of ${user.email}.\n\n` +
        `To choose a new password, open this link within one hour:\n${this.link(token)}\n\n` +
        'If it was not you, ignore this message: your password stays as it is.',
    });
  }

  async sendInvitation(user: UserEntity, invitedBy: Principal): Promise<void> {
    const token = await this.issueToken(user.id, 'INVITE');
    await this.mailer.send({
      to: user.email,
      subject: 'Your invitation to the Berne Process portal',
      text:
        `${invitedBy.displayName ?? 'A coordinator'} invited you to the Berne Process coordination portal.\n\n` +
        `Choose your password within seven days:\n${this.link(token)}\n`,
    });
  }

  /** Sets a password from a reset or invitation link. Single use; ends every other session. */
  async resetPassword(token: string, next: string, ip: string | null): Promise<void> {
    const row = await this.tokens.findOne({ where: { tokenHash: hashToken(token), usedAt: IsNull() } });
    if (!row || row.expiresAt.getTime() <= Date.now()) throw AuthErrors.invalidToken();
    const user = await this.users.findOne({ where: { id: row.userId } });
    if (!user || user.disabled) throw AuthErrors.invalidToken();
    assertAcceptablePassword(next, user.email);
    // Claim the token first: of two concurrent uses only one updates the row.
    const claimed = await this.tokens.update({ id: row.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!claimed.affected) throw AuthErrors.invalidToken();
    await this.users.update({ id: user.id }, { passwordHash: await hashPassword(next) });
    await this.sessions.revokeAllForUser(user.id, 'password-reset');
    await this.audit.record({
      action: row.purpose === 'INVITE' ? 'auth.invitation_accepted' : 'auth.password_reset',
      actor: { userId: user.id, email: user.email },
      ip,
    });
  }

  private async issueToken(userId: string, purpose: PasswordTokenPurpose): Promise<string> {
    const token = newToken();
    await this.tokens.insert({
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId,
      purpose,
      expiresAt: new Date(Date.now() + (purpose === 'RESET' ? RESET_TTL_MS : INVITE_TTL_MS)),
      usedAt: null,
    });
    return token;
  }

  private link(token: string): string {
    return `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  }
}
