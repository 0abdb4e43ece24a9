import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  CLASSIFICATIONS,
  MEETING_KINDS,
  MEETING_STATUSES,
  PARTNER_CODES,
  POLL_ANSWERS,
  type Classification,
  type MeetingKind,
  type MeetingStatus,
  type PartnerCode,
  type PollAnswer,
} from '@berne/domain';
import { ClassificationEnum, PartnerCodeEnum } from '../../graphql/enums';
import { MeetingKindEnum, MeetingStatusEnum, PollAnswerEnum } from './meeting.enums';

@InputType()
export class MeetingPlaceInput {
  @Field(() => MeetingKindEnum)
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @Field()
  @IsString()
  @MaxLength(400)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @Field()
  @IsString()
  @MaxLength(100)
  city!: string;

  @Field({ description: 'IANA time zone of the venue, e.g. Europe/Zurich.' })
  @IsString()
  @MaxLength(64)
  timeZone!: string;

  @Field(() => PartnerCodeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  hostPartner?: PartnerCode | null;

  @Field(() => [PartnerCodeEnum], { description: 'The partners taking part.' })
  @IsArray()
  @ArrayMaxSize(12)
  @IsIn(PARTNER_CODES, { each: true })
  partnerCodes!: PartnerCode[];
}

@InputType()
export class CreateMeetingInput extends MeetingPlaceInput {
  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;

  @Field(() => ClassificationEnum, { defaultValue: 'PARTNERS' })
  @IsIn(CLASSIFICATIONS)
  classification!: Classification;
}

@InputType()
export class SetMeetingStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This id is not valid.' })
  id!: string;

  @Field(() => MeetingStatusEnum)
  @IsIn(MEETING_STATUSES)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Required for POSTPONED and CANCELLED.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class MeetingsFilter {
  @Field({ description: 'Meetings ending after this instant.' })
  @IsDate()
  from!: Date;

  @Field({ description: 'Meetings starting before this instant (at most 400 days after from).' })
  @IsDate()
  to!: Date;

  @Field(() => [MeetingKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(MEETING_KINDS, { each: true })
  kinds?: MeetingKind[];

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: 'Only meetings this partner takes part in.',
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  partnerCode?: PartnerCode;
}

@InputType()
export class SlotInput {
  @Field()
  @IsDate()
  startsAt!: Date;

  @Field()
  @IsDate()
  endsAt!: Date;
}

@InputType()
export class CreatePollInput extends MeetingPlaceInput {
  @Field(() => [SlotInput])
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => SlotInput)
  slots!: SlotInput[];
}

@InputType()
export class PollAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This id is not valid.' })
  slotId!: string;

  @Field(() => PollAnswerEnum)
  @IsIn(POLL_ANSWERS)
  answer!: PollAnswer;
}
