import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgendaItemSummaryModel } from '../continuity/agenda-continuity.model';

@ObjectType('AgendaTextRange', { description: 'A stretch of a string (UTF-16 code units).' })
export class AgendaTextRangeModel {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  length!: number;
}

@ObjectType('AgendaSearchSnippet', {
  description: 'Plain text from the description around the match, with where the text occurs.',
})
export class AgendaSearchSnippetModel {
  @Field()
  text!: string;

  @Field(() => [AgendaTextRangeModel])
  highlights!: AgendaTextRangeModel[];
}

@ObjectType('AgendaItemSearchResult')
export class AgendaItemSearchResultModel {
  @Field(() => AgendaItemSummaryModel, { description: 'The item, with its meeting and outcome.' })
  item!: AgendaItemSummaryModel;

  @Field(() => [AgendaTextRangeModel], { description: 'Where the text occurs in the title.' })
  titleHighlights!: AgendaTextRangeModel[];

  @Field(() => AgendaSearchSnippetModel, {
    nullable: true,
    description: 'Null when the item has no description.',
  })
  snippet!: AgendaSearchSnippetModel | null;
}

@ObjectType('AgendaItemSearchPage')
export class AgendaItemSearchPageModel {
  @Field(() => Int, { description: 'How many items match in all (readable ones only).' })
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;

  @Field(() => [AgendaItemSearchResultModel], {
    description: 'Newest meeting first, then in agenda order.',
  })
  results!: AgendaItemSearchResultModel[];
}
