import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  CaseAnswerKind,
  CaseRaisingChannel,
  CaseStatus,
  PartnerCode,
  VulnerableGroup,
} from '@berne/domain';
import { PartnerCodeEnum } from '../../graphql/enums';
import { VulnerableGroupEnum } from '../agendas/agenda.enums';
import { CaseAnswerKindEnum, CaseRaisingChannelEnum, CaseStatusEnum } from './case.enums';

@ObjectType('CasePerson', { description: 'Someone who recorded or reads a case. No email.' })
export class CasePersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => PartnerCodeEnum, { nullable: true })
  partnerCode!: PartnerCode | null;
}

@ObjectType('CaseMeeting', { description: 'The round at which a case was raised.' })
export class CaseMeetingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  startsAt!: Date;
}

@ObjectType('CaseRaising', {
  description: 'One time a partner raised a case with the other side, and what came back.',
})
export class CaseRaisingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => CaseMeetingModel, {
    nullable: true,
    description: 'Shown only to readers of the meeting.',
  })
  meeting!: CaseMeetingModel | null;

  @Field(() => CaseRaisingChannelEnum)
  channel!: CaseRaisingChannel;

  @Field({ description: 'YYYY-MM-DD.' })
  raisedOn!: string;

  @Field()
  request!: string;

  @Field(() => CaseAnswerKindEnum)
  answerKind!: CaseAnswerKind;

  @Field()
  answer!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  answeredOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from raising to answer.' })
  daysToAnswer!: number | null;

  @Field(() => CasePersonModel, { nullable: true })
  recordedBy!: CasePersonModel | null;

  @Field()
  recordedAt!: Date;

  @Field(() => CasePersonModel, { nullable: true })
  answerRecordedBy!: CasePersonModel | null;

  @Field(() => Date, { nullable: true })
  answerRecordedAt!: Date | null;

  @Field({
    description:
      'Whether the caller may record the answer (the raising partner’s staff or the secretariat).',
  })
  canRecordAnswer!: boolean;
}

@ObjectType('IndividualCase', {
  description:
    'A person of concern (seed rec. 7). RESTRICTED: cleared staff and named readers only; every view is audited.',
})
export class CaseModel {
  @Field(() => ID)
  id!: string;

  @Field()
  reference!: string;

  @Field()
  name!: string;

  @Field()
  nativeName!: string;

  @Field(() => Int, { nullable: true })
  birthYear!: number | null;

  @Field()
  region!: string;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  detainedOn!: string | null;

  @Field()
  charges!: string;

  @Field()
  sentence!: string;

  @Field()
  location!: string;

  @Field()
  summary!: string;

  @Field()
  sourceName!: string;

  @Field()
  sourceReference!: string;

  @Field(() => PartnerCodeEnum, { description: 'The partner whose delegation added the case.' })
  ownerPartner!: PartnerCode;

  @Field(() => [String])
  themeCodes!: string[];

  @Field(() => [VulnerableGroupEnum])
  vulnerableGroups!: VulnerableGroup[];

  @Field(() => [CaseRaisingModel], { description: 'Newest first.' })
  raisings!: CaseRaisingModel[];

  @Field(() => CaseRaisingModel, { nullable: true })
  lastRaising!: CaseRaisingModel | null;

  @Field(() => [PartnerCodeEnum], { description: 'Partners that have raised the case.' })
  raisedBy!: PartnerCode[];

  @Field(() => Int, { description: 'Raisings still awaiting an answer.' })
  awaitingAnswers!: number;

  @Field(() => [CasePersonModel], {
    description: 'Named readers besides cleared staff; shown to those who manage the case.',
  })
  namedReaders!: CasePersonModel[];

  @Field()
  canEdit!: boolean;

  @Field({ description: 'May name readers (the owner partner’s coordinator or the secretariat).' })
  canManage!: boolean;

  @Field(() => CasePersonModel, { nullable: true })
  createdBy!: CasePersonModel | null;

  @Field(() => CasePersonModel, { nullable: true })
  updatedBy!: CasePersonModel | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('CaseListEntry')
export class CaseListEntryModel {
  @Field(() => Int)
  position!: number;

  @Field()
  request!: string;

  @Field(() => CaseModel)
  case!: CaseModel;
}

@ObjectType('MeetingCaseList', {
  description: 'The list of cases a partner sends to the other side before its round.',
})
export class MeetingCaseListModel {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  meetingTitle!: string;

  @Field()
  meetingStartsAt!: Date;

  @Field(() => PartnerCodeEnum, { nullable: true })
  hostPartner!: PartnerCode | null;

  @Field(() => [CaseListEntryModel])
  entries!: CaseListEntryModel[];

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => CasePersonModel, { nullable: true })
  sentBy!: CasePersonModel | null;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;

  @Field({ description: 'Whether the caller may change the list and mark it sent.' })
  canEdit!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Days left before the round (negative once it started).',
  })
  daysBeforeRound!: number | null;
}
