import { Field, ObjectType } from '@nestjs/graphql';
import type { PartnerCode } from '@berne/domain';
import { PartnerCodeEnum } from '../../graphql/enums';

@ObjectType('Partner', { description: 'A Berne Process member (or the secretariat).' })
export class PartnerModel {
  @Field(() => PartnerCodeEnum)
  code!: PartnerCode;

  @Field()
  name!: string;

  @Field()
  nameFr!: string;

  @Field()
  capital!: string;

  @Field({ description: "IANA time zone of the partner's capital." })
  timeZone!: string;

  @Field()
  color!: string;
}
