import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SearchText } from '../common/search-text';
import { AuditOutcomeEnum } from '../graphql/enums';
import type { AuditOutcome } from './audit-entry.entity';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  resourceType!: string | null;

  @Field(() => String, { nullable: true })
  resourceId!: string | null;

  @Field(() => AuditOutcomeEnum)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'JSON object of non-secret context.' })
  details!: string | null;
}

@ObjectType('AuditPage')
export class AuditPageModel {
  @Field(() => [AuditEntryModel])
  entries!: AuditEntryModel[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('AuditVerification')
export class AuditVerificationModel {
  @Field()
  ok!: boolean;

  @Field(() => Int)
  checked!: number;

  @Field(() => ID, { nullable: true })
  firstBrokenId!: string | null;
}

@InputType()
export class AuditFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @SearchText()
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @SearchText()
  actorEmail?: string;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(['SUCCESS', 'FAILURE', 'DENIED'])
  outcome?: AuditOutcome;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}
