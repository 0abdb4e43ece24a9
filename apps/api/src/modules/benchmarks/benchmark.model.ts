import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AssessmentStatus,
  BenchmarkConflictKind,
  BenchmarkConflictStatus,
  BenchmarkKind,
  Classification,
  MeetingKind,
  PartnerCode,
  TrendDirection,
} from '@berne/domain';
import { ClassificationEnum, PartnerCodeEnum } from '../../graphql/enums';
import { MeetingKindEnum } from '../meetings/meeting.enums';
import {
  AssessmentStatusEnum,
  BenchmarkConflictKindEnum,
  BenchmarkConflictStatusEnum,
  BenchmarkKindEnum,
  TrendDirectionEnum,
  UnInstrumentEnum,
  UnMechanismEnum,
} from './benchmark.enums';

@ObjectType('BenchmarkPerson')
export class BenchmarkPersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => PartnerCodeEnum, { nullable: true })
  partnerCode!: PartnerCode | null;
}

@ObjectType('UnReference', {
  description: 'The UN instrument, article and body a benchmark refers to.',
})
export class UnReferenceModel {
  @Field(() => UnInstrumentEnum, { nullable: true })
  instrument!: string | null;

  @Field(() => String, { nullable: true })
  article!: string | null;

  @Field(() => UnMechanismEnum, { nullable: true })
  mechanism!: string | null;

  @Field(() => Int, { nullable: true })
  uprCycle!: number | null;

  @Field({
    description: 'e.g. "ICCPR art. 9 · Human Rights Committee · UPR cycle 4"; "" when none.',
  })
  label!: string;
}

@ObjectType('BenchmarkTrend', {
  description:
    'The trend over the last points: least-squares slope on the 0–4 scale, with the numbers it rests on.',
})
export class BenchmarkTrendModel {
  @Field(() => TrendDirectionEnum)
  direction!: TrendDirection;

  @Field(() => Float, {
    nullable: true,
    description: 'Scale steps per point; null below 2 points.',
  })
  slope!: number | null;

  @Field(() => Float, { nullable: true, description: 'Last score minus first, within the window.' })
  change!: number | null;

  @Field(() => Float, { nullable: true })
  average!: number | null;

  @Field(() => Int, { description: 'Points used.' })
  count!: number;

  @Field(() => Int, { description: 'Points a trend looks at, at most.' })
  window!: number;

  @Field(() => AssessmentStatusEnum, { nullable: true })
  latestStatus!: AssessmentStatus | null;

  @Field(() => String, { nullable: true })
  latestDate!: string | null;

  @Field({ description: 'One English sentence saying what the numbers mean.' })
  explanation!: string;
}

@ObjectType('BenchmarkMeetingRef')
export class BenchmarkMeetingRefModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  startsAt!: Date;
}

@ObjectType('BenchmarkAssessment', {
  description: 'A partner’s assessment. Never changed: a correction is a new assessment.',
})
export class BenchmarkAssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  benchmarkId!: string;

  @Field(() => PartnerCodeEnum, { description: 'The assessing partner.' })
  partnerCode!: PartnerCode;

  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => Int, { description: '0 (regressed) to 4 (achieved).' })
  score!: number;

  @Field()
  evidence!: string;

  @Field(() => [String])
  links!: string[];

  @Field()
  chinaResponse!: string;

  @Field(() => BenchmarkMeetingRefModel, {
    nullable: true,
    description: 'The meeting it was made at, when the caller may read it.',
  })
  meeting!: BenchmarkMeetingRefModel | null;

  @Field(() => ID, { nullable: true, description: 'The assessment this one corrects.' })
  supersedesId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The assessment that corrected this one.' })
  supersededById!: string | null;

  @Field({ description: 'False once corrected: left out of trends, kept in the history.' })
  effective!: boolean;

  @Field(() => BenchmarkPersonModel, { nullable: true })
  recordedBy!: BenchmarkPersonModel | null;

  @Field()
  recordedAt!: Date;
}

@ObjectType('BenchmarkTrendPoint')
export class BenchmarkTrendPointModel {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  date!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => Int)
  score!: number;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;
}

@ObjectType('BenchmarkPartnerTrend', {
  description:
    'One partner’s line on the chart: its effective assessments, oldest first, and its trend.',
})
export class BenchmarkPartnerTrendModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => [BenchmarkTrendPointModel])
  points!: BenchmarkTrendPointModel[];

  @Field(() => BenchmarkTrendModel, {
    description: 'Over this partner’s last assessments (slope per assessment).',
  })
  trend!: BenchmarkTrendModel;
}

@ObjectType('AlignedObjectiveRef')
export class AlignedObjectiveRefModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;
}

@ObjectType('BenchmarkConflictSide')
export class BenchmarkConflictSideModel {
  @Field(() => ID)
  benchmarkId!: string;

  @Field()
  statement!: string;

  @Field(() => PartnerCodeEnum, { description: 'The holder, or the assessing partner.' })
  partnerCode!: PartnerCode;

  @Field(() => PartnerCodeEnum)
  holder!: PartnerCode;

  @Field(() => BenchmarkKindEnum)
  kind!: BenchmarkKind;

  @Field(() => String, { nullable: true })
  targetDate!: string | null;

  @Field(() => ID, { nullable: true, description: 'For opposite assessments.' })
  assessmentId!: string | null;

  @Field(() => AssessmentStatusEnum, { nullable: true })
  assessmentStatus!: AssessmentStatus | null;

  @Field(() => String, { nullable: true })
  assessmentDate!: string | null;
}

@ObjectType('BenchmarkConflict', {
  description:
    'A conflict flag between partners’ benchmarks, shown to those who may read both sides.',
})
export class BenchmarkConflictModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BenchmarkConflictKindEnum)
  kind!: BenchmarkConflictKind;

  @Field(() => BenchmarkConflictStatusEnum)
  status!: BenchmarkConflictStatus;

  @Field({ description: 'Whether the condition holds now (open, or resolved but still true).' })
  active!: boolean;

  @Field({ description: 'What is inconsistent, naming both sides.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'For opposite assessments: e.g. 2025-H2.' })
  period!: string | null;

  @Field(() => AlignedObjectiveRefModel, { nullable: true })
  alignedObjective!: AlignedObjectiveRefModel | null;

  @Field(() => BenchmarkConflictSideModel, { nullable: true })
  sideA!: BenchmarkConflictSideModel | null;

  @Field(() => BenchmarkConflictSideModel, { nullable: true })
  sideB!: BenchmarkConflictSideModel | null;

  @Field(() => ID, { nullable: true, description: 'The earlier flag of the same condition.' })
  previousId!: string | null;

  @Field()
  detectedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  clearedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => BenchmarkPersonModel, { nullable: true })
  resolvedBy!: BenchmarkPersonModel | null;

  @Field(() => String, { nullable: true })
  resolutionNote!: string | null;

  @Field()
  canResolve!: boolean;
}

@ObjectType('Benchmark')
export class BenchmarkModel {
  @Field(() => ID)
  id!: string;

  @Field()
  statement!: string;

  @Field()
  description!: string;

  @Field(() => BenchmarkKindEnum)
  kind!: BenchmarkKind;

  @Field(() => PartnerCodeEnum, { description: 'The holding partner; its delegation owns it.' })
  holder!: PartnerCode;

  @Field(() => [PartnerCodeEnum], {
    description: 'Partners holding this objective: the holder and the readable aligned ones.',
  })
  holders!: PartnerCode[];

  @Field(() => String, { nullable: true, description: 'The time limit, YYYY-MM-DD.' })
  targetDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days to the time limit (negative: past).' })
  daysToDeadline!: number | null;

  @Field({ description: 'Active, past its time limit and not assessed as achieved by its holder.' })
  overdue!: boolean;

  @Field(() => [String])
  themeCodes!: string[];

  @Field(() => UnReferenceModel)
  unReference!: UnReferenceModel;

  @Field(() => [String])
  indicators!: string[];

  @Field(() => ClassificationEnum)
  classification!: Classification;

  @Field(() => [BenchmarkPersonModel], {
    description: 'Named readers of a RESTRICTED benchmark (shown to those who may change it).',
  })
  namedReaders!: BenchmarkPersonModel[];

  @Field(() => AlignedObjectiveRefModel, { nullable: true })
  alignedObjective!: AlignedObjectiveRefModel | null;

  @Field()
  active!: boolean;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true })
  withdrawnReason!: string | null;

  @Field(() => BenchmarkAssessmentModel, {
    nullable: true,
    description: 'The latest effective assessment, by any partner.',
  })
  latestAssessment!: BenchmarkAssessmentModel | null;

  @Field(() => BenchmarkTrendModel, {
    description:
      'Over the last half-years with assessments: the mean of each partner’s latest status per half-year.',
  })
  trend!: BenchmarkTrendModel;

  @Field(() => [BenchmarkPartnerTrendModel], { description: 'The chart: one line per partner.' })
  partnerTrends!: BenchmarkPartnerTrendModel[];

  @Field(() => [BenchmarkAssessmentModel], {
    description: 'The whole history, newest first, corrections included.',
  })
  assessments!: BenchmarkAssessmentModel[];

  @Field(() => [BenchmarkConflictModel], {
    description: 'Flags naming this benchmark whose condition holds (open or resolved).',
  })
  conflicts!: BenchmarkConflictModel[];

  @Field()
  canEdit!: boolean;

  @Field()
  canAssess!: boolean;

  @Field({ description: 'May delete it (when it has no assessments) and change its readers.' })
  canManage!: boolean;

  @Field(() => BenchmarkPersonModel, { nullable: true })
  createdBy!: BenchmarkPersonModel | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('AlignedObjective', {
  description: 'One objective held by several partners, each with its own benchmark.',
})
export class AlignedObjectiveModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => PartnerCodeEnum)
  createdByPartner!: PartnerCode;

  @Field(() => BenchmarkPersonModel, { nullable: true })
  createdBy!: BenchmarkPersonModel | null;

  @Field(() => [BenchmarkModel], {
    description: 'Member benchmarks the caller may read, active and withdrawn.',
  })
  members!: BenchmarkModel[];

  @Field(() => [PartnerCodeEnum], { description: 'Holders of the readable active members.' })
  holders!: PartnerCode[];

  @Field(() => [String])
  themeCodes!: string[];

  @Field(() => String, { nullable: true })
  earliestTargetDate!: string | null;

  @Field(() => String, { nullable: true })
  latestTargetDate!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days between the earliest and latest deadline.',
  })
  deadlineSpreadDays!: number | null;

  @Field(() => Int, { description: 'Open conflict flags the caller may read.' })
  openConflictCount!: number;

  @Field()
  canEdit!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('BenchmarkMatrixCell', {
  description: 'What one partner holds on one row, and by when.',
})
export class BenchmarkMatrixCellModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => ID)
  benchmarkId!: string;

  @Field()
  statement!: string;

  @Field(() => BenchmarkKindEnum)
  kind!: BenchmarkKind;

  @Field(() => String, { nullable: true })
  targetDate!: string | null;

  @Field(() => ClassificationEnum)
  classification!: Classification;

  @Field(() => AssessmentStatusEnum, { nullable: true, description: 'The holder’s latest status.' })
  latestStatus!: AssessmentStatus | null;

  @Field(() => TrendDirectionEnum)
  trend!: TrendDirection;

  @Field()
  overdue!: boolean;
}

@ObjectType('BenchmarkMatrixRow')
export class BenchmarkMatrixRowModel {
  @Field(() => AlignedObjectiveRefModel, {
    nullable: true,
    description: 'The aligned objective; null for a row of one unaligned benchmark.',
  })
  alignedObjective!: AlignedObjectiveRefModel | null;

  @Field({ description: 'The objective’s title, or the unaligned benchmark’s statement.' })
  title!: string;

  @Field(() => [String])
  themeCodes!: string[];

  @Field(() => [BenchmarkMatrixCellModel], { description: 'One per holding partner (active).' })
  cells!: BenchmarkMatrixCellModel[];

  @Field(() => Int)
  openConflictCount!: number;

  @Field(() => [BenchmarkConflictKindEnum], { description: 'Kinds of its open flags.' })
  conflictKinds!: BenchmarkConflictKind[];
}

@ObjectType('BenchmarkMatrix', { description: 'Partners × aligned objectives.' })
export class BenchmarkMatrixModel {
  @Field(() => [PartnerCodeEnum], { description: 'The columns: every Berne Process member.' })
  partners!: PartnerCode[];

  @Field(() => [BenchmarkMatrixRowModel])
  rows!: BenchmarkMatrixRowModel[];
}

@ObjectType('BenchmarkRound')
export class BenchmarkRoundModel {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  title!: string;

  @Field(() => MeetingKindEnum)
  kind!: MeetingKind;

  @Field()
  city!: string;

  @Field()
  startsAt!: Date;

  @Field({ description: 'Assessments from this date (YYYY-MM-DD) on are counted here…' })
  periodStart!: string;

  @Field({ description: '…up to this date, the round’s own (inclusive).' })
  periodEnd!: string;
}

@ObjectType('BenchmarkHeatCell')
export class BenchmarkHeatCellModel {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: 'Assessments counted: each partner’s latest per benchmark.' })
  count!: number;

  @Field(() => Int)
  benchmarkCount!: number;

  @Field(() => Float, { description: 'Mean score (0–4), 2 decimals.' })
  average!: number;

  @Field(() => Float)
  median!: number;

  @Field(() => AssessmentStatusEnum, { description: 'The status nearest to the median.' })
  medianStatus!: AssessmentStatus;
}

@ObjectType('BenchmarkHeatRow')
export class BenchmarkHeatRowModel {
  @Field(() => String, { nullable: true, description: 'The theme; null for the overall row.' })
  themeCode!: string | null;

  @Field(() => [BenchmarkHeatCellModel], { description: 'Only rounds with assessments.' })
  cells!: BenchmarkHeatCellModel[];

  @Field(() => BenchmarkTrendModel, { description: 'Over the averages of the last rounds.' })
  trend!: BenchmarkTrendModel;

  @Field(() => Int, { description: 'Readable benchmarks in this row.' })
  benchmarkCount!: number;
}

@ObjectType('BenchmarkDeadline')
export class BenchmarkDeadlineModel {
  @Field(() => ID)
  benchmarkId!: string;

  @Field()
  statement!: string;

  @Field(() => PartnerCodeEnum)
  holder!: PartnerCode;

  @Field(() => BenchmarkKindEnum)
  kind!: BenchmarkKind;

  @Field()
  targetDate!: string;

  @Field(() => Int, { description: 'Negative when overdue.' })
  daysLeft!: number;

  @Field(() => AssessmentStatusEnum, { nullable: true })
  latestStatus!: AssessmentStatus | null;

  @Field(() => AlignedObjectiveRefModel, { nullable: true })
  alignedObjective!: AlignedObjectiveRefModel | null;
}

@ObjectType('BenchmarkStatusCount')
export class BenchmarkStatusCountModel {
  @Field(() => AssessmentStatusEnum, { nullable: true, description: 'Null: not assessed yet.' })
  status!: AssessmentStatus | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('BenchmarkDashboard')
export class BenchmarkDashboardModel {
  @Field(() => [BenchmarkRoundModel], { description: 'The heat map’s columns, oldest first.' })
  rounds!: BenchmarkRoundModel[];

  @Field(() => [BenchmarkHeatRowModel], {
    description: 'One row per theme with benchmarks, then the overall row (themeCode null).',
  })
  rows!: BenchmarkHeatRowModel[];

  @Field(() => [BenchmarkDeadlineModel], { description: 'Due in the next 90 days, soonest first.' })
  upcoming!: BenchmarkDeadlineModel[];

  @Field(() => [BenchmarkDeadlineModel], {
    description: 'Past due and not achieved, oldest first.',
  })
  overdue!: BenchmarkDeadlineModel[];

  @Field(() => [BenchmarkStatusCountModel], { description: 'Active benchmarks by latest status.' })
  statusCounts!: BenchmarkStatusCountModel[];

  @Field(() => Int)
  benchmarkCount!: number;

  @Field(() => Int, { description: 'Open conflict flags the caller may read.' })
  openConflictCount!: number;
}

@ObjectType('BenchmarkImportError')
export class BenchmarkImportErrorModel {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it: the header is row 1.' })
  row!: number;

  @Field({ description: 'The column’s header, e.g. target_date.' })
  column!: string;

  @Field()
  message!: string;
}

@ObjectType('BenchmarkImportReport')
export class BenchmarkImportReportModel {
  @Field({ description: 'True when every row is valid (and, unless a dry run, imported).' })
  ok!: boolean;

  @Field()
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data rows read.' })
  rows!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => [String], { description: 'Aligned objectives created (or to create) by title.' })
  objectivesCreated!: string[];

  @Field(() => [BenchmarkImportErrorModel], { description: 'Every problem, by row and column.' })
  errors!: BenchmarkImportErrorModel[];
}
