import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, type Repository } from 'typeorm';
import { DELEGATION_LEVELS, PARTNER_CODES, type PartnerCode } from '@berne/domain';
import { AccessService } from '../../../access/access.service';
import { isStaff, type Principal } from '../../../access/principal';
import { AuditService } from '../../../audit/audit.service';
import { AppError, CommonErrors } from '../../../common/app-error';
import { UserEntity } from '../../users/user.entity';
import { MeetingEvents } from '../meeting.events';
import { DelegationMemberEntity, MeetingEntity } from '../meeting.entity';
import { delegateOf, MEETING } from '../meetings.policy';
import { MeetingsService } from '../meetings.service';
import {
  DelegationErrors,
  MEMBER_FUNCTION_MAX,
  MEMBER_MINISTRY_MAX,
  MEMBER_NAME_MAX,
  ROSTER_MAX,
} from './delegations.errors';
import type { AddDelegationMemberInput, UpdateDelegationMemberInput } from './delegations.inputs';
import { DELEGATION, DELEGATION_MEMBER, mayEditDelegation } from './delegations.policy';
import { normalisePersonName } from './person-name';

/** The most meetings the continuity view looks back over. */
export const CONTINUITY_MEETINGS_MAX = 1000;

const MEETING_SCOPE = {
  resourceType: MEETING,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'hostPartner',
} as const;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

export interface DelegationView {
  meetingId: string;
  partnerCode: PartnerCode;
  members: DelegationMemberEntity[];
  canEdit: boolean;
}

export interface AttendanceView {
  member: DelegationMemberEntity;
  meeting: MeetingEntity;
}

export interface ContinuityPersonView {
  name: string;
  meetingCount: number;
  firstSeen: Date;
  lastSeen: Date;
  userId: string | null;
  /** Newest first. */
  attendances: AttendanceView[];
}

export interface ContinuityView {
  partnerCode: PartnerCode;
  people: ContinuityPersonView[];
  meetingsWithoutRoster: MeetingEntity[];
}

type TextField = 'name' | 'ministry' | 'function';
const TEXT_MAX: Record<TextField, number> = {
  name: MEMBER_NAME_MAX,
  ministry: MEMBER_MINISTRY_MAX,
  function: MEMBER_FUNCTION_MAX,
};

function cleanText(field: TextField, raw: string): string {
  const text = raw.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
  if (!text) throw DelegationErrors.required(field);
  if (text.length > TEXT_MAX[field]) throw DelegationErrors.tooLong(field, TEXT_MAX[field]);
  return text;
}

const levelRank = (m: DelegationMemberEntity) => DELEGATION_LEVELS.indexOf(m.level);
const bySeniority = (a: DelegationMemberEntity, b: DelegationMemberEntity) =>
  levelRank(a) - levelRank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
const partnerRank = (code: PartnerCode) => PARTNER_CODES.indexOf(code);

/**
 * Delegation rosters per meeting and partner (seed rec. 3, 4, 12), and the continuity view that
 * shows a partner who went where. Reading them is reading the meeting, for staff only (NGO guests
 * never); a partner's coordinator and diplomats keep its rosters, the secretariat keeps all.
 */
@Injectable()
export class DelegationsService {
  constructor(
    @InjectRepository(DelegationMemberEntity)
    private readonly members: Repository<DelegationMemberEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly meetingsService: MeetingsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: MeetingEvents,
  ) {}

  /** The rosters of a meeting: every participating partner's (or one partner's), even when empty. */
  async rosters(
    principal: Principal,
    meetingId: string,
    partnerCode: PartnerCode | null,
    ip: string | null,
  ): Promise<DelegationView[]> {
    this.requireStaff(principal);
    const { meeting, partnerCodes } = await this.meetingsService.requireMeeting(
      principal,
      meetingId,
      'read',
      ip,
    );
    const members = await this.members.find({
      where: { meetingId: meeting.id, ...(partnerCode ? { partnerCode } : {}) },
    });
    const codes = partnerCode
      ? [partnerCode]
      : [...new Set([...partnerCodes, ...members.map((m) => m.partnerCode)])].sort(
          (a, b) => partnerRank(a) - partnerRank(b),
        );
    return codes.map((code) => ({
      meetingId: meeting.id,
      partnerCode: code,
      members: members.filter((m) => m.partnerCode === code).sort(bySeniority),
      canEdit: partnerCodes.includes(code) && mayEditDelegation(principal, code),
    }));
  }

  async add(
    principal: Principal,
    input: AddDelegationMemberInput,
    ip: string | null,
  ): Promise<DelegationMemberEntity> {
    this.requireStaff(principal);
    const { meeting, partnerCodes } = await this.meetingsService.requireMeeting(
      principal,
      input.meetingId,
      'read',
      ip,
    );
    const partnerCode = input.partnerCode ?? delegateOf(principal);
    if (!partnerCode) throw DelegationErrors.noPartner();
    if (partnerCode === 'SECRETARIAT') throw DelegationErrors.secretariatNoDelegation();
    if (!mayEditDelegation(principal, partnerCode)) throw DelegationErrors.notYourDelegation();
    if (!partnerCodes.includes(partnerCode)) throw DelegationErrors.notParticipant(partnerCode);
    const name = cleanText('name', input.name);
    const ministry = cleanText('ministry', input.ministry);
    const fn = cleanText('function', input.function);
    const roster = await this.members.find({ where: { meetingId: meeting.id, partnerCode } });
    if (roster.length >= ROSTER_MAX) throw DelegationErrors.rosterFull();
    this.assertNotListed(roster, name, partnerCode);
    const userId = input.userId ? await this.checkAccount(input.userId, partnerCode) : null;
    const member: DelegationMemberEntity = {
      id: randomUUID(),
      meetingId: meeting.id,
      partnerCode,
      name,
      ministry,
      function: fn,
      level: input.level,
      userId,
      createdAt: new Date(),
    };
    await this.members.insert(member);
    await this.audit.record({
      action: 'delegation.member-added',
      actor: principal,
      resourceType: DELEGATION_MEMBER,
      resourceId: member.id,
      ip,
      details: { meetingId: meeting.id, partnerCode, level: member.level },
    });
    this.changed(meeting);
    return this.members.findOneOrFail({ where: { id: member.id } });
  }

  async update(
    principal: Principal,
    input: UpdateDelegationMemberInput,
    ip: string | null,
  ): Promise<DelegationMemberEntity> {
    this.requireStaff(principal);
    const { member, meeting } = await this.requireMember(principal, input.id, ip);
    if (!mayEditDelegation(principal, member.partnerCode))
      throw DelegationErrors.notYourDelegation();
    const patch: Partial<DelegationMemberEntity> = {};
    if (input.name != null) {
      const name = cleanText('name', input.name);
      if (name !== member.name) {
        const roster = await this.members.find({
          where: { meetingId: member.meetingId, partnerCode: member.partnerCode },
        });
        this.assertNotListed(
          roster.filter((m) => m.id !== member.id),
          name,
          member.partnerCode,
        );
        patch.name = name;
      }
    }
    if (input.ministry != null) {
      const ministry = cleanText('ministry', input.ministry);
      if (ministry !== member.ministry) patch.ministry = ministry;
    }
    if (input.function != null) {
      const fn = cleanText('function', input.function);
      if (fn !== member.function) patch.function = fn;
    }
    if (input.level != null && input.level !== member.level) patch.level = input.level;
    if (input.userId !== undefined && input.userId !== member.userId) {
      patch.userId =
        input.userId === null ? null : await this.checkAccount(input.userId, member.partnerCode);
    }
    const changed = Object.keys(patch);
    if (changed.length === 0) return member;
    await this.members.update({ id: member.id }, patch);
    await this.audit.record({
      action: 'delegation.member-updated',
      actor: principal,
      resourceType: DELEGATION_MEMBER,
      resourceId: member.id,
      ip,
      details: { meetingId: member.meetingId, partnerCode: member.partnerCode, changed },
    });
    this.changed(meeting);
    return this.members.findOneOrFail({ where: { id: member.id } });
  }

  async remove(principal: Principal, id: string, ip: string | null): Promise<string> {
    this.requireStaff(principal);
    const { member, meeting } = await this.requireMember(principal, id, ip);
    if (!mayEditDelegation(principal, member.partnerCode))
      throw DelegationErrors.notYourDelegation();
    await this.members.delete({ id: member.id });
    await this.audit.record({
      action: 'delegation.member-removed',
      actor: principal,
      resourceType: DELEGATION_MEMBER,
      resourceId: member.id,
      ip,
      details: { meetingId: member.meetingId, partnerCode: member.partnerCode },
    });
    this.changed(meeting);
    return member.id;
  }

  /**
   * For one partner: every person on its rosters, grouped by normalised name, with the meetings
   * they attended (newest first), and the meetings it took part in without a roster. Only meetings
   * the caller may read count; cancelled ones are left out.
   */
  async continuity(principal: Principal, partnerCode: PartnerCode): Promise<ContinuityView> {
    this.requireStaff(principal);
    if (partnerCode === 'SECRETARIAT') throw DelegationErrors.secretariatNoDelegation();
    const meetings = await this.meetings
      .createQueryBuilder('m')
      .where(this.access.readScope(principal, 'm', MEETING_SCOPE))
      .andWhere('m.status <> :cancelled', { cancelled: 'CANCELLED' })
      .andWhere(
        new Brackets((qb) => {
          qb.where(
            'EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp."meetingId" = m.id AND mp."partnerCode" = :partner)',
          ).orWhere(
            'EXISTS (SELECT 1 FROM delegation_members dm WHERE dm."meetingId" = m.id AND dm."partnerCode" = :partner)',
          );
        }),
      )
      .setParameter('partner', partnerCode)
      .orderBy('m.startsAt', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .limit(CONTINUITY_MEETINGS_MAX)
      .getMany();
    const byId = new Map(meetings.map((m) => [m.id, m]));
    const members = meetings.length
      ? await this.members.find({ where: { partnerCode, meetingId: In([...byId.keys()]) } })
      : [];

    const groups = new Map<string, AttendanceView[]>();
    for (const member of members) {
      const key = normalisePersonName(member.name) || member.id;
      const list = groups.get(key) ?? [];
      list.push({ member, meeting: byId.get(member.meetingId)! });
      groups.set(key, list);
    }
    const people = [...groups.values()].map((attendances): ContinuityPersonView => {
      attendances.sort(
        (a, b) =>
          b.meeting.startsAt.getTime() - a.meeting.startsAt.getTime() ||
          a.member.id.localeCompare(b.member.id),
      );
      return {
        name: attendances[0].member.name,
        meetingCount: new Set(attendances.map((a) => a.meeting.id)).size,
        firstSeen: attendances[attendances.length - 1].meeting.startsAt,
        lastSeen: attendances[0].meeting.startsAt,
        userId: attendances.find((a) => a.member.userId)?.member.userId ?? null,
        attendances,
      };
    });
    people.sort(
      (a, b) =>
        b.lastSeen.getTime() - a.lastSeen.getTime() ||
        b.meetingCount - a.meetingCount ||
        a.name.localeCompare(b.name),
    );
    const withRoster = new Set(members.map((m) => m.meetingId));
    return {
      partnerCode,
      people,
      meetingsWithoutRoster: meetings.filter((m) => !withRoster.has(m.id)),
    };
  }

  private requireStaff(principal: Principal): void {
    if (principal.kind === 'ANONYMOUS') throw CommonErrors.unauthenticated();
    if (!isStaff(principal)) throw DelegationErrors.staffOnly();
  }

  /** A roster entry and its meeting, if the caller may read the meeting; otherwise not found. */
  private async requireMember(
    principal: Principal,
    id: string,
    ip: string | null,
  ): Promise<{ member: DelegationMemberEntity; meeting: MeetingEntity }> {
    const member = await this.members.findOne({ where: { id } });
    if (!member) throw DelegationErrors.memberNotFound();
    try {
      const { meeting } = await this.meetingsService.requireMeeting(
        principal,
        member.meetingId,
        'read',
        ip,
      );
      return { member, meeting };
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw DelegationErrors.memberNotFound();
      throw error;
    }
  }

  private assertNotListed(
    roster: DelegationMemberEntity[],
    name: string,
    partnerCode: PartnerCode,
  ): void {
    const key = normalisePersonName(name);
    if (roster.some((m) => normalisePersonName(m.name) === key))
      throw DelegationErrors.duplicate(name, partnerCode);
  }

  /** A linked account belongs to an active coordinator or diplomat of the same partner. */
  private async checkAccount(userId: string, partnerCode: PartnerCode): Promise<string> {
    const user = await this.users.findOne({
      where: { id: userId, partnerCode, disabled: false, role: In(['COORDINATOR', 'DIPLOMAT']) },
    });
    if (!user) throw DelegationErrors.badAccount(partnerCode);
    return user.id;
  }

  private changed(meeting: MeetingEntity): void {
    this.events.changed({
      type: DELEGATION,
      id: meeting.id,
      classification: meeting.classification,
      ownerPartner: meeting.hostPartner,
    });
  }
}
