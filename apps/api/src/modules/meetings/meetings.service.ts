import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { MeetingStatus, PartnerCode } from '@berne/domain';
import { AccessService } from '../../access/access.service';
import type { ResourceRef } from '../../access/access.policy';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { AppError, CommonErrors } from '../../common/app-error';
import { MeetingEvents } from './meeting.events';
import { MeetingEntity, MeetingParticipantEntity } from './meeting.entity';
import {
  MAX_DURATION_HOURS,
  MEETING_TITLE_MAX,
  MeetingErrors,
  REASON_MAX,
} from './meetings.errors';
import type {
  CreateMeetingInput,
  MeetingPlaceInput,
  MeetingsFilter,
  SetMeetingStatusInput,
} from './meetings.inputs';
import { isScheduler, MEETING, meetingResource } from './meetings.policy';
import { isValidTimeZone } from './local-time';

export interface MeetingView {
  meeting: MeetingEntity;
  partnerCodes: PartnerCode[];
  canManage: boolean;
}

/** Which status may follow which. HELD and CANCELLED are final. */
const TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  PLANNED: ['CONFIRMED', 'POSTPONED', 'CANCELLED', 'HELD'],
  CONFIRMED: ['HELD', 'POSTPONED', 'CANCELLED', 'PLANNED'],
  POSTPONED: ['PLANNED', 'CONFIRMED', 'CANCELLED'],
  HELD: [],
  CANCELLED: [],
};

// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const MAX_RANGE_MS = 400 * 24 * 3_600_000;

/** The place and participants of a meeting or poll, checked and cleaned. */
export interface CleanPlace {
  kind: MeetingPlaceInput['kind'];
  title: string;
  venue: string | null;
  city: string;
  timeZone: string;
  hostPartner: PartnerCode | null;
  partnerCodes: PartnerCode[];
}

/** Checks a time range: end after start, at most three days. */
export function checkRange(start: Date, end: Date, field = 'endsAt'): void {
  if (!(end.getTime() > start.getTime())) throw MeetingErrors.endBeforeStart(field);
  if (end.getTime() - start.getTime() > MAX_DURATION_HOURS * 3_600_000) {
    throw MeetingErrors.tooLong(field);
  }
}

export function cleanPlace(input: MeetingPlaceInput): CleanPlace {
  const title = input.title.trim();
  if (!title || CONTROL_CHARS.test(title)) throw MeetingErrors.titleEmpty();
  if (title.length > MEETING_TITLE_MAX) throw MeetingErrors.titleTooLong();
  const city = input.city.trim();
  if (!city) throw MeetingErrors.cityEmpty();
  if (!isValidTimeZone(input.timeZone)) throw MeetingErrors.unknownTimeZone(input.timeZone);
  const partnerCodes = [...new Set(input.partnerCodes)];
  if (partnerCodes.includes('SECRETARIAT')) throw MeetingErrors.secretariatNotAPartner();
  if (partnerCodes.length === 0) throw MeetingErrors.noPartners();
  return {
    kind: input.kind,
    title,
    venue: input.venue?.trim() || null,
    city,
    timeZone: input.timeZone,
    hostPartner: input.hostPartner ?? null,
    partnerCodes,
  };
}

/**
 * Meetings: listed by date range through the access policy's read scope; created, moved and
 * given a status by schedulers (the secretariat, the host partner's coordinator).
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(MeetingParticipantEntity)
    private readonly participants: Repository<MeetingParticipantEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: MeetingEvents,
  ) {}

  async list(principal: Principal, filter: MeetingsFilter): Promise<MeetingView[]> {
    const span = filter.to.getTime() - filter.from.getTime();
    if (!(span > 0) || span > MAX_RANGE_MS) throw MeetingErrors.badRange();
    const qb = this.meetings
      .createQueryBuilder('m')
      .where(
        this.access.readScope(principal, 'm', {
          resourceType: MEETING,
          idColumn: 'id',
          classificationColumn: 'classification',
          ownerColumn: 'hostPartner',
        }),
      )
      .andWhere('m.endsAt > :from AND m.startsAt < :to', { from: filter.from, to: filter.to });
    if (filter.kinds?.length) qb.andWhere('m.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.partnerCode) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp."meetingId" = m.id AND mp."partnerCode" = :partner)',
        { partner: filter.partnerCode },
      );
    }
    const rows = await qb
      .orderBy('m.startsAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(500)
      .getMany();
    return this.hydrate(principal, rows);
  }

  async get(principal: Principal, id: string, ip: string | null): Promise<MeetingView> {
    const { meeting } = await this.requireMeeting(principal, id, 'read', ip);
    return (await this.hydrate(principal, [meeting]))[0];
  }

  /** Loads a meeting after asking the policy; missing and unreadable look the same. */
  async requireMeeting(
    principal: Principal,
    id: string,
    action: 'read' | 'update' | 'share',
    ip: string | null,
  ): Promise<{ meeting: MeetingEntity; resource: ResourceRef; partnerCodes: PartnerCode[] }> {
    const meeting = await this.meetings.findOne({ where: { id } });
    if (!meeting) throw MeetingErrors.notFound();
    const resource = meetingResource(meeting);
    await this.access.require(principal, action, resource, ip);
    const partnerCodes = (await this.participants.find({ where: { meetingId: id } }))
      .map((p) => p.partnerCode)
      .sort();
    return { meeting, resource, partnerCodes };
  }

  async create(
    principal: Principal,
    input: CreateMeetingInput,
    ip: string | null,
  ): Promise<MeetingView> {
    if (!isScheduler(principal)) throw MeetingErrors.notScheduler();
    const place = cleanPlace(input);
    checkRange(input.startsAt, input.endsAt);
    const id = await this.dataSource.transaction((manager) =>
      this.insert(
        manager,
        principal,
        place,
        input.startsAt,
        input.endsAt,
        'PLANNED',
        input.classification,
      ),
    );
    await this.audit.record({
      action: 'meeting.created',
      actor: principal,
      resourceType: MEETING,
      resourceId: id,
      ip,
      details: { kind: place.kind, city: place.city, startsAt: input.startsAt.toISOString() },
    });
    this.events.changed({
      type: MEETING,
      id,
      classification: input.classification,
      ownerPartner: null,
    });
    return this.viewAfterWrite(principal, id);
  }

  /** Inserts a meeting and its participants (also used when a poll is confirmed). */
  async insert(
    manager: EntityManager,
    principal: Principal,
    place: CleanPlace,
    startsAt: Date,
    endsAt: Date,
    status: MeetingStatus,
    classification: MeetingEntity['classification'] = 'PARTNERS',
  ): Promise<string> {
    const id = randomUUID();
    const hostPartner =
      place.hostPartner ??
      (principal.partnerCode && principal.partnerCode !== 'SECRETARIAT'
        ? principal.partnerCode
        : null);
    const resource = meetingResource({ id, classification, hostPartner });
    if (!this.access.can(principal, 'share', resource)) {
      throw new AppError(
        'FORBIDDEN',
        'You can schedule meetings your partner hosts; the secretariat schedules the others.',
      );
    }
    await manager.insert(MeetingEntity, {
      id,
      kind: place.kind,
      title: place.title,
      venue: place.venue,
      city: place.city,
      timeZone: place.timeZone,
      startsAt,
      endsAt,
      status,
      statusReason: null,
      hostPartner,
      classification,
      sequence: 0,
      createdById: principal.userId ?? null,
    });
    await manager.insert(
      MeetingParticipantEntity,
      place.partnerCodes.map((partnerCode) => ({ meetingId: id, partnerCode })),
    );
    return id;
  }

  async setStatus(
    principal: Principal,
    input: SetMeetingStatusInput,
    ip: string | null,
  ): Promise<MeetingView> {
    const { meeting } = await this.requireMeeting(principal, input.id, 'share', ip);
    const to = input.status;
    if (meeting.status === to)
      throw CommonErrors.badInput(`This meeting is already ${to.toLowerCase()}.`);
    if (!TRANSITIONS[meeting.status].includes(to))
      throw MeetingErrors.badTransition(meeting.status, to);
    const reason = input.reason?.trim() || null;
    if ((to === 'POSTPONED' || to === 'CANCELLED') && !reason)
      throw MeetingErrors.reasonRequired(to);
    if (reason && reason.length > REASON_MAX) throw MeetingErrors.reasonTooLong();
    if (to === 'HELD' && meeting.startsAt.getTime() > Date.now())
      throw MeetingErrors.heldInFuture();
    await this.meetings.update(
      { id: meeting.id },
      { status: to, statusReason: reason, sequence: meeting.sequence + 1, updatedAt: new Date() },
    );
    await this.audit.record({
      action: 'meeting.status-changed',
      actor: principal,
      resourceType: MEETING,
      resourceId: meeting.id,
      ip,
      details: { from: meeting.status, to, ...(reason ? { reason } : {}) },
    });
    this.events.changed({
      type: MEETING,
      id: meeting.id,
      classification: meeting.classification,
      ownerPartner: meeting.hostPartner,
    });
    return this.viewAfterWrite(principal, meeting.id);
  }

  async viewAfterWrite(principal: Principal, id: string): Promise<MeetingView> {
    const meeting = await this.meetings.findOneOrFail({ where: { id } });
    return (await this.hydrate(principal, [meeting]))[0];
  }

  async hydrate(principal: Principal, rows: MeetingEntity[]): Promise<MeetingView[]> {
    if (rows.length === 0) return [];
    const participants = await this.participants.find({
      where: { meetingId: In(rows.map((r) => r.id)) },
    });
    return rows.map((meeting) => ({
      meeting,
      partnerCodes: participants
        .filter((p) => p.meetingId === meeting.id)
        .map((p) => p.partnerCode)
        .sort(),
      canManage: this.access.can(principal, 'share', meetingResource(meeting)),
    }));
  }
}
