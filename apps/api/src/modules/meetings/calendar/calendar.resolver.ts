import { Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedLinkModel, CalendarFeedModel } from './calendar.model';

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedModel, {
    nullable: true,
    description: 'The caller’s calendar subscription, or null. Staff only.',
  })
  calendarFeed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedModel | null> {
    return this.feeds.current(principal);
  }

  @Mutation(() => CalendarFeedLinkModel, {
    description:
      'Creates the caller’s calendar subscription URL (shown once) and stops any previous one. Staff only.',
  })
  createCalendarFeed(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
  ): Promise<CalendarFeedLinkModel> {
    return this.feeds.create(principal, ip);
  }

  @Mutation(() => Boolean, {
    description: 'Stops the caller’s calendar subscription; false if there was none.',
  })
  revokeCalendarFeed(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
  ): Promise<boolean> {
    return this.feeds.revoke(principal, ip);
  }
}
