import { registerEnumType } from '@nestjs/graphql';
import {
  ACTION_STATUSES,
  DELEGATION_LEVELS,
  MEETING_KINDS,
  MEETING_STATUSES,
  POLL_ANSWERS,
  POLL_STATUSES,
} from '@berne/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const MeetingKindEnum = asEnum(MEETING_KINDS);
export const MeetingStatusEnum = asEnum(MEETING_STATUSES);
export const PollAnswerEnum = asEnum(POLL_ANSWERS);
export const PollStatusEnum = asEnum(POLL_STATUSES);
export const DelegationLevelEnum = asEnum(DELEGATION_LEVELS);
export const ActionStatusEnum = asEnum(ACTION_STATUSES);

registerEnumType(MeetingKindEnum, {
  name: 'MeetingKind',
  description: 'Berne Process meeting, NGO consultation, bilateral dialogue round, expert seminar.',
});
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });
registerEnumType(PollAnswerEnum, { name: 'PollAnswer', description: 'Yes, if need be, or no.' });
registerEnumType(PollStatusEnum, { name: 'PollStatus' });
registerEnumType(DelegationLevelEnum, { name: 'DelegationLevel' });
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });
