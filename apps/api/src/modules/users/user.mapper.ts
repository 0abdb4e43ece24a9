import type { PartnersService } from '../partners/partners.service';
import type { UserEntity } from './user.entity';
import type { UserModel } from './user.model';

/** Entity -> GraphQL model. passwordHash and other internal columns never leave through here. */
export function toUserModel(user: UserEntity, partners: PartnersService): UserModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    partner: partners.get(user.partnerCode),
    clearedForRestricted: user.clearedForRestricted,
    disabled: user.disabled,
    locale: user.locale,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
  };
}
