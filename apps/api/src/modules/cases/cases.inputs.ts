import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  CASE_ANSWER_KINDS,
  CASE_RAISING_CHANNELS,
  CASE_STATUSES,
  PARTNER_CODES,
  VULNERABLE_GROUPS,
  type CaseAnswerKind,
  type CaseRaisingChannel,
  type CaseStatus,
  type PartnerCode,
  type VulnerableGroup,
} from '@berne/domain';
import { FilterCodes, SearchText } from '../../common/search-text';
import { PartnerCodeEnum } from '../../graphql/enums';
import { VulnerableGroupEnum } from '../agendas/agenda.enums';
import { CaseAnswerKindEnum, CaseRaisingChannelEnum, CaseStatusEnum } from './case.enums';

/** Transport bounds only: the service trims, then holds text to its real limits with a sentence. */
const ID_MESSAGE = { message: 'This id is not valid.' };
const RAW_TEXT_MAX = 20_000;
const RAW_SHORT_MAX = 2_000;
const RAW_DATE_MAX = 40;
export const CASE_LIST_MAX = 200;
export const CASE_READERS_MAX = 50;

@InputType()
export class CasesFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the reference, names, region, charges or summary.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @SearchText()
  search?: string | null;

  @Field(() => [CaseStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(CASE_STATUSES, { each: true })
  statuses?: CaseStatus[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @FilterCodes()
  themeCodes?: string[] | null;

  @Field(() => PartnerCodeEnum, { nullable: true, description: 'Cases this partner has raised.' })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  raisedBy?: PartnerCode | null;

  @Field(() => VulnerableGroupEnum, { nullable: true })
  @IsOptional()
  @IsIn(VULNERABLE_GROUPS)
  vulnerableGroup?: VulnerableGroup | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only cases with a raising still awaiting an answer.',
  })
  @IsOptional()
  @IsBoolean()
  awaitingAnswer?: boolean | null;
}

@InputType()
export class CaseFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'e.g. BP-2026-014; generated when left out.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  reference?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  nativeName?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  birthYear?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  region?: string;

  @Field(() => CaseStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty to clear.' })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DATE_MAX)
  detainedOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  charges?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  sentence?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  location?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_TEXT_MAX)
  summary?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  sourceName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_SHORT_MAX)
  sourceReference?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  themeCodes?: string[];

  @Field(() => [VulnerableGroupEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(VULNERABLE_GROUPS, { each: true })
  vulnerableGroups?: VulnerableGroup[];
}

@InputType()
export class CreateCaseInput extends CaseFieldsInput {}

@InputType()
export class UpdateCaseInput extends CaseFieldsInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  id!: string;
}

@InputType()
export class RecordCaseRaisingInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  caseId!: string;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: 'The raising partner: the caller’s own; the secretariat must name it.',
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  partnerCode?: PartnerCode | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  meetingId?: string | null;

  @Field(() => CaseRaisingChannelEnum)
  @IsIn(CASE_RAISING_CHANNELS)
  channel!: CaseRaisingChannel;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsString()
  @MaxLength(RAW_DATE_MAX)
  raisedOn!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_TEXT_MAX)
  request?: string;
}

@InputType()
export class RecordCaseAnswerInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  raisingId!: string;

  @Field(() => CaseAnswerKindEnum)
  @IsIn(CASE_ANSWER_KINDS)
  answerKind!: CaseAnswerKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_TEXT_MAX)
  answer?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required unless AWAITED.' })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DATE_MAX)
  answeredOn?: string | null;
}

@InputType()
export class SetCaseReadersInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  caseId!: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(CASE_READERS_MAX + 1)
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  userIds!: string[];
}

@InputType()
export class CaseListEntryInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  caseId!: string;

  @Field({
    nullable: true,
    description: 'What is asked for this person (release, access, information…).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_TEXT_MAX)
  request?: string;
}

@InputType()
export class SetMeetingCaseListInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  meetingId!: string;

  @Field(() => [CaseListEntryInput], { description: 'In the order they should appear.' })
  @IsArray()
  @ArrayMaxSize(CASE_LIST_MAX + 1)
  @ValidateNested({ each: true })
  @Type(() => CaseListEntryInput)
  entries!: CaseListEntryInput[];
}
