import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { PartnerCode } from '@berne/domain';
import { BinaryColumn, CreatedAtColumn, DateTimeColumn } from '../../../database/columns';
import { UserEntity } from '../../users/user.entity';
import { BriefingNoteEntity } from '../briefing-note.entity';

export const NOTE_VERSION_KINDS = ['AUTO', 'NAMED', 'RESTORED'] as const;
export type NoteVersionKind = (typeof NOTE_VERSION_KINDS)[number];

/**
 * A frozen copy of a note's content: the whole Yjs state at that moment, so it can be opened,
 * compared and restored on its own. AUTO ones are taken during activity, NAMED ones by a person,
 * RESTORED ones right after a restore (pointing at the version brought back).
 */
@Entity('briefing_note_versions')
@Index('IDX_briefing_note_versions_note', ['noteId', 'number'], { unique: true })
export class NoteVersionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => BriefingNoteEntity, { onDelete: 'CASCADE' })
  noteId!: string;

  /** 1, 2, 3… per note, in the order taken. */
  @Column('integer')
  number!: number;

  @Column('varchar', { length: 16 })
  kind!: NoteVersionKind;

  @Column('varchar', { length: 120, nullable: true })
  name!: string | null;

  @BinaryColumn()
  state!: Buffer;

  @Column('integer')
  byteSize!: number;

  /** Who named or restored it; null for automatic snapshots. */
  @Column('varchar', { length: 36, nullable: true })
  @ForeignKey(() => UserEntity)
  createdById!: string | null;

  @Column('varchar', { length: 36, nullable: true })
  restoredFromId!: string | null;

  @DateTimeColumn({ nullable: true })
  sealedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  sealedById!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}

/** A partner's approval of a version; sealing freezes the set. One approval per partner. */
@Entity('briefing_note_version_approvals')
export class NoteVersionApprovalEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => NoteVersionEntity, { onDelete: 'CASCADE' })
  versionId!: string;

  @PrimaryColumn('varchar', { length: 16 })
  partnerCode!: PartnerCode;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  approvedById!: string;

  @CreatedAtColumn()
  approvedAt!: Date;
}
