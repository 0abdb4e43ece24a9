import type { Principal } from '../access/principal';
import type { UserEntity } from '../modules/users/user.entity';

export function principalFor(user: UserEntity, sessionId?: string): Principal {
  return {
    kind: user.role,
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    partnerCode: user.partnerCode,
    cleared: user.clearedForRestricted,
    sessionId,
    // Guest invitations to consultation rounds arrive with the consultations feature.
    guestRoundIds: [],
  };
}
