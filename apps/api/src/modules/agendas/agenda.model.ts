import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AgendaItemState,
  AgendaLinkKind,
  ConsentPosition,
  InfluenceRegion,
  PartnerCode,
  VulnerableGroup,
} from '@berne/domain';
import { PartnerCodeEnum } from '../../graphql/enums';
import {
  AgendaItemStateEnum,
  AgendaLinkKindEnum,
  ConsentPositionEnum,
  InfluenceRegionEnum,
  VulnerableGroupEnum,
} from './agenda.enums';

@ObjectType('AgendaPerson')
export class AgendaPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => PartnerCodeEnum, { nullable: true })
  partnerCode!: PartnerCode | null;
}

@ObjectType('AgendaConsent', { description: 'A participating partner’s position on an item.' })
export class AgendaConsentModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => ConsentPositionEnum)
  position!: ConsentPosition;

  @Field(() => String, { nullable: true, description: 'The reservation’s or objection’s text.' })
  text!: string | null;

  @Field(() => AgendaPersonModel, { nullable: true })
  by!: AgendaPersonModel | null;

  @Field(() => Date, { nullable: true })
  at!: Date | null;
}

@ObjectType('AgendaItemEvent')
export class AgendaItemEventModel {
  @Field({
    description:
      'proposed, consent, state, edited, silence-opened, silence-agreed, silence-broken.',
  })
  event!: string;

  @Field(() => AgendaItemStateEnum, { nullable: true })
  fromState!: AgendaItemState | null;

  @Field(() => AgendaItemStateEnum, { nullable: true })
  toState!: AgendaItemState | null;

  @Field(() => PartnerCodeEnum, { nullable: true })
  partnerCode!: PartnerCode | null;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field(() => AgendaPersonModel, { nullable: true, description: 'Null when the system did it.' })
  by!: AgendaPersonModel | null;

  @Field()
  at!: Date;
}

@ObjectType('AgendaLink')
export class AgendaLinkModel {
  @Field(() => AgendaLinkKindEnum)
  kind!: AgendaLinkKind;

  @Field(() => ID)
  targetId!: string;

  @Field()
  title!: string;

  @Field()
  path!: string;
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => PartnerCodeEnum)
  proposingPartner!: PartnerCode;

  @Field(() => AgendaPersonModel, { nullable: true })
  proposedBy!: AgendaPersonModel | null;

  @Field(() => Int)
  minutes!: number;

  @Field(() => Int)
  position!: number;

  @Field(() => AgendaItemStateEnum)
  state!: AgendaItemState;

  @Field()
  guestVisible!: boolean;

  @Field(() => [String])
  themeCodes!: string[];

  @Field(() => [VulnerableGroupEnum])
  vulnerableGroups!: VulnerableGroup[];

  @Field(() => InfluenceRegionEnum, { nullable: true })
  influenceRegion!: InfluenceRegion | null;

  @Field(() => Date, { nullable: true, description: 'An open silence procedure’s deadline.' })
  silenceDeadline!: Date | null;

  @Field(() => [AgendaLinkModel], { description: 'Links the caller may follow.' })
  links!: AgendaLinkModel[];

  @Field(() => [AgendaConsentModel], { description: 'One per participating partner.' })
  consents!: AgendaConsentModel[];

  @Field(() => [AgendaItemEventModel])
  history!: AgendaItemEventModel[];

  @Field()
  canEdit!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('Agenda')
export class AgendaModel {
  @Field(() => ID)
  meetingId!: string;

  @Field({ description: 'OPEN or LOCKED.' })
  status!: string;

  @Field(() => Int, {
    description: 'Number of the current (or last) locked version; 0 if never locked.',
  })
  version!: number;

  @Field(() => Date, { nullable: true })
  lockedAt!: Date | null;

  @Field(() => [PartnerCodeEnum])
  partnerCodes!: PartnerCode[];

  @Field(() => [AgendaItemModel], { description: 'In agenda order.' })
  items!: AgendaItemModel[];

  @Field(() => Int, {
    description: 'Minutes allocated to items that are not withdrawn or deferred.',
  })
  allocatedMinutes!: number;

  @Field(() => Int, { description: 'The meeting’s length in minutes.' })
  meetingMinutes!: number;

  @Field()
  isChair!: boolean;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: 'The partner the caller speaks for.',
  })
  speaksFor!: PartnerCode | null;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: 'The participating partner the caller belongs to.',
  })
  memberOf!: PartnerCode | null;
}

@ObjectType('AgendaVersion', { description: 'A locked agenda.' })
export class AgendaVersionModel {
  @Field(() => Int)
  number!: number;

  @Field()
  lockedAt!: Date;

  @Field({ description: 'JSON: the items in order with each partner’s position.' })
  snapshot!: string;

  @Field(() => Date, { nullable: true })
  reopenedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reopenReason!: string | null;
}
