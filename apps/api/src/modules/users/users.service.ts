import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { ResourceRef } from '../../access/access.policy';
import { AccessService } from '../../access/access.service';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { AuthService } from '../../auth/auth.service';
import { SessionsService } from '../../auth/sessions.service';
import type { InviteUserInput, SetUserDisabledInput, UsersFilter } from './dto/users.inputs';
import { UserEntity } from './user.entity';
import { UserErrors } from './users.errors';
import { likeEscape } from '../../common/search-text';

/** A user, as a resource of the policy: administered by its partner's coordinator or the secretariat. */
export const userResource = (user: Pick<UserEntity, 'id' | 'partnerCode'>): ResourceRef => ({
  type: 'user',
  id: user.id,
  classification: 'PARTNERS',
  ownerPartner: user.partnerCode,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  async me(principal: Principal): Promise<UserEntity> {
    const user = principal.userId
      ? await this.users.findOne({ where: { id: principal.userId } })
      : null;
    if (!user) throw UserErrors.notFound();
    return user;
  }

  /** The accounts a principal administers: all for the secretariat, its own partner's for a coordinator. */
  async list(principal: Principal, filter: UsersFilter = {}): Promise<UserEntity[]> {
    await this.access.require(principal, 'administer', {
      type: 'user-directory',
      classification: 'PARTNERS',
      ownerPartner: principal.partnerCode,
    });
    const qb = this.users.createQueryBuilder('u');
    if (principal.kind !== 'SECRETARIAT') {
      qb.andWhere('u.partnerCode = :own', { own: principal.partnerCode });
    }
    if (filter.partnerCode)
      qb.andWhere('u.partnerCode = :partner', { partner: filter.partnerCode });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.search) {
      qb.andWhere(
        "(LOWER(u.displayName) LIKE :q ESCAPE '\\' OR LOWER(u.email) LIKE :q ESCAPE '\\')",
        {
          q: `%${likeEscape(filter.search.toLowerCase())}%`,
        },
      );
    }
    return qb.orderBy('u.partnerCode', 'ASC').addOrderBy('u.displayName', 'ASC').getMany();
  }

  async invite(
    principal: Principal,
    input: InviteUserInput,
    ip: string | null,
  ): Promise<UserEntity> {
    if (input.role === 'GUEST') throw UserErrors.guestsViaRounds();
    const partnerCode =
      input.partnerCode ?? (principal.kind === 'COORDINATOR' ? principal.partnerCode : undefined);
    if (!partnerCode) throw UserErrors.partnerRequired();
    if (
      principal.kind !== 'SECRETARIAT' &&
      (input.role === 'SECRETARIAT' || partnerCode === 'SECRETARIAT')
    ) {
      throw UserErrors.onlySecretariatRole();
    }
    if (input.clearedForRestricted && !(principal.kind === 'SECRETARIAT' || principal.cleared)) {
      throw UserErrors.clearanceNeedsClearance();
    }
    const candidate = { id: randomUUID(), partnerCode };
    await this.access.require(principal, 'administer', userResource(candidate), ip);

    const email = input.email.trim().toLowerCase();
    if (await this.users.exists({ where: { email } })) throw UserErrors.emailTaken();
    const user = this.users.create({
      id: candidate.id,
      email,
      displayName: input.displayName.trim(),
      passwordHash: null,
      role: input.role,
      partnerCode,
      clearedForRestricted: input.clearedForRestricted,
      disabled: false,
      locale: 'en',
      lastLoginAt: null,
    });
    await this.users.insert(user);
    await this.auth.sendInvitation(user, principal);
    await this.audit.record({
      action: 'user.invited',
      actor: principal,
      resourceType: 'user',
      resourceId: user.id,
      ip,
      details: { role: user.role, partner: user.partnerCode, cleared: user.clearedForRestricted },
    });
    return this.users.findOneOrFail({ where: { id: user.id } });
  }

  /** Disabling ends every session of the account at once, open sockets included. */
  async setDisabled(
    principal: Principal,
    input: SetUserDisabledInput,
    ip: string | null,
  ): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id: input.userId } });
    if (!user) throw UserErrors.notFound();
    await this.access.require(principal, 'administer', userResource(user), ip);
    if (user.id === principal.userId) throw UserErrors.cannotDisableSelf();
    await this.users.update({ id: user.id }, { disabled: input.disabled });
    if (input.disabled) await this.sessions.revokeAllForUser(user.id, 'account-disabled');
    await this.audit.record({
      action: input.disabled ? 'user.disabled' : 'user.enabled',
      actor: principal,
      resourceType: 'user',
      resourceId: user.id,
      ip,
    });
    return this.users.findOneOrFail({ where: { id: user.id } });
  }
}
