import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type {
  CaseAnswerKind,
  CaseRaisingChannel,
  CaseStatus,
  Classification,
  PartnerCode,
} from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';
import { MeetingEntity } from '../meetings/meeting.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A person of concern (seed rec. 7). Always RESTRICTED: the classification column exists so that
 * the one read scope of the access policy applies to it like to every other record.
 */
@Entity('individual_cases')
@Index('IDX_individual_cases_scope', ['classification', 'ownerPartner'])
@Index('IDX_individual_cases_status', ['status'])
export class IndividualCaseEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  /** e.g. "BP-2026-014"; unique. */
  @Column('varchar', { length: 40, unique: true })
  reference!: string;

  /** The person's name in Latin script. */
  @Column('varchar', { length: 200 })
  name!: string;

  /** The name in Chinese characters (or the person's own script), when known. */
  @Column('varchar', { length: 200, default: '' })
  nativeName!: string;

  @Column('integer', { nullable: true })
  birthYear!: number | null;

  /** Province, autonomous region or city. */
  @Column('varchar', { length: 300, default: '' })
  region!: string;

  @Column('varchar', { length: 16 })
  status!: CaseStatus;

  /** YYYY-MM-DD, when known. */
  @Column('varchar', { length: 10, nullable: true })
  detainedOn!: string | null;

  @Column('varchar', { length: 300, default: '' })
  charges!: string;

  @Column('varchar', { length: 300, default: '' })
  sentence!: string;

  /** Place of detention, when known. */
  @Column('varchar', { length: 300, default: '' })
  location!: string;

  @Column('text', { default: '' })
  summary!: string;

  /** The NGO source (e.g. the Dui Hua Foundation's political prisoner database). */
  @Column('varchar', { length: 300, default: '' })
  sourceName!: string;

  /** The source's own record number or reference. */
  @Column('varchar', { length: 300, default: '' })
  sourceReference!: string;

  /** The partner whose delegation added the case (the secretariat's code when it did). */
  @Column('varchar', { length: 16 })
  ownerPartner!: PartnerCode;

  @Column('varchar', { length: 16, default: 'RESTRICTED' })
  classification!: Classification;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  createdById!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  updatedById!: string;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

@Entity('individual_case_themes')
@Index('IDX_individual_case_themes_theme', ['themeCode'])
export class IndividualCaseThemeEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => IndividualCaseEntity, { onDelete: 'CASCADE' })
  caseId!: string;

  @PrimaryColumn('varchar', { length: 40 })
  @ForeignKey(() => ThemeEntity)
  themeCode!: string;
}

/** Vulnerable groups the person belongs to (women, children, the elderly, ethnic minorities). */
@Entity('individual_case_groups')
export class IndividualCaseGroupEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => IndividualCaseEntity, { onDelete: 'CASCADE' })
  caseId!: string;

  @PrimaryColumn('varchar', { length: 24 })
  groupCode!: string;
}

/**
 * One time a partner raised the case with the other side — on a list before a round, at a round
 * or by letter — and what came back. The history of raisings is the case's continuity: when it
 * was raised, by whom, and the answer.
 */
@Entity('individual_case_raisings')
@Index('IDX_individual_case_raisings_case', ['caseId', 'raisedOn'])
@Index('IDX_individual_case_raisings_meeting', ['meetingId'])
export class IndividualCaseRaisingEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => IndividualCaseEntity, { onDelete: 'CASCADE' })
  caseId!: string;

  /** The partner that raised it. */
  @Column('varchar', { length: 16 })
  partnerCode!: PartnerCode;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => MeetingEntity, { onDelete: 'SET NULL' })
  meetingId!: string | null;

  @Column('varchar', { length: 8 })
  channel!: CaseRaisingChannel;

  /** YYYY-MM-DD. */
  @Column('varchar', { length: 10 })
  raisedOn!: string;

  /** What was asked (release, access for family or lawyers, medical care, information…). */
  @Column('text', { default: '' })
  request!: string;

  @Column('varchar', { length: 12, default: 'AWAITED' })
  answerKind!: CaseAnswerKind;

  @Column('text', { default: '' })
  answer!: string;

  /** YYYY-MM-DD. */
  @Column('varchar', { length: 10, nullable: true })
  answeredOn!: string | null;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  recordedById!: string;

  @CreatedAtColumn()
  recordedAt!: Date;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => UserEntity)
  answerRecordedById!: string | null;

  @DateTimeColumn({ nullable: true })
  answerRecordedAt!: Date | null;
}

/**
 * The list of cases a partner sends to the other side before one of its dialogue rounds (one per
 * meeting). Marking it sent records a LIST raising for every case on it.
 */
@Entity('individual_case_lists')
export class IndividualCaseListEntity {
  /** The meeting (dialogue round) the list is for. */
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => MeetingEntity, { onDelete: 'CASCADE' })
  meetingId!: string;

  @DateTimeColumn({ nullable: true })
  sentAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => UserEntity)
  sentById!: string | null;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  updatedById!: string;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

@Entity('individual_case_list_entries')
export class IndividualCaseListEntryEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => IndividualCaseListEntity, { onDelete: 'CASCADE' })
  meetingId!: string;

  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => IndividualCaseEntity, { onDelete: 'CASCADE' })
  caseId!: string;

  @Column('integer')
  position!: number;

  /** What the partner asks for this person on this list. */
  @Column('text', { default: '' })
  request!: string;
}
