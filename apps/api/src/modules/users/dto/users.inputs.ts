import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PARTNER_CODES, ROLES, type PartnerCode, type Role } from '@berne/domain';
import { SearchText } from '../../../common/search-text';
import { PartnerCodeEnum, RoleEnum } from '../../../graphql/enums';

@InputType()
export class UsersFilter {
  @Field(() => PartnerCodeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  partnerCode?: PartnerCode;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @SearchText()
  search?: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(2, 120, { message: 'A display name needs 2 to 120 characters.' })
  displayName!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => PartnerCodeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PARTNER_CODES)
  partnerCode?: PartnerCode;

  @Field()
  @IsBoolean()
  clearedForRestricted!: boolean;
}

@InputType()
export class SetUserDisabledInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown user.' })
  userId!: string;

  @Field()
  @IsBoolean()
  disabled!: boolean;
}
