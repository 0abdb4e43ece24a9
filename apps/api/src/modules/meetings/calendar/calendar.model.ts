import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', {
  description: 'The caller’s personal calendar subscription (never its secret URL).',
})
export class CalendarFeedModel {
  @Field()
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Last fetched by a calendar client (to the minute).',
  })
  lastUsedAt!: Date | null;
}

@ObjectType('CalendarFeedLink', {
  description: 'A new subscription URL. Shown once: only a hash of its secret is kept.',
})
export class CalendarFeedLinkModel {
  @Field({
    description:
      'The secret feed URL (https://…/api/calendar/<token>.ics); anyone holding it reads the feed.',
  })
  url!: string;

  @Field()
  createdAt!: Date;
}
