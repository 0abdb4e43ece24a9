import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NotePersonModel } from '../versions/note-version.model';
import { ANCHOR_MAX, COMMENT_MAX, QUOTE_MAX } from './note-comments.errors';

/** Transport bounds; the service trims and gives the precise message. */
const ID_FIELD = () => [Field(() => ID), IsUUID('all', { message: 'This id is not valid.' })];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const d of decorators) d(target, key);
  };
const MENTIONS = (): PropertyDecorator =>
  apply([
    Field(() => [ID], { nullable: true }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20, { message: 'Mention at most 20 people in one comment.' }),
    IsUUID('all', { each: true, message: 'A mentioned person is not valid.' }),
  ]);
const TEXT = (max: number, message: string): PropertyDecorator =>
  apply([Field(), IsString(), MaxLength(max, { message })]);

@ObjectType('NoteComment')
export class NoteCommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotePersonModel)
  author!: NotePersonModel;

  @Field()
  body!: string;

  @Field(() => [NotePersonModel])
  mentions!: NotePersonModel[];

  @Field()
  createdAt!: Date;
}

@ObjectType('NoteCommentThread', {
  description:
    'Comments anchored to a range of a note. The anchor is a pair of Yjs relative positions (JSON) in the field `body`.',
})
export class NoteCommentThreadModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  noteId!: string;

  @Field()
  anchorStart!: string;

  @Field()
  anchorEnd!: string;

  @Field({ description: 'The text selected when the thread started.' })
  quote!: string;

  @Field(() => NotePersonModel)
  createdBy!: NotePersonModel;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => NotePersonModel, { nullable: true })
  resolvedBy!: NotePersonModel | null;

  @Field(() => [NoteCommentModel])
  comments!: NoteCommentModel[];

  @Field({ description: 'The caller may resolve or reopen it.' })
  canResolve!: boolean;
}

@InputType()
export class StartNoteCommentThreadInput {
  @apply(ID_FIELD())
  noteId!: string;

  /** Y.relativePositionToJSON of the selection start, as JSON text. */
  @TEXT(ANCHOR_MAX, 'The comment is not attached to a valid place in the note.')
  anchorStart!: string;

  @TEXT(ANCHOR_MAX, 'The comment is not attached to a valid place in the note.')
  anchorEnd!: string;

  @TEXT(QUOTE_MAX * 2, `Select at most ${QUOTE_MAX} characters to comment on.`)
  quote!: string;

  @TEXT(COMMENT_MAX * 2, `A comment has at most ${COMMENT_MAX} characters.`)
  body!: string;

  @MENTIONS()
  mentionUserIds?: string[];
}

@InputType()
export class ReplyToNoteCommentInput {
  @apply(ID_FIELD())
  threadId!: string;

  @TEXT(COMMENT_MAX * 2, `A comment has at most ${COMMENT_MAX} characters.`)
  body!: string;

  @MENTIONS()
  mentionUserIds?: string[];
}
