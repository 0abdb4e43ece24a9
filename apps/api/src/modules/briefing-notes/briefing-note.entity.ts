import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { Classification, PartnerCode } from '@berne/domain';
import { CreatedAtColumn, DateTimeColumn, UpdatedAtColumn } from '../../database/columns';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A briefing note's metadata. Its content is a Yjs document (`briefing-note:<id>`) stored by the
 * collab layer; this row decides who may open it.
 */
@Entity('briefing_notes')
@Index('IDX_briefing_notes_updated', ['updatedAt'])
@Index('IDX_briefing_notes_meeting', ['meetingId'])
@Index('IDX_briefing_notes_scope', ['classification', 'ownerPartner'])
export class BriefingNoteEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 200 })
  title!: string;

  /** The meeting the note prepares. Meetings are not built yet: no foreign key. */
  @Column('varchar', { length: 36, nullable: true })
  meetingId!: string | null;

  @Column('varchar', { length: 16 })
  ownerPartner!: PartnerCode;

  @Column('varchar', { length: 16 })
  classification!: Classification;

  @Column('varchar', { length: 36 })
  createdById!: string;

  @DateTimeColumn({ nullable: true })
  archivedAt!: Date | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

/** The themes a note is tagged with. */
@Entity('briefing_note_themes')
@Index('IDX_briefing_note_themes_theme', ['themeCode'])
export class BriefingNoteThemeEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => BriefingNoteEntity, { onDelete: 'CASCADE' })
  noteId!: string;

  @PrimaryColumn('varchar', { length: 40 })
  @ForeignKey(() => ThemeEntity)
  themeCode!: string;
}

/** The people who have edited a note, in the order they first did (the creator first). */
@Entity('briefing_note_authors')
@Index('IDX_briefing_note_authors_user', ['userId'])
export class BriefingNoteAuthorEntity {
  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => BriefingNoteEntity, { onDelete: 'CASCADE' })
  noteId!: string;

  @PrimaryColumn('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  userId!: string;

  @CreatedAtColumn()
  addedAt!: Date;
}
