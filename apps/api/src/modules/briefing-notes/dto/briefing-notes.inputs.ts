import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  CLASSIFICATIONS,
  PARTNER_CODES,
  type Classification,
  type PartnerCode,
} from '@berne/domain';
import { FilterCodes, SearchText } from '../../../common/search-text';
import { ClassificationEnum, PartnerCodeEnum } from '../../../graphql/enums';
import { TITLE_MAX } from '../briefing-notes.errors';

const TITLE_MESSAGE = `A title has at most ${TITLE_MAX} characters.`;
/** A transport bound only: the service trims, then holds the title to TITLE_MAX. */
const RAW_TITLE_MAX = TITLE_MAX * 2;
const MAX_THEMES = 20;
const MAX_READERS = 100;

@InputType()
export class BriefingNotesFilter {
  @Field({ nullable: true, description: 'Text found in the title (case-insensitive substring).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @SearchText()
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @FilterCodes()
  themeCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be a UUID.' })
  meetingId?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;

  @Field(() => ClassificationEnum, { nullable: true })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

@InputType()
export class CreateBriefingNoteInput {
  @Field()
  @IsString()
  @MaxLength(RAW_TITLE_MAX, { message: TITLE_MESSAGE })
  title!: string;

  @Field(() => ClassificationEnum)
  @IsIn(CLASSIFICATIONS)
  classification!: Classification;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be a UUID.' })
  meetingId?: string;

  @Field(() => [String], { nullable: true, description: 'Codes from `themes`.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_THEMES)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  themeCodes?: string[];

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: "Defaults to the creator's partner; only the secretariat may choose another.",
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  ownerPartner?: PartnerCode;

  @Field(() => [ID], { nullable: true, description: 'Named readers of a RESTRICTED note.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_READERS)
  @IsUUID('all', { each: true, message: 'Named readers are given by user id.' })
  namedReaderIds?: string[];
}

@InputType()
export class RenameBriefingNoteInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id!: string;

  @Field()
  @IsString()
  @MaxLength(RAW_TITLE_MAX, { message: TITLE_MESSAGE })
  title!: string;
}

@InputType()
export class ReclassifyBriefingNoteInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id!: string;

  @Field(() => ClassificationEnum)
  @IsIn(CLASSIFICATIONS)
  classification!: Classification;

  @Field(() => [ID], {
    nullable: true,
    description: 'Named readers when RESTRICTED; omitted, a restricted note keeps its readers.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_READERS)
  @IsUUID('all', { each: true, message: 'Named readers are given by user id.' })
  namedReaderIds?: string[];
}
