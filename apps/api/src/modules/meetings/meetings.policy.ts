import type { PartnerCode } from '@berne/domain';
import type { ResourceRef } from '../../access/access.policy';
import type { Principal } from '../../access/principal';
import type { MeetingEntity } from './meeting.entity';

export const MEETING = 'meeting';
export const SCHEDULING_POLL = 'scheduling-poll';
export const ACTION_ITEM = 'action-item';

/** A meeting as a resource of the access policy; its host partner manages it. */
export const meetingResource = (
  meeting: Pick<MeetingEntity, 'id' | 'classification' | 'hostPartner'>,
): ResourceRef => ({
  type: MEETING,
  id: meeting.id,
  classification: meeting.classification,
  ownerPartner: meeting.hostPartner,
});

/** Scheduling is a coordinator's job: the secretariat and partners' coordinators. */
export const isScheduler = (p: Principal) => p.kind === 'SECRETARIAT' || p.kind === 'COORDINATOR';

/** Who speaks for a partner's delegation: its coordinator and diplomats. */
export const delegateOf = (p: Principal): PartnerCode | null =>
  (p.kind === 'COORDINATOR' || p.kind === 'DIPLOMAT') &&
  p.partnerCode &&
  p.partnerCode !== 'SECRETARIAT'
    ? p.partnerCode
    : null;
