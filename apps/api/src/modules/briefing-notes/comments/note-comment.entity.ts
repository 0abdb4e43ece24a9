import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn } from '../../../database/columns';
import { UserEntity } from '../../users/user.entity';
import { BriefingNoteEntity } from '../briefing-note.entity';

/**
 * A comment thread anchored to a range of a note's text. The anchor is a pair of Yjs relative
 * positions (JSON), which keep pointing at the same characters whatever is edited around them.
 */
@Entity('briefing_note_comment_threads')
@Index('IDX_note_comment_threads_note', ['noteId', 'createdAt'])
export class NoteCommentThreadEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => BriefingNoteEntity, { onDelete: 'CASCADE' })
  noteId!: string;

  @Column('text')
  anchorStart!: string;

  @Column('text')
  anchorEnd!: string;

  /** The text selected when the thread was started, shown when the anchor's text is deleted. */
  @Column('varchar', { length: 500 })
  quote!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  createdById!: string;

  @DateTimeColumn({ nullable: true })
  resolvedAt!: Date | null;

  @Column('varchar', { length: 36, nullable: true })
  resolvedById!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}

/** One message of a thread. Mentions are kept as user ids (notified once, when posted). */
@Entity('briefing_note_comments')
@Index('IDX_note_comments_thread', ['threadId', 'createdAt'])
export class NoteCommentEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => NoteCommentThreadEntity, { onDelete: 'CASCADE' })
  threadId!: string;

  @Column('varchar', { length: 36 })
  @ForeignKey(() => UserEntity)
  authorId!: string;

  @Column('text')
  body!: string;

  /** JSON array of mentioned user ids. */
  @Column('text', { default: '[]' })
  mentions!: string;

  @CreatedAtColumn()
  createdAt!: Date;
}
