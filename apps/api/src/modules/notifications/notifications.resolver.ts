import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../access/principal';
import { CurrentPrincipal } from '../../auth/request-context';
import { NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => [NotificationModel], { description: "The caller's notifications, newest first." })
  async notifications(
    @CurrentPrincipal() principal: Principal,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('limit', { type: () => Int, defaultValue: 30 }) limit: number,
  ): Promise<NotificationModel[]> {
    const views = await this.service.list(principal, unreadOnly, limit);
    return views.map(({ notification: n, actorName, target }) => ({
      id: n.id,
      kind: n.kind,
      actorName,
      targetTitle: target?.title ?? null,
      targetPath: target?.path ?? null,
      createdAt: n.createdAt,
      readAt: n.readAt,
    }));
  }

  @Query(() => Int)
  async unreadNotificationCount(@CurrentPrincipal() principal: Principal): Promise<number> {
    return this.service.unreadCount(principal);
  }

  @Mutation(() => Int, { description: 'Marks notifications read (all when ids is omitted).' })
  async markNotificationsRead(
    @CurrentPrincipal() principal: Principal,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(principal, ids ?? null);
  }
}
