import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type {
  AgendaItemState,
  AgendaLinkKind,
  Classification,
  ConsentPosition,
  InfluenceRegion,
  PartnerCode,
  VulnerableGroup,
} from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';
import { MeetingEntity } from '../meetings/meeting.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';

/** A meeting's agenda: open for proposals and consent, or locked by the chair (a version). */
@Entity('agendas')
export class AgendaEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => MeetingEntity, { onDelete: 'CASCADE' })
  meetingId!: string;

  @Column('varchar', { length: 8 })
  status!: 'OPEN' | 'LOCKED';

  /** How many times it was locked: the number of the current (or last) locked version. */
  @Column('integer', { default: 0 })
  version!: number;

  @DateTimeColumn({ nullable: true })
  lockedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  lockedById!: string | null;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

/** One item of a meeting's agenda, proposed by a partner and agreed by every participating one. */
@Entity('agenda_items')
@Index('IDX_agenda_items_meeting', ['meetingId', 'position'])
@Index('IDX_agenda_items_scope', ['classification', 'proposingPartner'])
export class AgendaItemEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => MeetingEntity, { onDelete: 'CASCADE' })
  meetingId!: string;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('varchar', { length: 16 })
  proposingPartner!: PartnerCode;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  proposedById!: string;

  /** Minutes allocated in the meeting. */
  @Column('integer', { default: 0 })
  minutes!: number;

  /** Order on the agenda, 0-based. */
  @Column('integer', { default: 0 })
  position!: number;

  @Column('varchar', { length: 16 })
  state!: AgendaItemState;

  @Column('varchar', { length: 16 })
  classification!: Classification;

  /** Shown in the guest version of the agenda (NGO consultations). */
  @Column('boolean', { default: false })
  guestVisible!: boolean;

  /** Set for items on China's influence on human rights abroad. */
  @Column('varchar', { length: 24, nullable: true })
  influenceRegion!: InfluenceRegion | null;

  /** A silence procedure: agreed at this instant unless someone objects before. */
  @DateTimeColumn({ nullable: true })
  silenceDeadline!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

@Entity('agenda_item_themes')
@Index('IDX_agenda_item_themes_theme', ['themeCode'])
export class AgendaItemThemeEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  itemId!: string;

  @PrimaryColumn('varchar', { length: 40 })
  @ForeignKey(() => ThemeEntity)
  themeCode!: string;
}

@Entity('agenda_item_groups')
export class AgendaItemGroupEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  itemId!: string;

  @PrimaryColumn('varchar', { length: 24 })
  groupCode!: VulnerableGroup;
}

/** A link from an item to a briefing note, benchmark or case (shown only to its readers). */
@Entity('agenda_item_links')
export class AgendaItemLinkEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  itemId!: string;

  @PrimaryColumn('varchar', { length: 16 })
  kind!: AgendaLinkKind;

  @PrimaryColumn('varchar', { length: 36 })
  targetId!: string;
}

/** A delegation's position on an item: one row per participating partner. */
@Entity('agenda_consents')
export class AgendaConsentEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  itemId!: string;

  @PrimaryColumn('varchar', { length: 16 })
  partnerCode!: PartnerCode;

  @Column('varchar', { length: 16 })
  position!: ConsentPosition;

  /** Required for a reservation or an objection. */
  @Column('text', { nullable: true })
  text!: string | null;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  byUserId!: string;

  @DateTimeColumn()
  at!: Date;
}

/** Everything that happened to an item, with who and when. */
@Entity('agenda_item_history')
@Index('IDX_agenda_item_history_item', ['itemId', 'at'])
export class AgendaItemHistoryEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  itemId!: string;

  /** e.g. proposed, consent, state, edited, silence-opened, reordered. */
  @Column('varchar', { length: 24 })
  event!: string;

  @Column('varchar', { length: 16, nullable: true })
  fromState!: AgendaItemState | null;

  @Column('varchar', { length: 16, nullable: true })
  toState!: AgendaItemState | null;

  @Column('varchar', { length: 16, nullable: true })
  partnerCode!: PartnerCode | null;

  @Column('text', { nullable: true })
  detail!: string | null;

  /** Null when the system did it (a silence procedure's deadline). */
  @Column('varchar', { length: 36, nullable: true })
  byUserId!: string | null;

  @DateTimeColumn()
  at!: Date;
}

/** A diplomat a coordinator lets speak for its partner on agendas. */
@Entity('agenda_speakers')
export class AgendaSpeakerEntity {
  @PrimaryColumn('varchar', { length: 16 })
  partnerCode!: PartnerCode;

  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE' })
  userId!: string;

  @Column('varchar', { length: 36 })
  grantedById!: string;

  @CreatedAtColumn()
  grantedAt!: Date;
}

/** A locked agenda, frozen: the items as they were, in order, with each partner's position. */
@Entity('agenda_versions')
@Index('IDX_agenda_versions_meeting', ['meetingId', 'number'], { unique: true })
export class AgendaVersionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => MeetingEntity, { onDelete: 'CASCADE' })
  meetingId!: string;

  @Column('integer')
  number!: number;

  /** JSON: the items (id, title, state, minutes, themes, consents) in order. */
  @Column('text')
  snapshot!: string;

  @DateTimeColumn()
  lockedAt!: Date;

  @Column('varchar', { length: 36 })
  lockedById!: string;

  @DateTimeColumn({ nullable: true })
  reopenedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  reopenedById!: string | null;

  @Column('varchar', { length: 500, nullable: true })
  reopenReason!: string | null;
}
