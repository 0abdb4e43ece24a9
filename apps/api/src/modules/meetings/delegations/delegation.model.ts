import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DelegationLevel, MeetingKind, MeetingStatus, PartnerCode } from '@berne/domain';
import { PartnerCodeEnum } from '../../../graphql/enums';
import { DelegationLevelEnum, MeetingKindEnum, MeetingStatusEnum } from '../meeting.enums';

@ObjectType('DelegationMember', {
  description: "One person on a partner's delegation to a meeting.",
})
export class DelegationMemberModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field()
  name!: string;

  @Field()
  ministry!: string;

  @Field()
  function!: string;

  @Field(() => DelegationLevelEnum)
  level!: DelegationLevel;

  @Field(() => ID, { nullable: true, description: 'The portal account of the member, if any.' })
  userId!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('Delegation', { description: "A partner's roster for one meeting." })
export class DelegationModel {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => [DelegationMemberModel], { description: 'Most senior level first, then by name.' })
  members!: DelegationMemberModel[];

  @Field({
    description:
      "The caller may edit it (the partner's coordinator or diplomats, the secretariat).",
  })
  canEdit!: boolean;
}

@ObjectType('ContinuityMeeting', { description: 'A meeting as the continuity view shows it.' })
export class ContinuityMeetingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field()
  city!: string;

  @Field()
  timeZone!: string;

  @Field()
  startsAt!: Date;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;
}

@ObjectType('ContinuityAttendance', {
  description: 'One meeting a person attended, in the role they had then.',
})
export class ContinuityAttendanceModel {
  @Field(() => ID, { description: 'The roster entry.' })
  memberId!: string;

  @Field(() => ContinuityMeetingModel)
  meeting!: ContinuityMeetingModel;

  @Field({ description: 'The name as written on that roster.' })
  name!: string;

  @Field()
  ministry!: string;

  @Field()
  function!: string;

  @Field(() => DelegationLevelEnum)
  level!: DelegationLevel;
}

@ObjectType('ContinuityPerson', {
  description: 'Everyone listed under one name (ignoring accents, case, punctuation and spacing).',
})
export class ContinuityPersonModel {
  @Field({ description: 'The name as written on the newest roster.' })
  name!: string;

  @Field(() => Int)
  meetingCount!: number;

  @Field()
  firstSeen!: Date;

  @Field()
  lastSeen!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'A portal account linked on any roster (newest first).',
  })
  userId!: string | null;

  @Field(() => [ContinuityAttendanceModel], { description: 'Newest first.' })
  attendances!: ContinuityAttendanceModel[];
}

@ObjectType('DelegationContinuity', {
  description:
    'Who represented a partner at which meetings, to brief newcomers (cancelled meetings left out).',
})
export class DelegationContinuityModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => [ContinuityPersonModel], { description: 'Most recently seen first.' })
  people!: ContinuityPersonModel[];

  @Field(() => [ContinuityMeetingModel], {
    description: 'Meetings the partner took part in without a roster, newest first.',
  })
  meetingsWithoutRoster!: ContinuityMeetingModel[];
}
