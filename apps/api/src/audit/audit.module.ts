import { Global, Module } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Audit and access are used by every feature, so both are global. */
@Global()
@Module({
  providers: [AuditService, AccessService, AuditResolver],
  exports: [AuditService, AccessService],
})
export class AuditModule {}
