import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { ResourceRef } from '../access/access.policy';
import { AccessService } from '../access/access.service';
import type { Principal } from '../access/principal';
import { CommonErrors } from '../common/app-error';
import { ClientIp, CurrentPrincipal } from '../auth/request-context';
import { AuditEntryModel, AuditFilterInput, AuditPageModel, AuditVerificationModel } from './audit.model';
import { AuditService } from './audit.service';

const AUDIT_LOG: ResourceRef = { type: 'audit-log', classification: 'RESTRICTED' };

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  @Query(() => AuditPageModel, { description: 'The audit log, newest first. Secretariat only.' })
  async auditLog(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter?: AuditFilterInput,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit = 50,
  ): Promise<AuditPageModel> {
    await this.access.require(principal, 'administer', AUDIT_LOG, ip);
    if (offset < 0 || limit < 1 || limit > 200) {
      throw CommonErrors.badInput('offset must be 0 or more and limit between 1 and 200.');
    }
    const page = await this.audit.list(filter ?? {}, offset, limit);
    return { total: page.total, entries: page.entries.map((e) => ({ ...e, id: String(e.id) })) };
  }

  @Query(() => AuditVerificationModel, { description: 'Re-computes the hash chain. Secretariat only.' })
  async verifyAuditLog(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
  ): Promise<AuditVerificationModel> {
    await this.access.require(principal, 'administer', AUDIT_LOG, ip);
    const result = await this.audit.verify();
    return { ...result, firstBrokenId: result.firstBrokenId === null ? null : String(result.firstBrokenId) };
  }
}
