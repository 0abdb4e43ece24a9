import { registerEnumType } from '@nestjs/graphql';
import { CLASSIFICATIONS, PARTNER_CODES, ROLES } from '@berne/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
export const PartnerCodeEnum = asEnum(PARTNER_CODES);
export const ClassificationEnum = asEnum(CLASSIFICATIONS);
export const AuditOutcomeEnum = asEnum(['SUCCESS', 'FAILURE', 'DENIED'] as const);

registerEnumType(RoleEnum, { name: 'Role', description: 'What an account may do in the portal.' });
registerEnumType(PartnerCodeEnum, { name: 'PartnerCode', description: 'A Berne Process member, or the secretariat.' });
registerEnumType(ClassificationEnum, { name: 'Classification', description: 'Who may see a record.' });
registerEnumType(AuditOutcomeEnum, { name: 'AuditOutcome' });
