import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type Repository } from 'typeorm';
import type { PartnerCode, PollAnswer } from '@berne/domain';
import { isStaff, type Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UserEntity } from '../users/user.entity';
import { localSlot, type LocalSlot } from './local-time';
import { MeetingEvents } from './meeting.events';
import { MAX_SLOTS, MeetingErrors } from './meetings.errors';
import type { CreatePollInput, PollAnswerInput } from './meetings.inputs';
import { can } from '../../access/access.policy';
import { delegateOf, isScheduler, MEETING, meetingResource, SCHEDULING_POLL } from './meetings.policy';
import { checkRange, cleanPlace, MeetingsService, type MeetingView } from './meetings.service';
import {
  PollPartnerEntity,
  PollSlotEntity,
  PollVoteEntity,
  SchedulingPollEntity,
} from './poll.entity';

export interface VoteView {
  userId: string;
  displayName: string;
  partnerCode: PartnerCode;
  answer: PollAnswer;
}

export interface SlotView {
  slot: PollSlotEntity;
  local: LocalSlot[];
  votes: VoteView[];
  /** Each participating partner's answer: the best of its delegates' (null: none yet). */
  partnerAnswers: { partnerCode: PartnerCode; answer: PollAnswer | null }[];
  score: number;
  /** 1 = best. Ties share a rank. */
  rank: number;
  problems: number;
}

export interface PollView {
  poll: SchedulingPollEntity;
  partnerCodes: PartnerCode[];
  slots: SlotView[];
  canManage: boolean;
  /** The caller's partner, when it is invited and the caller may answer for it. */
  myPartner: PartnerCode | null;
}

const WEIGHT: Record<PollAnswer, number> = { YES: 2, IF_NEED_BE: 1, NO: 0 };
const best = (answers: PollAnswer[]): PollAnswer | null =>
  answers.length ? answers.reduce((a, b) => (WEIGHT[b] > WEIGHT[a] ? b : a)) : null;

/**
 * Scheduling polls: a scheduler proposes slots; delegates of the invited partners answer yes /
 * if need be / no; slots are shown in every capital's local time with what makes them awkward
 * there (outside 08:00–19:00, weekend, public holiday) and ranked; confirming one creates the
 * meeting and notifies the participants.
 */
@Injectable()
export class PollsService {
  constructor(
    @InjectRepository(SchedulingPollEntity)
    private readonly polls: Repository<SchedulingPollEntity>,
    @InjectRepository(PollPartnerEntity)
    private readonly pollPartners: Repository<PollPartnerEntity>,
    @InjectRepository(PollSlotEntity) private readonly slots: Repository<PollSlotEntity>,
    @InjectRepository(PollVoteEntity) private readonly votes: Repository<PollVoteEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly events: MeetingEvents,
  ) {}

  /** Polls are partners' business: every staff member sees them; guests do not. */
  private assertStaff(principal: Principal): void {
    if (!isStaff(principal)) throw MeetingErrors.pollNotFound();
  }

  async list(principal: Principal, includeClosed: boolean): Promise<PollView[]> {
    this.assertStaff(principal);
    const rows = await this.polls.find({
      where: includeClosed ? {} : { status: 'OPEN' },
      order: { createdAt: 'DESC' },
      take: 100,
    });
    return Promise.all(rows.map((poll) => this.view(principal, poll)));
  }

  async get(principal: Principal, id: string): Promise<PollView> {
    this.assertStaff(principal);
    const poll = await this.polls.findOne({ where: { id } });
    if (!poll) throw MeetingErrors.pollNotFound();
    return this.view(principal, poll);
  }

  async create(principal: Principal, input: CreatePollInput, ip: string | null): Promise<PollView> {
    if (!isScheduler(principal)) throw MeetingErrors.notScheduler();
    const place = cleanPlace(input);
    // Refused now rather than at confirmation: a coordinator schedules what its partner hosts.
    const host =
      place.hostPartner ??
      (principal.partnerCode && principal.partnerCode !== 'SECRETARIAT' ? principal.partnerCode : null);
    if (!can(principal, 'share', meetingResource({ id: 'new', classification: 'PARTNERS', hostPartner: host }))) {
      throw MeetingErrors.notHost();
    }
    place.hostPartner = host;
    if (input.slots.length === 0) throw MeetingErrors.noSlots();
    if (input.slots.length > MAX_SLOTS) throw MeetingErrors.tooManySlots();
    const now = Date.now();
    const seen = new Set<string>();
    input.slots.forEach((slot, i) => {
      checkRange(slot.startsAt, slot.endsAt, `slots.${i}.endsAt`);
      if (slot.startsAt.getTime() <= now) throw MeetingErrors.slotInPast(i + 1);
      const key = `${slot.startsAt.getTime()}-${slot.endsAt.getTime()}`;
      if (seen.has(key)) throw MeetingErrors.duplicateSlot(i + 1);
      seen.add(key);
    });
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(SchedulingPollEntity, {
        id,
        title: place.title,
        kind: place.kind,
        venue: place.venue,
        city: place.city,
        timeZone: place.timeZone,
        hostPartner: place.hostPartner,
        status: 'OPEN',
        meetingId: null,
        createdById: principal.userId!,
      });
      await manager.insert(
        PollPartnerEntity,
        place.partnerCodes.map((partnerCode) => ({ pollId: id, partnerCode })),
      );
      await manager.insert(
        PollSlotEntity,
        input.slots.map((s) => ({
          id: randomUUID(),
          pollId: id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
        })),
      );
    });
    await this.audit.record({
      action: 'scheduling-poll.created',
      actor: principal,
      resourceType: SCHEDULING_POLL,
      resourceId: id,
      ip,
      details: { slots: input.slots.length, partners: place.partnerCodes },
    });
    this.changed(id);
    return this.get(principal, id);
  }

  /** A delegate answers for one or more slots (answers can be changed while the poll is open). */
  async answer(
    principal: Principal,
    pollId: string,
    answers: PollAnswerInput[],
  ): Promise<PollView> {
    const view = await this.get(principal, pollId);
    if (view.poll.status !== 'OPEN') throw MeetingErrors.pollClosed();
    const partner = view.myPartner;
    if (!partner) throw MeetingErrors.notParticipant();
    const slotIds = new Set(view.slots.map((s) => s.slot.id));
    if (answers.length === 0 || answers.some((a) => !slotIds.has(a.slotId)))
      throw MeetingErrors.slotNotFound();
    await this.dataSource.transaction(async (manager) => {
      for (const a of answers) {
        await manager.upsert(
          PollVoteEntity,
          {
            slotId: a.slotId,
            userId: principal.userId!,
            partnerCode: partner,
            answer: a.answer,
            answeredAt: new Date(),
          },
          ['slotId', 'userId'],
        );
      }
    });
    this.changed(pollId);
    return this.get(principal, pollId);
  }

  /** Confirms a slot: the meeting is created (CONFIRMED) and the participants are notified. */
  async confirm(
    principal: Principal,
    pollId: string,
    slotId: string,
    ip: string | null,
  ): Promise<MeetingView> {
    const view = await this.get(principal, pollId);
    if (!view.canManage) throw MeetingErrors.notScheduler();
    if (view.poll.status !== 'OPEN') throw MeetingErrors.pollClosed();
    const chosen = view.slots.find((s) => s.slot.id === slotId);
    if (!chosen) throw MeetingErrors.slotNotFound();
    if (chosen.slot.startsAt.getTime() <= Date.now())
      throw MeetingErrors.slotInPast(view.slots.indexOf(chosen) + 1);
    const poll = view.poll;
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const id = await this.meetings.insert(
        manager,
        principal,
        { ...poll, partnerCodes: view.partnerCodes },
        chosen.slot.startsAt,
        chosen.slot.endsAt,
        'CONFIRMED',
      );
      const result = await manager
        .createQueryBuilder()
        .update(SchedulingPollEntity)
        .set({ status: 'CONFIRMED', meetingId: id })
        .where('id = :id AND status = :open', { id: poll.id, open: 'OPEN' })
        .execute();
      if (!result.affected) throw MeetingErrors.pollClosed();
      return id;
    });
    await this.audit.record({
      action: 'scheduling-poll.confirmed',
      actor: principal,
      resourceType: SCHEDULING_POLL,
      resourceId: poll.id,
      ip,
      details: { meetingId, startsAt: chosen.slot.startsAt.toISOString() },
    });
    const recipients = await this.users.find({
      where: {
        partnerCode: In([...view.partnerCodes, 'SECRETARIAT']),
        disabled: false,
        role: In(['SECRETARIAT', 'COORDINATOR', 'DIPLOMAT']),
      },
      select: { id: true },
    });
    await this.notifications.notify(
      recipients.map((u) => u.id),
      {
        kind: 'meeting.confirmed',
        resourceType: MEETING,
        resourceId: meetingId,
        actorId: principal.userId ?? null,
      },
    );
    this.changed(poll.id);
    this.events.changed({
      type: MEETING,
      id: meetingId,
      classification: 'PARTNERS',
      ownerPartner: null,
    });
    return this.meetings.viewAfterWrite(principal, meetingId);
  }

  async close(principal: Principal, pollId: string, ip: string | null): Promise<PollView> {
    const view = await this.get(principal, pollId);
    if (!view.canManage) throw MeetingErrors.notScheduler();
    if (view.poll.status !== 'OPEN') throw MeetingErrors.pollClosed();
    await this.polls.update({ id: pollId }, { status: 'CLOSED' });
    await this.audit.record({
      action: 'scheduling-poll.closed',
      actor: principal,
      resourceType: SCHEDULING_POLL,
      resourceId: pollId,
      ip,
    });
    this.changed(pollId);
    return this.get(principal, pollId);
  }

  private changed(id: string): void {
    this.events.changed({
      type: SCHEDULING_POLL,
      id,
      classification: 'PARTNERS',
      ownerPartner: null,
    });
  }

  private async view(principal: Principal, poll: SchedulingPollEntity): Promise<PollView> {
    const [partners, slots] = await Promise.all([
      this.pollPartners.find({ where: { pollId: poll.id } }),
      this.slots.find({ where: { pollId: poll.id }, order: { startsAt: 'ASC' } }),
    ]);
    const partnerCodes = partners.map((p) => p.partnerCode).sort();
    const votes = slots.length
      ? await this.votes.find({ where: { slotId: In(slots.map((s) => s.id)) } })
      : [];
    const voters = votes.length
      ? await this.users.find({
          where: { id: In([...new Set(votes.map((v) => v.userId))]) },
          select: { id: true, displayName: true },
        })
      : [];
    const slotViews = slots.map((slot) => {
      const mine = votes.filter((v) => v.slotId === slot.id);
      const local = partnerCodes.map((code) => localSlot(code, slot.startsAt, slot.endsAt));
      const partnerAnswers = partnerCodes.map((code) => ({
        partnerCode: code,
        answer: best(mine.filter((v) => v.partnerCode === code).map((v) => v.answer)),
      }));
      const noes = partnerAnswers.filter((p) => p.answer === 'NO').length;
      const score =
        partnerAnswers.reduce((n, p) => n + (p.answer ? WEIGHT[p.answer] : 0), 0) - noes * 10;
      const problems = local.filter((l) => l.outsideWorkingHours || l.weekend || l.holiday).length;
      return {
        slot,
        local,
        votes: mine.map((v) => ({
          userId: v.userId,
          displayName: voters.find((u) => u.id === v.userId)?.displayName ?? '',
          partnerCode: v.partnerCode,
          answer: v.answer,
        })),
        partnerAnswers,
        score,
        problems,
        rank: 0,
      };
    });
    // Best first: most support (a "no" weighs heavily), then fewest awkward local times, then earliest.
    const order = [...slotViews].sort(
      (a, b) =>
        b.score - a.score ||
        a.problems - b.problems ||
        a.slot.startsAt.getTime() - b.slot.startsAt.getTime(),
    );
    order.forEach((s, i) => {
      const prev = order[i - 1];
      s.rank = prev && prev.score === s.score && prev.problems === s.problems ? prev.rank : i + 1;
    });
    const delegate = delegateOf(principal);
    return {
      poll,
      partnerCodes,
      slots: slotViews,
      canManage:
        principal.kind === 'SECRETARIAT' ||
        (principal.kind === 'COORDINATOR' && principal.userId === poll.createdById),
      myPartner: delegate && partnerCodes.includes(delegate) ? delegate : null,
    };
  }
}
