import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Classification, PartnerCode } from '@berne/domain';
import { ClassificationEnum, PartnerCodeEnum } from '../../graphql/enums';
import { PartnerModel } from '../partners/partner.model';
import { ThemeModel } from '../themes/theme.model';

@ObjectType('NoteAuthor', {
  description: 'Someone who has edited a briefing note. No email: guests may see authors.',
})
export class NoteAuthorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => PartnerCodeEnum, { nullable: true, description: 'Null for NGO guests.' })
  partnerCode!: PartnerCode | null;
}

@ObjectType('BriefingNote', {
  description: 'A briefing note. Its content is the Yjs document named `docName`, edited live.',
})
export class BriefingNoteModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'The collaborative document holding the content: `briefing-note:<id>`.' })
  docName!: string;

  @Field(() => ClassificationEnum)
  classification!: Classification;

  @Field(() => PartnerModel, { description: 'The partner whose coordinator manages the note.' })
  ownerPartner!: PartnerModel;

  @Field(() => ID, { nullable: true, description: 'The meeting the note prepares, if any.' })
  meetingId!: string | null;

  @Field(() => [ThemeModel])
  themes!: ThemeModel[];

  @Field(() => [NoteAuthorModel], { description: 'Who has edited the note, the creator first.' })
  authors!: NoteAuthorModel[];

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field({ description: 'The caller may edit the content and the title (false once archived).' })
  canEdit!: boolean;

  @Field({ description: 'The caller may reclassify, name readers, archive and unarchive.' })
  canShare!: boolean;
}
