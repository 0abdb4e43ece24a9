import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  Classification,
  MeetingKind,
  MeetingStatus,
  PartnerCode,
  PollAnswer,
  PollStatus,
} from '@berne/domain';
import { ClassificationEnum, PartnerCodeEnum } from '../../graphql/enums';
import {
  MeetingKindEnum,
  MeetingStatusEnum,
  PollAnswerEnum,
  PollStatusEnum,
} from './meeting.enums';

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field()
  city!: string;

  @Field({ description: 'IANA time zone of the venue.' })
  timeZone!: string;

  @Field({ description: 'An instant; show it in the viewer’s time zone.' })
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was postponed or cancelled.' })
  statusReason!: string | null;

  @Field(() => PartnerCodeEnum, { nullable: true })
  hostPartner!: PartnerCode | null;

  @Field(() => ClassificationEnum)
  classification!: Classification;

  @Field(() => [PartnerCodeEnum], { description: 'The partners taking part.' })
  partnerCodes!: PartnerCode[];

  @Field({ description: 'The caller may change its status (host coordinator or secretariat).' })
  canManage!: boolean;

  @Field({ description: 'Path of this meeting’s ICS file (signed-in download).' })
  icsPath!: string;
}

@ObjectType('LocalSlotTime', { description: 'A slot as it falls in one partner’s capital.' })
export class LocalSlotModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field()
  timeZone!: string;

  @Field({ description: 'ISO 8601 with the local offset.' })
  localStart!: string;

  @Field()
  localEnd!: string;

  @Field({ description: 'Starts before 08:00 or ends after 19:00 local time, or spans midnight.' })
  outsideWorkingHours!: boolean;

  @Field()
  weekend!: boolean;

  @Field(() => String, { nullable: true, description: 'The public holiday that day, if any.' })
  holiday!: string | null;
}

@ObjectType('PollVote')
export class PollVoteModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => PollAnswerEnum)
  answer!: PollAnswer;
}

@ObjectType('PartnerPollAnswer')
export class PartnerPollAnswerModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => PollAnswerEnum, {
    nullable: true,
    description: 'The best of its delegates’ answers.',
  })
  answer!: PollAnswer | null;
}

@ObjectType('PollSlot')
export class PollSlotModel {
  @Field(() => ID)
  id!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => [LocalSlotModel])
  local!: LocalSlotModel[];

  @Field(() => [PollVoteModel])
  votes!: PollVoteModel[];

  @Field(() => [PartnerPollAnswerModel])
  partnerAnswers!: PartnerPollAnswerModel[];

  @Field(() => Int, { description: 'Yes 2, if need be 1, each no −10, summed over partners.' })
  score!: number;

  @Field(() => Int, {
    description: 'Capitals where the slot is awkward (hours, weekend, holiday).',
  })
  problems!: number;

  @Field(() => Int, { description: '1 = best.' })
  rank!: number;
}

@ObjectType('SchedulingPoll')
export class SchedulingPollModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field(() => String, { nullable: true })
  venue!: string | null;

  @Field()
  city!: string;

  @Field()
  timeZone!: string;

  @Field(() => PartnerCodeEnum, { nullable: true })
  hostPartner!: PartnerCode | null;

  @Field(() => PollStatusEnum)
  status!: PollStatus;

  @Field(() => ID, { nullable: true, description: 'The meeting created on confirmation.' })
  meetingId!: string | null;

  @Field(() => [PartnerCodeEnum])
  partnerCodes!: PartnerCode[];

  @Field(() => [PollSlotModel], { description: 'In time order; see rank.' })
  slots!: PollSlotModel[];

  @Field()
  canManage!: boolean;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: 'The partner the caller answers for.',
  })
  myPartner!: PartnerCode | null;

  @Field()
  createdAt!: Date;
}
