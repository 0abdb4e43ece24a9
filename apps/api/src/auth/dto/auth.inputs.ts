import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 256, { message: 'Enter your password.' })
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, 256)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Length(20, 100, { message: 'This link is not valid.' })
  token!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
