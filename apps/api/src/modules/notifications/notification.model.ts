import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification', {
  description:
    'Something for the caller to look at. What it points at is shown only while the caller may still open it.',
})
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. comment.mention' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Who caused it.' })
  actorName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Null when it is no longer available to you.',
  })
  targetTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Where to open it in the portal.' })
  targetPath!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}
