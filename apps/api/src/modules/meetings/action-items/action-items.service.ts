import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Classification, PartnerCode } from '@berne/domain';
import { decide, type ResourceRef } from '../../../access/access.policy';
import { AccessService } from '../../../access/access.service';
import { isStaff, type Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { principalFor } from '../../../auth/principal.factory';
import { CommonErrors } from '../../../common/app-error';
import type { NotificationTarget } from '../../notifications/notification-targets';
import { NotificationsService } from '../../notifications/notifications.service';
import { UserEntity } from '../../users/user.entity';
import { ActionItemEntity } from '../action-item.entity';
import { MeetingEvents } from '../meeting.events';
import { MeetingEntity } from '../meeting.entity';
import { ACTION_ITEM, MEETING, meetingResource } from '../meetings.policy';
import { MeetingsService } from '../meetings.service';
import { ACTION_DESCRIPTION_MAX, ACTION_TITLE_MAX, ActionItemErrors } from './action-items.errors';
import {
  ACTION_LIST_LIMIT,
  type ActionItemsFilter,
  type CreateActionItemInput,
  type UpdateActionItemInput,
} from './action-items.inputs';
import { ACTION_ITEM_SCOPE, actionItemResource, mayEditActionItem } from './action-items.policy';
import {
  DUE_YEAR_MAX,
  DUE_YEAR_MIN,
  isCalendarDate,
  isOverdue,
  OPEN_ACTION_STATUSES,
  todayUtc,
} from './due-date';

/** The notification an assignee receives. */
export const ACTION_ASSIGNED = 'action.assigned';

const STAFF_ROLES = ['SECRETARIAT', 'COORDINATOR', 'DIPLOMAT'] as const;
const MY_OPEN_LIMIT = 200;
const MY_CLOSED_LIMIT = 100;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
/** Control characters other than tab and line breaks (PostgreSQL refuses NUL in text). */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const MEETING_SCOPE = {
  resourceType: MEETING,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'hostPartner',
} as const;

export interface ActionItemPerson {
  id: string;
  displayName: string;
  partnerCode: PartnerCode | null;
}

export interface ActionItemView {
  item: ActionItemEntity;
  /** Its meeting, when the reader may read that too. */
  meeting: MeetingEntity | null;
  assignee: ActionItemPerson | null;
  createdBy: ActionItemPerson | null;
  overdue: boolean;
  canEdit: boolean;
}

export function cleanActionTitle(raw: string): string {
  const title = raw.replace(/[\t\r\n]+/g, ' ').trim();
  if (!title || CONTROL_CHARS.test(title)) throw ActionItemErrors.titleEmpty();
  if (title.length > ACTION_TITLE_MAX) throw ActionItemErrors.titleTooLong();
  return title;
}

function cleanDescription(raw: string | null | undefined): string {
  const description = (raw ?? '').replace(STRAY_CONTROL_CHARS, '').trim();
  if (description.length > ACTION_DESCRIPTION_MAX) throw ActionItemErrors.descriptionTooLong();
  return description;
}

export function checkDueDate(raw: string): string {
  const text = raw.trim();
  if (!isCalendarDate(text)) throw ActionItemErrors.badDueDate(text);
  const year = Number(text.slice(0, 4));
  if (year < DUE_YEAR_MIN || year > DUE_YEAR_MAX) throw ActionItemErrors.dueDateOutOfRange();
  return text;
}

/**
 * Action items: work carried between meetings. Staff who can read a meeting record items from
 * it; the owning partner's staff, the assignee and the secretariat move them along. Every list is
 * scoped in SQL by the access policy (type action-item, classification, owner partner); NGO guests
 * never see action items. Assignees are notified; every write is audited and announced live.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    @InjectRepository(ActionItemEntity) private readonly items: Repository<ActionItemEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly meetingsService: MeetingsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: MeetingEvents,
    private readonly notifications: NotificationsService,
  ) {}

  async list(principal: Principal, filter: ActionItemsFilter): Promise<ActionItemView[]> {
    this.requireStaff(principal);
    const qb = this.scoped(principal);
    if (filter.meetingId) qb.andWhere('a.meetingId = :meetingId', { meetingId: filter.meetingId });
    if (filter.ownerPartner) qb.andWhere('a.ownerPartner = :owner', { owner: filter.ownerPartner });
    if (filter.assignedToMe) qb.andWhere('a.assigneeId = :me', { me: principal.userId });
    if (filter.statuses?.length)
      qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.overdueOnly) {
      qb.andWhere('a.status IN (:...openStatuses) AND a.dueDate < :today', {
        openStatuses: OPEN_ACTION_STATUSES,
        today: todayUtc(),
      });
    }
    const rows = await qb
      .orderBy('a.dueDate', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(Math.min(filter.limit ?? 200, ACTION_LIST_LIMIT))
      .getMany();
    return this.hydrate(principal, rows);
  }

  /** Assigned to the caller or owned by the caller's partner: open ones first (soonest due), then the rest. */
  async mine(principal: Principal): Promise<ActionItemView[]> {
    this.requireStaff(principal);
    const mineOnly = () =>
      new Brackets((qb) => {
        qb.where('a.assigneeId = :me', { me: principal.userId });
        if (principal.partnerCode)
          qb.orWhere('a.ownerPartner = :myPartner', { myPartner: principal.partnerCode });
      });
    const open = await this.scoped(principal)
      .andWhere(mineOnly())
      .andWhere('a.status IN (:...openStatuses)', { openStatuses: OPEN_ACTION_STATUSES })
      .orderBy('a.dueDate', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(MY_OPEN_LIMIT)
      .getMany();
    const closed = await this.scoped(principal)
      .andWhere(mineOnly())
      .andWhere('a.status NOT IN (:...openStatuses)', { openStatuses: OPEN_ACTION_STATUSES })
      .orderBy('a.updatedAt', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .limit(MY_CLOSED_LIMIT)
      .getMany();
    return this.hydrate(principal, [...open, ...closed]);
  }

  async get(principal: Principal, id: string, ip: string | null): Promise<ActionItemView> {
    this.requireStaff(principal);
    const item = await this.requireItem(principal, id, ip);
    return (await this.hydrate(principal, [item]))[0];
  }

  /**
   * The open items (OPEN, IN_PROGRESS) of the meeting of the same kind held before this one — the
   * latest earlier one the caller may read, not cancelled or postponed — to offer for its agenda.
   */
  async openForNextMeeting(
    principal: Principal,
    meetingId: string,
    ip: string | null,
  ): Promise<ActionItemView[]> {
    this.requireStaff(principal);
    const { meeting } = await this.meetingsService.requireMeeting(principal, meetingId, 'read', ip);
    const previous = await this.meetings
      .createQueryBuilder('m')
      .where(this.access.readScope(principal, 'm', MEETING_SCOPE))
      .andWhere('m.kind = :kind', { kind: meeting.kind })
      .andWhere('m.startsAt < :startsAt', { startsAt: meeting.startsAt })
      .andWhere('m.id <> :id', { id: meeting.id })
      .andWhere('m.status NOT IN (:...skipped)', { skipped: ['CANCELLED', 'POSTPONED'] })
      .orderBy('m.startsAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(1)
      .getOne();
    if (!previous) return [];
    const rows = await this.scoped(principal)
      .andWhere('a.meetingId = :previousId', { previousId: previous.id })
      .andWhere('a.status IN (:...openStatuses)', { openStatuses: OPEN_ACTION_STATUSES })
      .orderBy('a.dueDate', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(ACTION_LIST_LIMIT)
      .getMany();
    return this.hydrate(principal, rows);
  }

  async create(
    principal: Principal,
    input: CreateActionItemInput,
    ip: string | null,
  ): Promise<ActionItemView> {
    this.requireStaff(principal);
    const { meeting } = await this.meetingsService.requireMeeting(
      principal,
      input.meetingId,
      'read',
      ip,
    );
    const ownerPartner = this.ownerFor(principal, input.ownerPartner ?? null);
    const title = cleanActionTitle(input.title);
    const description = cleanDescription(input.description);
    const dueDate = checkDueDate(input.dueDate);
    const classification = input.classification ?? 'PARTNERS';
    const id = randomUUID();
    const resource = actionItemResource({ id, classification, ownerPartner });
    if (!this.access.can(principal, 'create', resource)) {
      throw ActionItemErrors.classificationNotYours(classification);
    }
    const assignee = input.assigneeId ? await this.checkAssignee(input.assigneeId, resource) : null;
    const now = new Date();
    await this.items.insert({
      id,
      title,
      description,
      meetingId: meeting.id,
      agendaItemId: input.agendaItemId ?? null,
      ownerPartner,
      assigneeId: assignee?.id ?? null,
      dueDate,
      status: 'OPEN',
      classification,
      createdById: principal.userId!,
      completedAt: null,
      // Explicit, with milliseconds: the column default has one-second precision on SQLite.
      createdAt: now,
      updatedAt: now,
    });
    // No titles in the audit log: a partner-private title must not leak through it.
    await this.audit.record({
      action: 'action-item.created',
      actor: principal,
      resourceType: ACTION_ITEM,
      resourceId: id,
      ip,
      details: {
        meetingId: meeting.id,
        ownerPartner,
        classification,
        dueDate,
        assigneeId: assignee?.id ?? null,
      },
    });
    if (assignee) await this.notifyAssignee(principal, id, assignee.id);
    this.changed({ id, classification, ownerPartner });
    return this.one(principal, id);
  }

  async update(
    principal: Principal,
    input: UpdateActionItemInput,
    ip: string | null,
  ): Promise<ActionItemView> {
    this.requireStaff(principal);
    const item = await this.requireItem(principal, input.id, ip);
    if (!mayEditActionItem(principal, item)) throw ActionItemErrors.notEditor();
    const patch: Partial<ActionItemEntity> = {};
    if (input.title != null) {
      const title = cleanActionTitle(input.title);
      if (title !== item.title) patch.title = title;
    }
    if (input.description != null) {
      const description = cleanDescription(input.description);
      if (description !== item.description) patch.description = description;
    }
    if (input.dueDate != null) {
      const dueDate = checkDueDate(input.dueDate);
      if (dueDate !== item.dueDate) patch.dueDate = dueDate;
    }
    let newAssignee: UserEntity | null = null;
    if (input.assigneeId !== undefined && input.assigneeId !== item.assigneeId) {
      if (input.assigneeId === null) {
        patch.assigneeId = null;
      } else {
        newAssignee = await this.checkAssignee(input.assigneeId, actionItemResource(item));
        patch.assigneeId = newAssignee.id;
      }
    }
    if (input.status != null && input.status !== item.status) {
      patch.status = input.status;
      patch.completedAt = input.status === 'DONE' ? new Date() : null;
    }
    const changed = Object.keys(patch).filter((k) => k !== 'completedAt');
    if (changed.length === 0) return this.one(principal, item.id);
    await this.items.update({ id: item.id }, { ...patch, updatedAt: new Date() });
    await this.audit.record({
      action: 'action-item.updated',
      actor: principal,
      resourceType: ACTION_ITEM,
      resourceId: item.id,
      ip,
      details: {
        changed,
        ...(patch.status ? { from: item.status, to: patch.status } : {}),
        ...(patch.dueDate ? { dueDate: patch.dueDate } : {}),
        ...('assigneeId' in patch ? { assigneeId: patch.assigneeId } : {}),
      },
    });
    if (newAssignee) await this.notifyAssignee(principal, item.id, newAssignee.id);
    this.changed(item);
    return this.one(principal, item.id);
  }

  /** Active staff who could read an item of this classification and owner: the assignee picker. */
  async assignable(
    principal: Principal,
    ownerPartner: PartnerCode | null,
    classification: Classification,
  ): Promise<ActionItemPerson[]> {
    this.requireStaff(principal);
    const owner = this.ownerFor(principal, ownerPartner);
    const resource: ResourceRef = { type: ACTION_ITEM, classification, ownerPartner: owner };
    if (!this.access.can(principal, 'read', resource))
      throw ActionItemErrors.classificationNotYours(classification);
    const users = await this.users.find({
      where: { disabled: false, role: In([...STAFF_ROLES]) },
      order: { displayName: 'ASC', id: 'ASC' },
      take: 1000,
    });
    return users
      .filter((u) => decide(principalFor(u), 'read', resource).allowed)
      .map((u) => ({ id: u.id, displayName: u.displayName, partnerCode: u.partnerCode ?? null }));
  }

  /** Notifications about an item show its title only to readers who may still open it. */
  async targetsFor(
    principal: Principal,
    ids: readonly string[],
  ): Promise<Map<string, NotificationTarget>> {
    if (ids.length === 0) return new Map();
    const rows = await this.items.find({ where: { id: In([...ids]) } });
    return new Map(
      rows
        .filter((r) => this.access.can(principal, 'read', actionItemResource(r)))
        .map((r) => [r.id, { title: r.title, path: `/actions?item=${r.id}` }]),
    );
  }

  private scoped(principal: Principal): SelectQueryBuilder<ActionItemEntity> {
    return this.items
      .createQueryBuilder('a')
      .where(this.access.readScope(principal, 'a', ACTION_ITEM_SCOPE));
  }

  private requireStaff(principal: Principal): void {
    if (principal.kind === 'ANONYMOUS') throw CommonErrors.unauthenticated();
    if (!isStaff(principal)) throw ActionItemErrors.staffOnly();
  }

  /** Loads an item after asking the policy; missing and unreadable look the same. */
  private async requireItem(
    principal: Principal,
    id: string,
    ip: string | null,
  ): Promise<ActionItemEntity> {
    const item = await this.items.findOne({ where: { id } });
    if (!item) throw ActionItemErrors.notFound();
    await this.access.require(principal, 'read', actionItemResource(item), ip);
    return item;
  }

  private ownerFor(principal: Principal, requested: PartnerCode | null): PartnerCode {
    const own = principal.partnerCode ?? null;
    if (!requested) {
      if (!own) throw ActionItemErrors.noOwner();
      return own;
    }
    if (requested !== own && principal.kind !== 'SECRETARIAT')
      throw ActionItemErrors.ownerNotYours();
    return requested;
  }

  /** An assignee is an active staff account that the policy lets read the item. */
  private async checkAssignee(userId: string, resource: ResourceRef): Promise<UserEntity> {
    const user = await this.users.findOne({
      where: { id: userId, disabled: false, role: In([...STAFF_ROLES]) },
    });
    if (!user) throw ActionItemErrors.unknownAssignee();
    if (!decide(principalFor(user), 'read', resource).allowed) {
      throw ActionItemErrors.assigneeCannotRead(user.displayName, resource.classification);
    }
    return user;
  }

  private async notifyAssignee(
    principal: Principal,
    itemId: string,
    assigneeId: string,
  ): Promise<void> {
    await this.notifications.notify([assigneeId], {
      kind: ACTION_ASSIGNED,
      resourceType: ACTION_ITEM,
      resourceId: itemId,
      actorId: principal.userId ?? null,
    });
  }

  private changed(item: Pick<ActionItemEntity, 'id' | 'classification' | 'ownerPartner'>): void {
    this.events.changed({
      type: ACTION_ITEM,
      id: item.id,
      classification: item.classification,
      ownerPartner: item.ownerPartner,
    });
  }

  private async one(principal: Principal, id: string): Promise<ActionItemView> {
    const item = await this.items.findOneOrFail({ where: { id } });
    return (await this.hydrate(principal, [item]))[0];
  }

  /** Rows already passed the read scope; this adds people, the meeting (if readable) and flags. */
  private async hydrate(principal: Principal, rows: ActionItemEntity[]): Promise<ActionItemView[]> {
    if (rows.length === 0) return [];
    const userIds = [
      ...new Set(
        rows.flatMap((r) => [r.assigneeId, r.createdById]).filter((x): x is string => !!x),
      ),
    ];
    const users = userIds.length
      ? await this.users.find({
          where: { id: In(userIds) },
          select: { id: true, displayName: true, partnerCode: true },
        })
      : [];
    const people = new Map<string, ActionItemPerson>(
      users.map((u) => [
        u.id,
        { id: u.id, displayName: u.displayName, partnerCode: u.partnerCode ?? null },
      ]),
    );
    const meetingIds = [...new Set(rows.map((r) => r.meetingId).filter((x): x is string => !!x))];
    const meetings = meetingIds.length
      ? await this.meetings.find({ where: { id: In(meetingIds) } })
      : [];
    const readable = new Map(
      meetings
        .filter((m) => this.access.can(principal, 'read', meetingResource(m)))
        .map((m) => [m.id, m]),
    );
    const now = new Date();
    return rows.map((item) => ({
      item,
      meeting: (item.meetingId && readable.get(item.meetingId)) || null,
      assignee: (item.assigneeId && people.get(item.assigneeId)) || null,
      createdBy: people.get(item.createdById) ?? null,
      overdue: isOverdue(item, now),
      canEdit: mayEditActionItem(principal, item),
    }));
  }
}
