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
  ASSESSMENT_STATUSES,
  BENCHMARK_CONFLICT_KINDS,
  BENCHMARK_CONFLICT_STATUSES,
  BENCHMARK_KINDS,
  CLASSIFICATIONS,
  MEETING_KINDS,
  PARTNER_CODES,
  type AssessmentStatus,
  type BenchmarkConflictKind,
  type BenchmarkConflictStatus,
  type BenchmarkKind,
  type Classification,
  type MeetingKind,
  type PartnerCode,
} from '@berne/domain';
import { FilterCodes, SearchText } from '../../common/search-text';
import { ClassificationEnum, PartnerCodeEnum } from '../../graphql/enums';
import { MeetingKindEnum } from '../meetings/meeting.enums';
import {
  AssessmentStatusEnum,
  BenchmarkConflictKindEnum,
  BenchmarkConflictStatusEnum,
  BenchmarkKindEnum,
  UN_INSTRUMENT_CODES,
  UN_MECHANISM_CODES,
  UnInstrumentEnum,
  UnMechanismEnum,
} from './benchmark.enums';
import {
  CHINA_RESPONSE_MAX,
  DESCRIPTION_MAX,
  EVIDENCE_MAX,
  INDICATORS_MAX,
  LINK_MAX,
  LINKS_MAX,
  NAMED_READERS_MAX,
  NOTE_MAX,
  OBJECTIVE_TITLE_MAX,
  REASON_MAX,
  STATEMENT_MAX,
} from './benchmarks.errors';

/** Transport bounds only: the service trims, then holds text to its real limits with a sentence. */
const ID_MESSAGE = { message: 'This id is not valid.' };
const RAW_DATE_MAX = 40;
export const BENCHMARK_LIST_LIMIT = 500;
/** The CSV text a mutation accepts (the JSON body limit of the server applies too). */
export const CSV_MAX_BYTES = 1024 * 1024;

/** The fields a benchmark shares between creating and editing; left out means unchanged. */
@InputType({ isAbstract: true })
export class BenchmarkFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX * 2, {
    message: `A description has at most ${DESCRIPTION_MAX} characters.`,
  })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The time limit, YYYY-MM-DD; null clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DATE_MAX, { message: 'Write the target date as YYYY-MM-DD.' })
  targetDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Theme codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'Tag a benchmark with at most 20 themes.' })
  @IsString({ each: true })
  themeCodes?: string[];

  @Field(() => UnInstrumentEnum, { nullable: true })
  @IsOptional()
  @IsIn(UN_INSTRUMENT_CODES)
  unInstrument?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "art. 9".' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'An article reference has at most 60 characters.' })
  unArticle?: string | null;

  @Field(() => UnMechanismEnum, { nullable: true })
  @IsOptional()
  @IsIn(UN_MECHANISM_CODES)
  unMechanism?: string | null;

  @Field(() => Int, { nullable: true, description: 'China’s UPR cycle: 1 (2009) … 4 (2024).' })
  @IsOptional()
  @IsInt({ message: 'A UPR cycle is a whole number.' })
  uprCycle?: number | null;

  @Field(() => [String], { nullable: true, description: 'Indicators, in order.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INDICATORS_MAX * 2, {
    message: `A benchmark has at most ${INDICATORS_MAX} indicators.`,
  })
  @IsString({ each: true })
  @MaxLength(2000, { each: true, message: 'An indicator has at most 500 characters.' })
  indicators?: string[];

  @Field(() => ClassificationEnum, { nullable: true, description: 'PARTNERS when left out.' })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;

  @Field(() => [ID], {
    nullable: true,
    description: 'Users who may read a RESTRICTED benchmark besides cleared staff.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NAMED_READERS_MAX, { message: `Name at most ${NAMED_READERS_MAX} readers.` })
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  namedReaderIds?: string[];
}

@InputType()
export class CreateBenchmarkInput extends BenchmarkFieldsInput {
  @Field()
  @IsString()
  @MaxLength(STATEMENT_MAX * 2, { message: `A statement has at most ${STATEMENT_MAX} characters.` })
  statement!: string;

  @Field(() => BenchmarkKindEnum)
  @IsIn(BENCHMARK_KINDS)
  kind!: BenchmarkKind;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: "The holding partner: the caller's own (the secretariat names one).",
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  holder?: PartnerCode | null;

  @Field(() => ID, { nullable: true, description: 'An aligned objective to join at once.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  alignedObjectiveId?: string | null;
}

@InputType()
export class UpdateBenchmarkInput extends BenchmarkFieldsInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(STATEMENT_MAX * 2, { message: `A statement has at most ${STATEMENT_MAX} characters.` })
  statement?: string;

  @Field(() => BenchmarkKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(BENCHMARK_KINDS)
  kind?: BenchmarkKind;
}

@InputType()
export class BenchmarksFilter {
  @Field(() => [BenchmarkKindEnum], {
    nullable: true,
    description:
      'OBJECTIVE and PRECONDITION when left out (suspension criteria have their own query).',
  })
  @IsOptional()
  @IsArray()
  @IsIn(BENCHMARK_KINDS, { each: true })
  kinds?: BenchmarkKind[];

  @Field(() => [String], { nullable: true, description: 'Tagged with any of these themes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @FilterCodes()
  themeCodes?: string[];

  @Field(() => [PartnerCodeEnum], { nullable: true, description: 'Held by any of these partners.' })
  @IsOptional()
  @IsArray()
  @IsIn(PARTNER_CODES, { each: true })
  holders?: PartnerCode[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  alignedObjectiveId?: string;

  @Field({ nullable: true, description: 'Also withdrawn benchmarks (false when left out).' })
  @IsOptional()
  @IsBoolean()
  includeWithdrawn?: boolean;

  @Field({ nullable: true, description: 'Words of the statement.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @SearchText()
  search?: string;

  @Field(() => Int, { nullable: true, description: `At most ${BENCHMARK_LIST_LIMIT}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(BENCHMARK_LIST_LIMIT)
  limit?: number;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  benchmarkId!: string;

  @Field(() => PartnerCodeEnum, {
    nullable: true,
    description: "The assessing partner: the caller's own (the secretariat names one).",
  })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  partnerCode?: PartnerCode | null;

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD; the meeting's date when left out with a meeting, else today.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DATE_MAX, { message: 'Write the date as YYYY-MM-DD.' })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting it was made at.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  meetingId?: string | null;

  @Field(() => AssessmentStatusEnum)
  @IsIn(ASSESSMENT_STATUSES)
  status!: AssessmentStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(EVIDENCE_MAX * 2, { message: `Evidence has at most ${EVIDENCE_MAX} characters.` })
  evidence?: string | null;

  @Field(() => [String], { nullable: true, description: 'http(s) links to sources.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LINKS_MAX, { message: `Give at most ${LINKS_MAX} links.` })
  @IsString({ each: true })
  @MaxLength(LINK_MAX, { each: true, message: `A link has at most ${LINK_MAX} characters.` })
  links?: string[];

  @Field(() => String, { nullable: true, description: 'What China’s side said in answer.' })
  @IsOptional()
  @IsString()
  @MaxLength(CHINA_RESPONSE_MAX * 2, {
    message: `China’s response has at most ${CHINA_RESPONSE_MAX} characters.`,
  })
  chinaResponse?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The assessment this one corrects (kept in the history, left out of trends).',
  })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  correctsId?: string | null;
}

@InputType()
export class CreateAlignedObjectiveInput {
  @Field()
  @IsString()
  @MaxLength(OBJECTIVE_TITLE_MAX * 2, {
    message: `An aligned objective’s title has at most ${OBJECTIVE_TITLE_MAX} characters.`,
  })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX * 2, {
    message: `A description has at most ${DESCRIPTION_MAX} characters.`,
  })
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Benchmarks the caller may change, to join the new objective at once.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true, ...ID_MESSAGE })
  benchmarkIds?: string[];
}

@InputType()
export class UpdateAlignedObjectiveInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(OBJECTIVE_TITLE_MAX * 2, {
    message: `An aligned objective’s title has at most ${OBJECTIVE_TITLE_MAX} characters.`,
  })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX * 2, {
    message: `A description has at most ${DESCRIPTION_MAX} characters.`,
  })
  description?: string | null;
}

@InputType()
export class BenchmarkConflictsFilter {
  @Field(() => [BenchmarkConflictStatusEnum], {
    nullable: true,
    description: 'OPEN and RESOLVED when left out.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(BENCHMARK_CONFLICT_STATUSES, { each: true })
  statuses?: BenchmarkConflictStatus[];

  @Field(() => [BenchmarkConflictKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(BENCHMARK_CONFLICT_KINDS, { each: true })
  kinds?: BenchmarkConflictKind[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  alignedObjectiveId?: string;

  @Field(() => ID, { nullable: true, description: 'Flags with this benchmark on either side.' })
  @IsOptional()
  @IsUUID('all', ID_MESSAGE)
  benchmarkId?: string;

  @Field(() => Int, { nullable: true, description: 'At most 500.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

@InputType()
export class BenchmarkMatrixFilter {
  @Field(() => [BenchmarkKindEnum], { nullable: true, description: 'Every kind when left out.' })
  @IsOptional()
  @IsArray()
  @IsIn(BENCHMARK_KINDS, { each: true })
  kinds?: BenchmarkKind[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @FilterCodes()
  themeCodes?: string[];

  @Field({
    nullable: true,
    description: 'Also a row per benchmark that is not aligned (false when left out).',
  })
  @IsOptional()
  @IsBoolean()
  includeUnaligned?: boolean;
}

@InputType()
export class BenchmarkDashboardFilter {
  @Field(() => [BenchmarkKindEnum], {
    nullable: true,
    description: 'OBJECTIVE and PRECONDITION when left out.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(BENCHMARK_KINDS, { each: true })
  kinds?: BenchmarkKind[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @FilterCodes()
  themeCodes?: string[];

  @Field(() => [PartnerCodeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(PARTNER_CODES, { each: true })
  holders?: PartnerCode[];

  @Field(() => String, {
    nullable: true,
    description: 'Rounds from this date (YYYY-MM-DD); five years ago when left out.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DATE_MAX)
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Rounds until this date (YYYY-MM-DD); 200 days ahead when left out.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(RAW_DATE_MAX)
  to?: string;

  @Field(() => [MeetingKindEnum], {
    nullable: true,
    description: 'What counts as a round: BERNE_PROCESS sessions when left out.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(MEETING_KINDS, { each: true })
  roundKinds?: MeetingKind[];
}

export const RESOLUTION_NOTE_RAW_MAX = NOTE_MAX * 2;
export const WITHDRAW_REASON_RAW_MAX = REASON_MAX * 2;
