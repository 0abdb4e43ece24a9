import type { PartnerCode } from './partners';

export const MEETING_KINDS = [
  'BERNE_PROCESS',
  'NGO_CONSULTATION',
  'BILATERAL_ROUND',
  'EXPERT_SEMINAR',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['PLANNED', 'CONFIRMED', 'HELD', 'POSTPONED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const POLL_ANSWERS = ['YES', 'IF_NEED_BE', 'NO'] as const;
export type PollAnswer = (typeof POLL_ANSWERS)[number];

export const POLL_STATUSES = ['OPEN', 'CONFIRMED', 'CLOSED'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

export const DELEGATION_LEVELS = ['MINISTER', 'AMBASSADOR', 'DIRECTOR', 'SENIOR_OFFICIAL', 'EXPERT'] as const;
export type DelegationLevel = (typeof DELEGATION_LEVELS)[number];

export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Local working hours used to flag inconvenient slots: 08:00 (inclusive) to 19:00 (exclusive). */
export const WORKING_HOURS = { start: 8, end: 19 } as const;

/**
 * Where each partner's public holidays come from (date-holidays country and region). The EU's
 * institutions sit in Brussels; the secretariat in Berne.
 */
export const PARTNER_HOLIDAY_REGIONS: Record<PartnerCode, { country: string; state?: string }> = {
  SECRETARIAT: { country: 'CH', state: 'BE' },
  EU: { country: 'BE' },
  AU: { country: 'AU', state: 'ACT' },
  CA: { country: 'CA', state: 'ON' },
  DE: { country: 'DE', state: 'BE' },
  NL: { country: 'NL' },
  HU: { country: 'HU' },
  NO: { country: 'NO' },
  SE: { country: 'SE' },
  CH: { country: 'CH', state: 'BE' },
  GB: { country: 'GB', state: 'ENG' },
  US: { country: 'US', state: 'DC' },
};
