import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  DELEGATION_LEVELS,
  PARTNER_CODES,
  type DelegationLevel,
  type PartnerCode,
} from '@berne/domain';
import { PartnerCodeEnum } from '../../../graphql/enums';
import { DelegationLevelEnum } from '../meeting.enums';
import { MEMBER_FUNCTION_MAX, MEMBER_MINISTRY_MAX, MEMBER_NAME_MAX } from './delegations.errors';

/** Transport bounds only: the service trims, then holds text to its real limits with a sentence. */
const RAW = (max: number) => max * 2;

@InputType()
export class AddDelegationMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a UUID.' })
  meetingId!: string;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: "Defaults to the caller's partner; the secretariat says which.",
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  partnerCode?: PartnerCode | null;

  @Field()
  @IsString()
  @MaxLength(RAW(MEMBER_NAME_MAX), { message: `A name has at most ${MEMBER_NAME_MAX} characters.` })
  name!: string;

  @Field({ description: 'Ministry or institution, e.g. Federal Department of Foreign Affairs.' })
  @IsString()
  @MaxLength(RAW(MEMBER_MINISTRY_MAX), {
    message: `A ministry has at most ${MEMBER_MINISTRY_MAX} characters.`,
  })
  ministry!: string;

  @Field({ description: 'Function in the delegation, e.g. Head of delegation.' })
  @IsString()
  @MaxLength(RAW(MEMBER_FUNCTION_MAX), {
    message: `A function has at most ${MEMBER_FUNCTION_MAX} characters.`,
  })
  function!: string;

  @Field(() => DelegationLevelEnum)
  @IsIn(DELEGATION_LEVELS)
  level!: DelegationLevel;

  @Field(() => ID, {
    nullable: true,
    description: "The member's portal account, if any (same partner).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a UUID.' })
  userId?: string | null;
}

@InputType({ description: 'Fields left out (or null, except userId) stay as they are.' })
export class UpdateDelegationMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This id is not valid.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW(MEMBER_NAME_MAX), { message: `A name has at most ${MEMBER_NAME_MAX} characters.` })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW(MEMBER_MINISTRY_MAX), {
    message: `A ministry has at most ${MEMBER_MINISTRY_MAX} characters.`,
  })
  ministry?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW(MEMBER_FUNCTION_MAX), {
    message: `A function has at most ${MEMBER_FUNCTION_MAX} characters.`,
  })
  function?: string | null;

  @Field(() => DelegationLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(DELEGATION_LEVELS)
  level?: DelegationLevel | null;

  @Field(() => ID, { nullable: true, description: 'null unlinks the account; left out keeps it.' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a UUID.' })
  userId?: string | null;
}
