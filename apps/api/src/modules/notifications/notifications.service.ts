import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { LIVE_EVENTS } from '@berne/domain';
import type { Principal } from '../../access/principal';
import { CommonErrors } from '../../common/app-error';
import { LiveGateway } from '../../realtime/live.gateway';
import { UserEntity } from '../users/user.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationTargets, type NotificationTarget } from './notification-targets';

export interface NewNotification {
  kind: string;
  resourceType: string;
  resourceId: string;
  detailId?: string | null;
  actorId?: string | null;
}

export interface NotificationView {
  notification: NotificationEntity;
  actorName: string | null;
  /** Null when the reader can no longer open what it points at. */
  target: NotificationTarget | null;
}

/** Points the link at the sub-record (e.g. the comment thread) when there is one. */
const withDetail = (target: NotificationTarget | null, detailId: string | null) =>
  target && detailId
    ? { ...target, path: `${target.path}${target.path.includes('?') ? '&' : '?'}detail=${detailId}` }
    : target;

@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly targets: NotificationTargets,
    private readonly live: LiveGateway,
  ) {}

  /**
   * Stores one notification per user and pings their open screens. Callers pass only users who
   * may read the record; the record itself is still re-checked when the notification is read.
   */
  async notify(userIds: readonly string[], what: NewNotification): Promise<void> {
    const recipients = [...new Set(userIds)].filter((id) => id !== what.actorId);
    if (recipients.length === 0) return;
    const rows = recipients.map((userId) => ({
      id: randomUUID(),
      userId,
      kind: what.kind,
      resourceType: what.resourceType,
      resourceId: what.resourceId,
      detailId: what.detailId ?? null,
      actorId: what.actorId ?? null,
      readAt: null,
      createdAt: new Date(),
    }));
    await this.notifications.insert(rows);
    for (const row of rows) {
      this.live.toUsers([row.userId], LIVE_EVENTS.notification, { id: row.id, kind: row.kind });
    }
  }

  async list(
    principal: Principal,
    unreadOnly: boolean,
    limit: number,
  ): Promise<NotificationView[]> {
    if (!principal.userId) throw CommonErrors.unauthenticated();
    if (limit < 1 || limit > 100) throw CommonErrors.badInput('limit is between 1 and 100.');
    const rows = await this.notifications.find({
      where: { userId: principal.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
    const targets = await this.targets.resolve(principal, rows);
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => !!x))];
    const actors = actorIds.length
      ? await this.users.find({
          where: { id: In(actorIds) },
          select: { id: true, displayName: true },
        })
      : [];
    return rows.map((notification) => ({
      notification,
      actorName: actors.find((a) => a.id === notification.actorId)?.displayName ?? null,
      target: withDetail(
        targets.get(`${notification.resourceType}:${notification.resourceId}`) ?? null,
        notification.detailId,
      ),
    }));
  }

  async unreadCount(principal: Principal): Promise<number> {
    if (!principal.userId) throw CommonErrors.unauthenticated();
    return this.notifications.count({ where: { userId: principal.userId, readAt: IsNull() } });
  }

  /** Marks the caller's notifications read (the given ones, or all). Returns how many changed. */
  async markRead(principal: Principal, ids: readonly string[] | null): Promise<number> {
    if (!principal.userId) throw CommonErrors.unauthenticated();
    if (ids && ids.length > 100) throw CommonErrors.badInput('At most 100 notifications at once.');
    const result = await this.notifications.update(
      {
        userId: principal.userId,
        readAt: IsNull(),
        ...(ids ? { id: In([...ids]) } : {}),
      },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
  }
}
