import { Field, ID, ObjectType } from '@nestjs/graphql';
import type {
  ActionStatus,
  Classification,
  MeetingKind,
  MeetingStatus,
  PartnerCode,
} from '@berne/domain';
import { ClassificationEnum, PartnerCodeEnum } from '../../../graphql/enums';
import { ActionStatusEnum, MeetingKindEnum, MeetingStatusEnum } from '../meeting.enums';

@ObjectType('ActionItemPerson', { description: 'Someone an action item names. No email.' })
export class ActionItemPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => PartnerCodeEnum, { nullable: true })
  partnerCode!: PartnerCode | null;
}

@ObjectType('ActionItemMeeting', { description: 'The meeting an action item came out of.' })
export class ActionItemMeetingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field()
  city!: string;

  @Field()
  startsAt!: Date;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;
}

@ObjectType('ActionItem', { description: 'Work carried between meetings: who does what by when.' })
export class ActionItemModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field(() => ActionItemMeetingModel, {
    nullable: true,
    description: 'Null when there is none or the caller may not read it.',
  })
  meeting!: ActionItemMeetingModel | null;

  @Field(() => ID, { nullable: true })
  agendaItemId!: string | null;

  @Field(() => PartnerCodeEnum)
  ownerPartner!: PartnerCode;

  @Field(() => ActionItemPersonModel, { nullable: true })
  assignee!: ActionItemPersonModel | null;

  @Field({ description: 'YYYY-MM-DD: due by the end of that day.' })
  dueDate!: string;

  @Field(() => ActionStatusEnum)
  status!: ActionStatus;

  @Field({
    description:
      'Still OPEN or IN_PROGRESS and the due date is before today’s date in UTC (an item due today is not overdue).',
  })
  overdue!: boolean;

  @Field(() => ClassificationEnum)
  classification!: Classification;

  @Field(() => ActionItemPersonModel, { nullable: true })
  createdBy!: ActionItemPersonModel | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked DONE.' })
  completedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field({ description: 'The caller may change it (owning partner, assignee, secretariat).' })
  canEdit!: boolean;
}
