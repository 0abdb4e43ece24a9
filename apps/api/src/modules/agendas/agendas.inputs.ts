import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
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
  AGENDA_LINK_KINDS,
  CONSENT_POSITIONS,
  INFLUENCE_REGIONS,
  PARTNER_CODES,
  VULNERABLE_GROUPS,
  type AgendaLinkKind,
  type ConsentPosition,
  type InfluenceRegion,
  type PartnerCode,
  type VulnerableGroup,
} from '@berne/domain';
import { PartnerCodeEnum } from '../../graphql/enums';
import {
  AgendaLinkKindEnum,
  ConsentPositionEnum,
  InfluenceRegionEnum,
  VulnerableGroupEnum,
} from './agenda.enums';

const ID_MESSAGE = { message: 'This id is not valid.' };

@InputType()
export class AgendaLinkInput {
  @Field(() => AgendaLinkKindEnum)
  @IsIn(AGENDA_LINK_KINDS)
  kind!: AgendaLinkKind;

  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  targetId!: string;
}

@InputType()
export class AgendaItemFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(16000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  themeCodes?: string[];

  @Field(() => [VulnerableGroupEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(VULNERABLE_GROUPS, { each: true })
  vulnerableGroups?: VulnerableGroup[];

  @Field(() => InfluenceRegionEnum, {
    nullable: true,
    description: 'Set for items on China’s influence on human rights abroad.',
  })
  @IsOptional()
  @IsIn(INFLUENCE_REGIONS)
  influenceRegion?: InfluenceRegion | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  minutes?: number;

  @Field({ nullable: true, description: 'Shown in the guest version of the agenda.' })
  @IsOptional()
  @IsBoolean()
  guestVisible?: boolean;

  @Field(() => [AgendaLinkInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AgendaLinkInput)
  links?: AgendaLinkInput[];
}

@InputType()
export class ProposeAgendaItemInput extends AgendaItemFieldsInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  meetingId!: string;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: "The proposing partner: the caller's own (the chair may name another).",
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  proposingPartner?: PartnerCode;
}

@InputType()
export class EditAgendaItemInput extends AgendaItemFieldsInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  id!: string;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  itemId!: string;

  @Field(() => PartnerCodeEnum, { description: 'The partner spoken for: the caller’s own.' })
  @IsIn(PARTNER_CODES)
  partnerCode!: PartnerCode;

  @Field(() => ConsentPositionEnum)
  @IsIn(CONSENT_POSITIONS)
  position!: ConsentPosition;

  @Field(() => String, {
    nullable: true,
    description: 'Required for a reservation or an objection.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  text?: string | null;
}

@InputType()
export class OpenSilenceInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  itemId!: string;

  @Field()
  @IsDate()
  deadline!: Date;
}
