import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type {
  AgendaItemState,
  ConsentPosition,
  InfluenceRegion,
  MeetingKind,
  MeetingStatus,
  PartnerCode,
  VulnerableGroup,
} from '@berne/domain';
import { PartnerCodeEnum } from '../../../graphql/enums';
import { ActionItemModel } from '../../meetings/action-items/action-item.model';
import { MeetingKindEnum, MeetingStatusEnum } from '../../meetings/meeting.enums';
import {
  AgendaItemStateEnum,
  ConsentPositionEnum,
  InfluenceRegionEnum,
  VulnerableGroupEnum,
} from '../agenda.enums';

export const THEME_TIMELINE_KINDS = [
  'MEETING',
  'AGENDA_ITEM',
  'BRIEFING_NOTE',
  'BENCHMARK_ANSWER',
  'CASE_ANSWER',
] as const;
export type ThemeTimelineKind = (typeof THEME_TIMELINE_KINDS)[number];

export const AGENDA_SUGGESTION_REASONS = ['DEFERRED', 'CONTESTED', 'OPEN_ACTION_ITEM'] as const;
export type AgendaSuggestionReason = (typeof AGENDA_SUGGESTION_REASONS)[number];

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ThemeTimelineKindEnum = asEnum(THEME_TIMELINE_KINDS);
export const AgendaSuggestionReasonEnum = asEnum(AGENDA_SUGGESTION_REASONS);

registerEnumType(ThemeTimelineKindEnum, {
  name: 'ThemeTimelineKind',
  description:
    'What a theme timeline entry is. BENCHMARK_ANSWER is one partner’s assessment of a benchmark on the theme; CASE_ANSWER is one raising of an individual case on the theme and what came back (only for readers of the case).',
});
registerEnumType(AgendaSuggestionReasonEnum, {
  name: 'AgendaSuggestionReason',
  description: 'Why something is suggested for a meeting’s agenda.',
});

@ObjectType('AgendaMeetingRef', { description: 'The meeting an agenda item belongs to.' })
export class AgendaMeetingRefModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field()
  city!: string;

  @Field({ description: 'The venue’s IANA time zone, for local display.' })
  timeZone!: string;

  @Field()
  startsAt!: Date;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field({ description: 'Where the web app shows it.' })
  path!: string;
}

@ObjectType('AgendaOutcomePosition', {
  description: 'A reservation or an objection recorded on an item, with its text.',
})
export class AgendaOutcomePositionModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => ConsentPositionEnum)
  position!: ConsentPosition;

  @Field(() => String, { nullable: true })
  text!: string | null;
}

@ObjectType('AgendaOutcome', { description: 'What became of an agenda item.' })
export class AgendaOutcomeModel {
  @Field(() => AgendaItemStateEnum)
  state!: AgendaItemState;

  @Field({
    description: 'One line in English, e.g. "Deferred; objection by Hungary".',
  })
  summary!: string;

  @Field(() => [AgendaOutcomePositionModel], {
    description: 'Reservations and objections with their texts (agreements are left out).',
  })
  positions!: AgendaOutcomePositionModel[];
}

@ObjectType('AgendaItemSummary', {
  description: 'An agenda item as continuity views and search show it: no consent log, no history.',
})
export class AgendaItemSummaryModel {
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

  @Field(() => AgendaOutcomeModel)
  outcome!: AgendaOutcomeModel;

  @Field(() => AgendaMeetingRefModel)
  meeting!: AgendaMeetingRefModel;

  @Field({ description: 'Where the web app shows it.' })
  path!: string;
}

@ObjectType('AgendaStateCount', { description: 'How many items on the theme ended in one state.' })
export class AgendaStateCountModel {
  @Field(() => AgendaItemStateEnum)
  state!: AgendaItemState;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ThemeMeetingCounts', {
  description:
    'What happened to a theme at one meeting, as counts (the web app writes the sentence in the reader’s language).',
})
export class ThemeMeetingCountsModel {
  @Field(() => Int, { description: 'Agenda items on the theme.' })
  agendaItems!: number;

  @Field(() => [AgendaStateCountModel], {
    description: 'Those items by state, in the order states first appear on the agenda.',
  })
  states!: AgendaStateCountModel[];

  @Field(() => Int, { description: 'Briefing notes on the theme for this meeting.' })
  briefingNotes!: number;

  @Field(() => Int, { description: 'Benchmark assessments on the theme made at this meeting.' })
  benchmarkAssessments!: number;
}

@ObjectType('ThemeTimelineEntry', {
  description:
    'One thing that happened on a theme: a meeting, an agenda item, a briefing note, a benchmark assessment.',
})
export class ThemeTimelineEntryModel {
  @Field(() => ThemeTimelineKindEnum)
  kind!: ThemeTimelineKind;

  @Field(() => ID, { description: 'The id of the meeting, item, note or assessment.' })
  id!: string;

  @Field({
    description:
      'The meeting’s start for meetings and items; for a note, its meeting’s start when the caller may read that meeting, else when it was written; for a benchmark assessment, its date (midnight UTC).',
  })
  date!: Date;

  @Field({ description: 'For benchmark assessments: the benchmark’s statement.' })
  title!: string;

  @Field(() => AgendaMeetingRefModel, {
    nullable: true,
    description:
      'Null for a note or assessment without a meeting, or whose meeting the caller may not read.',
  })
  meeting!: AgendaMeetingRefModel | null;

  @Field(() => AgendaOutcomeModel, {
    nullable: true,
    description: 'For agenda items: state, with reservation and objection texts.',
  })
  outcome!: AgendaOutcomeModel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For meetings: what happened to the theme there ("2 items on this theme: 1 agreed, 1 deferred; 1 briefing note; 1 benchmark assessment"); for notes: the owner partner’s name; for benchmark assessments: the status, the assessing partner’s name and China’s response, if any.',
  })
  detail!: string | null;

  @Field(() => ThemeMeetingCountsModel, {
    nullable: true,
    description: 'For meetings: the counts `detail` states in English.',
  })
  meetingCounts!: ThemeMeetingCountsModel | null;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description:
      'The proposing partner (items), owner partner (notes) or assessing partner (benchmark assessments).',
  })
  partnerCode!: PartnerCode | null;

  @Field({ description: 'Where the web app shows it.' })
  path!: string;
}

@ObjectType('AgendaRaisedBefore', {
  description: 'An earlier agenda item on one of the themes asked about.',
})
export class AgendaRaisedBeforeModel {
  @Field(() => AgendaItemSummaryModel)
  item!: AgendaItemSummaryModel;

  @Field(() => [String], { description: 'The themes asked about that this item carries.' })
  sharedThemeCodes!: string[];
}

@ObjectType('AgendaSuggestion', {
  description: 'Something from the previous meeting of the same kind to put on this agenda.',
})
export class AgendaSuggestionModel {
  @Field(() => AgendaSuggestionReasonEnum)
  reason!: AgendaSuggestionReason;

  @Field({ description: 'Why it is suggested, in one English sentence.' })
  why!: string;

  @Field()
  title!: string;

  @Field({ description: 'The description to start the proposal from.' })
  description!: string;

  @Field(() => AgendaItemSummaryModel, {
    nullable: true,
    description: 'The deferred or contested item.',
  })
  agendaItem!: AgendaItemSummaryModel | null;

  @Field(() => ActionItemModel, { nullable: true, description: 'The open action item.' })
  actionItem!: ActionItemModel | null;

  @Field({
    description:
      'This meeting’s agenda already has an item of the same title (or the action item is linked to one of its items).',
  })
  alreadyOnAgenda!: boolean;
}

@ObjectType('AgendaSuggestions')
export class AgendaSuggestionsModel {
  @Field(() => AgendaMeetingRefModel, {
    nullable: true,
    description:
      'The previous meeting of the same kind (the latest earlier one the caller may read, not cancelled or postponed); null when there is none.',
  })
  previousMeeting!: AgendaMeetingRefModel | null;

  @Field(() => [AgendaSuggestionModel], {
    description: 'Deferred, then contested items in agenda order, then open action items.',
  })
  suggestions!: AgendaSuggestionModel[];
}
