import type { PartnerCode } from '@berne/domain';
import type { Principal } from '../../../access/principal';
import { delegateOf } from '../meetings.policy';

/** A delegation member as an audited resource; reading it is reading its meeting. */
export const DELEGATION_MEMBER = 'delegation-member';
/** The live event type announcing a changed roster (its id is the meeting's). */
export const DELEGATION = 'delegation';

/** A partner's coordinator and diplomats keep its rosters; the secretariat keeps everyone's. */
export const mayEditDelegation = (p: Principal, partnerCode: PartnerCode): boolean =>
  p.kind === 'SECRETARIAT' || delegateOf(p) === partnerCode;
