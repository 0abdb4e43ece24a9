import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Theme', { description: 'A theme of the dialogue, drawn from the seed document.' })
export class ThemeModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  nameFr!: string;
}
