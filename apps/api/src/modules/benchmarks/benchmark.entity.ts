import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type {
  AssessmentStatus,
  BenchmarkConflictKind,
  BenchmarkKind,
  Classification,
  PartnerCode,
} from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';
import { MeetingEntity } from '../meetings/meeting.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One objective shared by several partners (rec. 8d). Each partner keeps its own benchmark —
 * its wording, kind, deadline, classification and assessments — and joins it to the objective;
 * the objective is the row of the alignment matrix. A coordination record: every partner's staff
 * read it (its members stay as visible as their own classification allows).
 */
@Entity('aligned_objectives')
export class AlignedObjectiveEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  /** Unique, case-insensitively (the CSV names objectives by title). */
  @Column('varchar', { length: 300 })
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  /** The partner whose member created it (the secretariat's code when the secretariat did). */
  @Column('varchar', { length: 16 })
  createdByPartner!: PartnerCode;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  createdById!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

/**
 * A benchmark held by one partner: an objective, a precondition or a suspension criterion, with a
 * time limit and the UN instrument or body it refers to (rec. 8, 9, 2a).
 */
@Entity('benchmarks')
@Index('IDX_benchmarks_scope', ['classification', 'ownerPartner'])
@Index('IDX_benchmarks_objective', ['alignedObjectiveId'])
@Index('IDX_benchmarks_kind_target', ['kind', 'targetDate'])
export class BenchmarkEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 500 })
  statement!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('varchar', { length: 24 })
  kind!: BenchmarkKind;

  /** The holding partner: its delegation owns the benchmark (the access policy's owner). */
  @Column('varchar', { length: 16 })
  ownerPartner!: PartnerCode;

  /** The time limit (rec. 8b), a calendar date YYYY-MM-DD; none for most suspension criteria. */
  @Column('varchar', { length: 10, nullable: true })
  targetDate!: string | null;

  @Column('varchar', { length: 16 })
  classification!: Classification;

  /** A code of UN_INSTRUMENTS (ICCPR, CAT, ILO…). */
  @Column('varchar', { length: 32, nullable: true })
  unInstrument!: string | null;

  /** e.g. "art. 9", "C087 art. 3". */
  @Column('varchar', { length: 60, nullable: true })
  unArticle!: string | null;

  /** A code of UN_MECHANISMS (treaty body or special procedure). */
  @Column('varchar', { length: 40, nullable: true })
  unMechanism!: string | null;

  /** China's Universal Periodic Review cycle it refers to (1 = 2009 … 4 = 2024). */
  @Column('integer', { nullable: true })
  uprCycle!: number | null;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => AlignedObjectiveEntity, { onDelete: 'SET NULL' })
  alignedObjectiveId!: string | null;

  /** Set when the partner stops holding it; the benchmark and its history stay. */
  @DateTimeColumn({ nullable: true })
  withdrawnAt!: Date | null;

  @Column('varchar', { length: 500, nullable: true })
  withdrawnReason!: string | null;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  createdById!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

@Entity('benchmark_themes')
@Index('IDX_benchmark_themes_theme', ['themeCode'])
export class BenchmarkThemeEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => BenchmarkEntity, { onDelete: 'CASCADE' })
  benchmarkId!: string;

  @PrimaryColumn('varchar', { length: 40 })
  @ForeignKey(() => ThemeEntity)
  themeCode!: string;
}

/** What will be looked at to assess a benchmark (rec. 8e), in order. */
@Entity('benchmark_indicators')
export class BenchmarkIndicatorEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => BenchmarkEntity, { onDelete: 'CASCADE' })
  benchmarkId!: string;

  @PrimaryColumn('integer')
  position!: number;

  @Column('varchar', { length: 500 })
  text!: string;
}

/**
 * A partner's assessment of a benchmark on a date (or at a meeting). Never changed once written:
 * a correction is a new row that supersedes the earlier one, so the history stays complete.
 */
@Entity('benchmark_assessments')
@Index('IDX_benchmark_assessments_benchmark', ['benchmarkId', 'date'])
@Index('IDX_benchmark_assessments_meeting', ['meetingId'])
export class BenchmarkAssessmentEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => BenchmarkEntity, { onDelete: 'CASCADE' })
  benchmarkId!: string;

  /** The assessing partner. */
  @Column('varchar', { length: 16 })
  partnerCode!: PartnerCode;

  /** YYYY-MM-DD. */
  @Column('varchar', { length: 10 })
  date!: string;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => MeetingEntity, { onDelete: 'SET NULL' })
  meetingId!: string | null;

  @Column('varchar', { length: 16 })
  status!: AssessmentStatus;

  @Column('text', { default: '' })
  evidence!: string;

  /** JSON array of http(s) URLs. */
  @Column('text', { default: '[]' })
  links!: string;

  /** What China's side said in answer. */
  @Column('text', { default: '' })
  chinaResponse!: string;

  /** The assessment this one corrects; each can be corrected once (then correct the correction). */
  @Column('varchar', { length: 36, nullable: true, unique: true })
  @ForeignKey(() => BenchmarkAssessmentEntity, { onDelete: 'CASCADE' })
  supersedesId!: string | null;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  recordedById!: string;

  @CreatedAtColumn()
  recordedAt!: Date;
}

/**
 * A conflict flag between benchmarks, stored so that resolutions persist. Recomputed on every
 * relevant write (see benchmark-conflicts.service.ts for the rules). `activeKey` equals `key`
 * while the condition holds and is null once it cleared or was superseded, so at most one active
 * flag exists per condition, on every replica.
 */
@Entity('benchmark_conflicts')
@Index('IDX_benchmark_conflicts_scope', ['scopeKey'])
@Index('IDX_benchmark_conflicts_key', ['key'])
@Index('IDX_benchmark_conflicts_side_a', ['sideABenchmarkId'])
@Index('IDX_benchmark_conflicts_side_b', ['sideBBenchmarkId'])
export class BenchmarkConflictEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 24 })
  kind!: BenchmarkConflictKind;

  /** `objective:<id>` or `benchmark:<id>` (an unaligned benchmark): what a recomputation covers. */
  @Column('varchar', { length: 60 })
  scopeKey!: string;

  /** The condition: kind, period and both sides. */
  @Column('varchar', { length: 200 })
  key!: string;

  @Column('varchar', { length: 200, nullable: true, unique: true })
  activeKey!: string | null;

  /** The facts the flag was last computed on (dates, kinds, assessment ids). */
  @Column('varchar', { length: 200, default: '' })
  facts!: string;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => AlignedObjectiveEntity, { onDelete: 'CASCADE' })
  alignedObjectiveId!: string | null;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => BenchmarkEntity, { onDelete: 'CASCADE' })
  sideABenchmarkId!: string | null;

  @Column('varchar', { length: 16, nullable: true })
  sideAPartner!: PartnerCode | null;

  @Column('varchar', { length: 36, nullable: true })
  sideAAssessmentId!: string | null;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => BenchmarkEntity, { onDelete: 'CASCADE' })
  sideBBenchmarkId!: string | null;

  @Column('varchar', { length: 16, nullable: true })
  sideBPartner!: PartnerCode | null;

  @Column('varchar', { length: 36, nullable: true })
  sideBAssessmentId!: string | null;

  /** For opposite assessments: the half-year, e.g. 2025-H2. */
  @Column('varchar', { length: 8, nullable: true })
  period!: string | null;

  @Column('text')
  message!: string;

  /** The flag this one follows for the same condition (cleared or resolved before). */
  @Column('varchar', { length: 36, nullable: true })
  previousId!: string | null;

  @DateTimeColumn()
  detectedAt!: Date;

  @DateTimeColumn()
  updatedAt!: Date;

  @DateTimeColumn({ nullable: true })
  clearedAt!: Date | null;

  @DateTimeColumn({ nullable: true })
  resolvedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => UserEntity)
  resolvedById!: string | null;

  @Column('text', { nullable: true })
  resolutionNote!: string | null;

  /** The facts the resolution was about: if they change, the flag opens again as a new one. */
  @Column('varchar', { length: 200, nullable: true })
  resolvedFacts!: string | null;
}
