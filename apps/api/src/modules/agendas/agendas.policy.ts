import type { PartnerCode } from '@berne/domain';
import type { Principal } from '../../access/principal';
import type { MeetingEntity } from '../meetings/meeting.entity';

export const AGENDA = 'agenda';
export const AGENDA_ITEM = 'agenda-item';

/** The chair of a meeting's agenda: the secretariat, or the host partner's coordinator. */
export const isChair = (p: Principal, meeting: Pick<MeetingEntity, 'hostPartner'>) =>
  p.kind === 'SECRETARIAT' ||
  (p.kind === 'COORDINATOR' && !!p.partnerCode && p.partnerCode === meeting.hostPartner);

/** The partner a member of a delegation belongs to (coordinators and diplomats). */
export const partnerOf = (p: Principal): PartnerCode | null =>
  (p.kind === 'COORDINATOR' || p.kind === 'DIPLOMAT') &&
  p.partnerCode &&
  p.partnerCode !== 'SECRETARIAT'
    ? p.partnerCode
    : null;
