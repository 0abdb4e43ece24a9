import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PartnerCode } from '@berne/domain';
import { PartnerCodeEnum } from '../../../graphql/enums';
import { NOTE_VERSION_KINDS, type NoteVersionKind } from './note-version.entity';

export const NoteVersionKindEnum = Object.fromEntries(NOTE_VERSION_KINDS.map((k) => [k, k])) as {
  [K in NoteVersionKind]: K;
};
registerEnumType(NoteVersionKindEnum, {
  name: 'NoteVersionKind',
  description:
    'AUTO: taken during editing; NAMED: named by a person; RESTORED: right after a restore.',
});

@ObjectType('NotePerson', { description: 'Someone who did something to a note. No email.' })
export class NotePersonModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => PartnerCodeEnum, { nullable: true })
  partnerCode!: PartnerCode | null;
}

@ObjectType('NoteVersionApproval')
export class NoteVersionApprovalModel {
  @Field(() => PartnerCodeEnum)
  partnerCode!: PartnerCode;

  @Field(() => NotePersonModel)
  approvedBy!: NotePersonModel;

  @Field()
  approvedAt!: Date;
}

@ObjectType('NoteVersion', { description: 'A frozen copy of a briefing note’s content.' })
export class NoteVersionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  noteId!: string;

  @Field(() => Int, { description: '1, 2, 3… per note.' })
  number!: number;

  @Field(() => NoteVersionKindEnum)
  kind!: NoteVersionKind;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int, { description: 'Size of the stored content, in bytes.' })
  byteSize!: number;

  @Field(() => NotePersonModel, { nullable: true, description: 'Null for automatic versions.' })
  createdBy!: NotePersonModel | null;

  @Field(() => Int, { nullable: true, description: 'For RESTORED: the number brought back.' })
  restoredFromNumber!: number | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sealedAt!: Date | null;

  @Field(() => NotePersonModel, { nullable: true })
  sealedBy!: NotePersonModel | null;

  @Field(() => [NoteVersionApprovalModel], { description: 'Partners that approved it.' })
  approvals!: NoteVersionApprovalModel[];
}

@ObjectType('NoteVersionContent')
export class NoteVersionContentModel {
  @Field(() => NoteVersionModel)
  version!: NoteVersionModel;

  @Field({
    description:
      'The content as a Yjs update (base64), field `body`: open it read-only in the editor.',
  })
  state!: string;
}

export const NoteDiffChangeEnum = { ADDED: 'ADDED', REMOVED: 'REMOVED', SAME: 'SAME' } as const;
registerEnumType(NoteDiffChangeEnum, { name: 'NoteDiffChange' });

@ObjectType('NoteDiffLine')
export class NoteDiffLineModel {
  @Field(() => NoteDiffChangeEnum)
  change!: 'ADDED' | 'REMOVED' | 'SAME';

  @Field()
  text!: string;
}

@ObjectType('NoteVersionDiff')
export class NoteVersionDiffModel {
  @Field(() => NoteVersionModel)
  from!: NoteVersionModel;

  @Field(() => NoteVersionModel, { nullable: true, description: 'Null: the current content.' })
  to!: NoteVersionModel | null;

  @Field(() => [NoteDiffLineModel], { description: 'Line by line (paragraphs, headings, cells).' })
  lines!: NoteDiffLineModel[];

  @Field(() => Int)
  added!: number;

  @Field(() => Int)
  removed!: number;
}
