import { Injectable } from '@nestjs/common';
import type { Action } from '@berne/domain';
import { AuditService } from '../audit/audit.service';
import { AppError, CommonErrors } from '../common/app-error';
import { decide, type ResourceRef } from './access.policy';
import { readScope, type ReadScopeColumns } from './access.scope';
import type { Principal } from './principal';

/**
 * The policy as services use it (immich's `requireAccess`): decide, audit what must be audited,
 * and throw the error a caller should see.
 */
@Injectable()
export class AccessService {
  constructor(private readonly audit: AuditService) {}

  can(principal: Principal, action: Action, resource: ResourceRef): boolean {
    return decide(principal, action, resource).allowed;
  }

  /**
   * Throws unless allowed. A caller who may not read a record is told it is not found (its
   * existence is itself information); one who may read but not change it is told it is forbidden.
   * Denials, and every read of a RESTRICTED record, go to the audit log. `refusal`, when given, is
   * the error thrown instead (a feature's own sentence); the denial is audited all the same.
   */
  async require(
    principal: Principal,
    action: Action,
    resource: ResourceRef,
    ip?: string | null,
    refusal?: () => AppError,
  ): Promise<void> {
    const decision = decide(principal, action, resource);
    if (!decision.allowed) {
      await this.audit.record({
        action: 'access.denied',
        outcome: 'DENIED',
        actor: principal,
        resourceType: resource.type,
        resourceId: resource.id,
        ip,
        details: { attempted: action, reason: decision.reason },
      });
      throw refusal ? refusal() : this.denial(principal, action, resource);
    }
    if (resource.classification === 'RESTRICTED' && (action === 'read' || action === 'export')) {
      await this.audit.record({
        action: action === 'read' ? 'restricted.read' : 'restricted.export',
        actor: principal,
        resourceType: resource.type,
        resourceId: resource.id,
        ip,
        details: { reason: decision.reason },
      });
    }
  }

  /** WHERE clause limiting a list query to what the principal may read. */
  readScope(principal: Principal, alias: string, columns: ReadScopeColumns) {
    return readScope(principal, alias, columns);
  }

  private denial(principal: Principal, action: Action, resource: ResourceRef): AppError {
    if (principal.kind === 'ANONYMOUS') return CommonErrors.unauthenticated();
    if (action !== 'read' && action !== 'export' && decide(principal, 'read', resource).allowed) {
      return CommonErrors.forbidden();
    }
    if (resource.type === 'audit-log' || resource.type === 'user-directory')
      return CommonErrors.forbidden();
    return CommonErrors.notFound(resource.type.replace(/-/g, ' '));
  }
}
