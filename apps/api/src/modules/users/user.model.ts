import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@berne/domain';
import { RoleEnum } from '../../graphql/enums';
import { PartnerModel } from '../partners/partner.model';

@ObjectType('User', { description: 'A person with an account on the portal.' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => PartnerModel, { nullable: true, description: 'Null for NGO guests.' })
  partner!: PartnerModel | null;

  @Field()
  clearedForRestricted!: boolean;

  @Field()
  disabled!: boolean;

  @Field()
  locale!: string;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field()
  createdAt!: Date;
}
