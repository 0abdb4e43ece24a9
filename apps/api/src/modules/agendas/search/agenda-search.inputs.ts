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
} from 'class-validator';
import {
  AGENDA_ITEM_STATES,
  INFLUENCE_REGIONS,
  VULNERABLE_GROUPS,
  type AgendaItemState,
  type InfluenceRegion,
  type VulnerableGroup,
} from '@berne/domain';
import { FilterCodes, SearchText } from '../../../common/search-text';
import { AgendaItemStateEnum, InfluenceRegionEnum, VulnerableGroupEnum } from '../agenda.enums';

export const SEARCH_TEXT_MAX = 200;
export const SEARCH_LIMIT_MAX = 100;

@InputType({ description: 'Every field narrows the search; leave a field out to ignore it.' })
export class AgendaItemSearchFilter {
  @Field({
    nullable: true,
    description:
      'Text found in the title or description (case-insensitive substring; % and _ match themselves).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_TEXT_MAX)
  @SearchText()
  text?: string;

  @Field(() => [String], { nullable: true, description: 'Items with any of these themes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  @FilterCodes()
  themeCodes?: string[];

  @Field(() => [VulnerableGroupEnum], {
    nullable: true,
    description: 'Items tagged with any of these groups.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(VULNERABLE_GROUPS, { each: true })
  vulnerableGroups?: VulnerableGroup[];

  @Field(() => InfluenceRegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(INFLUENCE_REGIONS)
  influenceRegion?: InfluenceRegion;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be a UUID.' })
  meetingId?: string;

  @Field(() => [AgendaItemStateEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(AGENDA_ITEM_STATES, { each: true })
  states?: AgendaItemState[];

  @Field({ nullable: true, description: 'Meetings starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Meetings starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
