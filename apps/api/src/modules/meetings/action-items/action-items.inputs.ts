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
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ACTION_STATUSES,
  CLASSIFICATIONS,
  PARTNER_CODES,
  type ActionStatus,
  type Classification,
  type PartnerCode,
} from '@berne/domain';
import { ClassificationEnum, PartnerCodeEnum } from '../../../graphql/enums';
import { ActionStatusEnum } from '../meeting.enums';
import { ACTION_DESCRIPTION_MAX, ACTION_TITLE_MAX } from './action-items.errors';

/** Transport bounds only: the service trims, then holds text to its real limits with a sentence. */
const RAW_TITLE_MAX = ACTION_TITLE_MAX * 2;
const RAW_DESCRIPTION_MAX = ACTION_DESCRIPTION_MAX * 2;
const RAW_DATE_MAX = 40;
export const ACTION_LIST_LIMIT = 500;

@InputType()
export class CreateActionItemInput {
  @Field(() => ID, { description: 'The meeting it came out of.' })
  @IsUUID('all', { message: 'meetingId must be a UUID.' })
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it came from, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'agendaItemId must be a UUID.' })
  agendaItemId?: string | null;

  @Field()
  @IsString()
  @MaxLength(RAW_TITLE_MAX, { message: `A title has at most ${ACTION_TITLE_MAX} characters.` })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DESCRIPTION_MAX, {
    message: `A description has at most ${ACTION_DESCRIPTION_MAX} characters.`,
  })
  description?: string | null;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: "Defaults to the caller's partner; only the secretariat chooses another.",
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  ownerPartner?: PartnerCode | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An active staff account who can read the item.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a UUID.' })
  assigneeId?: string | null;

  @Field({ description: 'A calendar date, YYYY-MM-DD: due by the end of that day.' })
  @IsString()
  @MaxLength(RAW_DATE_MAX, { message: 'Write the due date as YYYY-MM-DD.' })
  dueDate!: string;

  @Field(() => ClassificationEnum, { defaultValue: 'PARTNERS' })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

@InputType({ description: 'Fields left out (or null, except assigneeId) stay as they are.' })
export class UpdateActionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'This id is not valid.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_TITLE_MAX, { message: `A title has at most ${ACTION_TITLE_MAX} characters.` })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DESCRIPTION_MAX, {
    message: `A description has at most ${ACTION_DESCRIPTION_MAX} characters.`,
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DATE_MAX, { message: 'Write the due date as YYYY-MM-DD.' })
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the assignee; left out keeps it.' })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a UUID.' })
  assigneeId?: string | null;

  @Field(() => ActionStatusEnum, { nullable: true, description: 'DONE records completedAt.' })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus | null;
}

@InputType()
export class ActionItemsFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be a UUID.' })
  meetingId?: string | null;

  @Field(() => PartnerCodeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  ownerPartner?: PartnerCode | null;

  @Field({ nullable: true, defaultValue: false, description: 'Only items assigned to the caller.' })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean;

  @Field(() => [ActionStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTION_STATUSES.length)
  @IsIn(ACTION_STATUSES, { each: true })
  statuses?: ActionStatus[] | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Only overdue items (see ActionItem.overdue).',
  })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ACTION_LIST_LIMIT)
  limit?: number;
}
