import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, Not, type EntityManager, type Repository } from 'typeorm';
import type { AgendaItemState, AgendaLinkKind, ConsentPosition, PartnerCode } from '@berne/domain';
import { isStaff, type Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { BenchmarkReader } from '../benchmarks/benchmark-reader';
import { CaseReader } from '../cases/case-reader';
import { BriefingNotesService } from '../briefing-notes/briefing-notes.service';
import { MeetingEvents } from '../meetings/meeting.events';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import {
  AgendaConsentEntity,
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemGroupEntity,
  AgendaItemHistoryEntity,
  AgendaItemLinkEntity,
  AgendaItemThemeEntity,
  AgendaSpeakerEntity,
  AgendaVersionEntity,
} from './agenda.entity';
import {
  AgendaErrors,
  ITEM_DESCRIPTION_MAX,
  ITEM_TITLE_MAX,
  POSITION_TEXT_MAX,
  REOPEN_REASON_MAX,
} from './agendas.errors';
import type {
  AgendaItemFieldsInput,
  EditAgendaItemInput,
  OpenSilenceInput,
  ProposeAgendaItemInput,
  RecordConsentInput,
} from './agendas.inputs';
import { AGENDA, AGENDA_ITEM, isChair, partnerOf } from './agendas.policy';

export interface Person {
  id: string;
  displayName: string;
  partnerCode: PartnerCode | null;
}

export interface ConsentView {
  partnerCode: PartnerCode;
  position: ConsentPosition;
  text: string | null;
  by: Person | null;
  at: Date | null;
}

export interface HistoryView {
  event: string;
  fromState: AgendaItemState | null;
  toState: AgendaItemState | null;
  partnerCode: PartnerCode | null;
  detail: string | null;
  by: Person | null;
  at: Date;
}

export interface ItemView {
  item: AgendaItemEntity;
  themeCodes: string[];
  vulnerableGroups: AgendaItemGroupEntity['groupCode'][];
  /** Links the reader may follow (others are left out). */
  links: { kind: AgendaItemLinkEntity['kind']; targetId: string; title: string; path: string }[];
  consents: ConsentView[];
  history: HistoryView[];
  proposedBy: Person | null;
  canEdit: boolean;
}

export interface AgendaView {
  meeting: MeetingEntity;
  agenda: AgendaEntity;
  partnerCodes: PartnerCode[];
  items: ItemView[];
  allocatedMinutes: number;
  meetingMinutes: number;
  isChair: boolean;
  /** The partner the caller speaks for on this agenda, if any. */
  speaksFor: PartnerCode | null;
  /** The partner the caller belongs to among the participants (may propose), if any. */
  memberOf: PartnerCode | null;
}

/** Positions that let an item through: a reservation is agreement with a recorded caveat. */
const CONSENTING: readonly ConsentPosition[] = ['AGREE', 'RESERVATION'];
const CLOSED_STATES: readonly AgendaItemState[] = ['WITHDRAWN', 'DEFERRED'];
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/**
 * Joint agendas (seed rec. 1: never set unilaterally). Items are proposed by participating
 * partners; each participating partner — through its coordinator or a diplomat it names — agrees,
 * reserves or objects; an item is agreed when all consent, or when a silence procedure's deadline
 * passes without objection. The chair locks the agenda (a version) and must give a reason to
 * reopen it. Everything is recorded with who and when.
 */
@Injectable()
export class AgendasService {
  private lastEventAt = 0;

  constructor(
    @InjectRepository(AgendaEntity) private readonly agendas: Repository<AgendaEntity>,
    @InjectRepository(AgendaItemEntity) private readonly items: Repository<AgendaItemEntity>,
    @InjectRepository(AgendaItemThemeEntity)
    private readonly itemThemes: Repository<AgendaItemThemeEntity>,
    @InjectRepository(AgendaItemGroupEntity)
    private readonly itemGroups: Repository<AgendaItemGroupEntity>,
    @InjectRepository(AgendaItemLinkEntity)
    private readonly itemLinks: Repository<AgendaItemLinkEntity>,
    @InjectRepository(AgendaConsentEntity)
    private readonly consents: Repository<AgendaConsentEntity>,
    @InjectRepository(AgendaItemHistoryEntity)
    private readonly history: Repository<AgendaItemHistoryEntity>,
    @InjectRepository(AgendaSpeakerEntity)
    private readonly speakers: Repository<AgendaSpeakerEntity>,
    @InjectRepository(AgendaVersionEntity)
    private readonly versions: Repository<AgendaVersionEntity>,
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly notes: BriefingNotesService,
    private readonly benchmarks: BenchmarkReader,
    private readonly cases: CaseReader,
    private readonly events: MeetingEvents,
    private readonly audit: AuditService,
  ) {}

  // ---- reads -------------------------------------------------------------------------------

  async agenda(principal: Principal, meetingId: string, ip: string | null): Promise<AgendaView> {
    const { meeting, partnerCodes } = await this.requireStaffMeeting(principal, meetingId, ip);
    await this.settleSilence(meeting.id);
    const agenda = await this.ensureAgenda(meeting.id);
    const rows = await this.items.find({
      where: { meetingId: meeting.id },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const items = await this.hydrate(principal, meeting, rows);
    const chair = isChair(principal, meeting);
    const member = partnerOf(principal);
    return {
      meeting,
      agenda,
      partnerCodes,
      items,
      allocatedMinutes: rows
        .filter((r) => !CLOSED_STATES.includes(r.state))
        .reduce((n, r) => n + r.minutes, 0),
      meetingMinutes: Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000),
      isChair: chair,
      speaksFor: (await this.speaksFor(principal, partnerCodes)) ?? null,
      memberOf: member && partnerCodes.includes(member) ? member : null,
    };
  }

  async item(principal: Principal, itemId: string, ip: string | null): Promise<ItemView> {
    const { item, meeting } = await this.requireItem(principal, itemId, ip);
    return (await this.hydrate(principal, meeting, [item]))[0];
  }

  async lockedVersions(principal: Principal, meetingId: string, ip: string | null) {
    await this.requireStaffMeeting(principal, meetingId, ip);
    return this.versions.find({ where: { meetingId }, order: { number: 'DESC' } });
  }

  // ---- proposals and edits -----------------------------------------------------------------

  async propose(
    principal: Principal,
    input: ProposeAgendaItemInput,
    ip: string | null,
  ): Promise<ItemView> {
    const { meeting, partnerCodes } = await this.requireStaffMeeting(
      principal,
      input.meetingId,
      ip,
    );
    const agenda = await this.ensureAgenda(meeting.id);
    if (agenda.status === 'LOCKED') throw AgendaErrors.locked();
    const chair = isChair(principal, meeting);
    const own = partnerOf(principal);
    const proposingPartner = input.proposingPartner ?? own;
    if (!proposingPartner && chair) throw AgendaErrors.choosePartner();
    if (!proposingPartner || !partnerCodes.includes(proposingPartner))
      throw AgendaErrors.notParticipant();
    if (proposingPartner !== own && !chair)
      throw AgendaErrors.speakingForAnother(own ?? '—', proposingPartner);
    const fields = await this.cleanFields(principal, input, true);
    const id = randomUUID();
    const now = new Date();
    const speaker = (await this.speaksFor(principal, partnerCodes)) === proposingPartner;
    await this.dataSource.transaction(async (manager) => {
      const { max } = (await manager
        .createQueryBuilder(AgendaItemEntity, 'i')
        .select('MAX(i.position)', 'max')
        .where('i.meetingId = :meetingId', { meetingId: meeting.id })
        .getRawOne<{ max: number | null }>()) ?? { max: null };
      await manager.insert(AgendaItemEntity, {
        id,
        meetingId: meeting.id,
        title: fields.title!,
        description: fields.description ?? '',
        proposingPartner,
        proposedById: principal.userId!,
        minutes: fields.minutes ?? 0,
        position: max === null ? 0 : Number(max) + 1,
        state: 'PROPOSED',
        classification: 'PARTNERS',
        guestVisible: fields.guestVisible ?? false,
        influenceRegion: fields.influenceRegion ?? null,
        silenceDeadline: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.writeTags(manager, id, fields);
      await this.record(manager, id, principal, 'proposed', {
        toState: 'PROPOSED',
        partnerCode: proposingPartner,
      });
      // The proposing delegation agrees to its own item when its speaker proposes it.
      if (speaker) {
        await manager.insert(AgendaConsentEntity, {
          itemId: id,
          partnerCode: proposingPartner,
          position: 'AGREE',
          text: null,
          byUserId: principal.userId!,
          at: now,
        });
        await this.record(manager, id, principal, 'consent', {
          partnerCode: proposingPartner,
          detail: 'AGREE',
        });
      }
      await this.recompute(manager, id, partnerCodes, principal);
    });
    await this.changed(meeting, principal);
    return this.item(principal, id, ip);
  }

  async edit(
    principal: Principal,
    input: EditAgendaItemInput,
    ip: string | null,
  ): Promise<ItemView> {
    const { item, meeting, partnerCodes } = await this.requireItem(principal, input.id, ip);
    await this.assertOpen(meeting.id);
    if (!this.mayEdit(principal, meeting, item)) throw AgendaErrors.cannotEdit();
    const fields = await this.cleanFields(principal, input, false);
    if (fields.links !== undefined) {
      // Links the editor cannot open (a case they are not cleared for, another partner's private
      // note) are not theirs to remove: they stay, whatever the editor's list says.
      const existing = await this.itemLinks.find({ where: { itemId: item.id } });
      const readable = await this.linkTargets(principal, existing);
      const hidden = existing.filter((l) => !readable.get(l.kind)?.has(l.targetId));
      fields.links = [
        ...fields.links,
        ...hidden.map((l) => ({ kind: l.kind, targetId: l.targetId })),
      ];
    }
    const textChanged =
      (fields.title !== undefined && fields.title !== item.title) ||
      (fields.description !== undefined && fields.description !== item.description);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        AgendaItemEntity,
        { id: item.id },
        {
          ...(fields.title !== undefined ? { title: fields.title } : {}),
          ...(fields.description !== undefined ? { description: fields.description } : {}),
          ...(fields.minutes !== undefined ? { minutes: fields.minutes } : {}),
          ...(fields.guestVisible !== undefined ? { guestVisible: fields.guestVisible } : {}),
          ...(fields.influenceRegion !== undefined
            ? { influenceRegion: fields.influenceRegion }
            : {}),
          updatedAt: new Date(),
        },
      );
      await this.writeTags(manager, item.id, fields, true);
      let detail = 'details';
      if (textChanged && !CLOSED_STATES.includes(item.state)) {
        // What was agreed is no longer what is written: positions are asked again.
        const reset = await manager.delete(AgendaConsentEntity, {
          itemId: item.id,
          partnerCode: Not(item.proposingPartner),
        });
        if (reset.affected) detail = 'text changed; positions reset';
        if (item.silenceDeadline) {
          await manager.update(AgendaItemEntity, { id: item.id }, { silenceDeadline: null });
          detail += '; silence procedure stopped';
        }
      }
      await this.record(manager, item.id, principal, 'edited', { detail });
      await this.recompute(manager, item.id, partnerCodes, principal);
    });
    await this.changed(meeting, principal);
    return this.item(principal, item.id, ip);
  }

  // ---- consent -----------------------------------------------------------------------------

  async consent(
    principal: Principal,
    input: RecordConsentInput,
    ip: string | null,
  ): Promise<ItemView> {
    const { item, meeting, partnerCodes } = await this.requireItem(principal, input.itemId, ip);
    await this.assertOpen(meeting.id);
    const own = partnerOf(principal);
    if (!own || !partnerCodes.includes(own)) throw AgendaErrors.notParticipant();
    if (input.partnerCode !== own) throw AgendaErrors.speakingForAnother(own, input.partnerCode);
    if ((await this.speaksFor(principal, partnerCodes)) !== own) throw AgendaErrors.notSpeaker(own);
    if (CLOSED_STATES.includes(item.state)) throw AgendaErrors.itemClosed(item.state);
    const text = input.text?.trim() || null;
    if ((input.position === 'RESERVATION' || input.position === 'OBJECTION') && !text) {
      throw AgendaErrors.textRequired(input.position);
    }
    if (text && text.length > POSITION_TEXT_MAX) throw AgendaErrors.textTooLong();
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        AgendaConsentEntity,
        {
          itemId: item.id,
          partnerCode: own,
          position: input.position,
          text: input.position === 'AGREE' || input.position === 'NOT_YET' ? null : text,
          byUserId: principal.userId!,
          at: new Date(),
        },
        ['itemId', 'partnerCode'],
      );
      await this.record(manager, item.id, principal, 'consent', {
        partnerCode: own,
        detail: text ? `${input.position}: ${text}` : input.position,
      });
      await this.recompute(manager, item.id, partnerCodes, principal);
    });
    await this.changed(meeting, principal);
    return this.item(principal, item.id, ip);
  }

  /** The chair opens a silence procedure: agreed at the deadline unless someone objects. */
  async openSilence(
    principal: Principal,
    input: OpenSilenceInput,
    ip: string | null,
  ): Promise<ItemView> {
    const { item, meeting } = await this.requireItem(principal, input.itemId, ip);
    await this.assertOpen(meeting.id);
    if (!isChair(principal, meeting)) throw AgendaErrors.notChair();
    if (CLOSED_STATES.includes(item.state) || item.state === 'AGREED') {
      throw AgendaErrors.badTransition(item.state, 'IN_CONSULTATION');
    }
    if (input.deadline.getTime() <= Date.now()) throw AgendaErrors.deadlineInPast();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        AgendaItemEntity,
        { id: item.id },
        { silenceDeadline: input.deadline, updatedAt: new Date() },
      );
      await this.record(manager, item.id, principal, 'silence-opened', {
        detail: input.deadline.toISOString(),
      });
    });
    await this.changed(meeting, principal);
    return this.item(principal, item.id, ip);
  }

  /** Withdraw (proposer or chair), defer (chair), or bring back into consultation (chair). */
  async setState(
    principal: Principal,
    itemId: string,
    to: 'WITHDRAWN' | 'DEFERRED' | 'IN_CONSULTATION',
    ip: string | null,
  ): Promise<ItemView> {
    const { item, meeting, partnerCodes } = await this.requireItem(principal, itemId, ip);
    await this.assertOpen(meeting.id);
    const chair = isChair(principal, meeting);
    const proposer = partnerOf(principal) === item.proposingPartner;
    if (to === 'WITHDRAWN' ? !(chair || proposer) : !chair) {
      throw to === 'WITHDRAWN' ? AgendaErrors.cannotEdit() : AgendaErrors.notChair();
    }
    if (item.state === to) throw AgendaErrors.badTransition(item.state, to);
    if (to === 'IN_CONSULTATION' && !CLOSED_STATES.includes(item.state)) {
      throw AgendaErrors.badTransition(item.state, to);
    }
    if (to !== 'IN_CONSULTATION' && CLOSED_STATES.includes(item.state)) {
      throw AgendaErrors.badTransition(item.state, to);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        AgendaItemEntity,
        { id: item.id },
        { state: to, silenceDeadline: null, updatedAt: new Date() },
      );
      await this.record(manager, item.id, principal, 'state', {
        fromState: item.state,
        toState: to,
      });
      if (to === 'IN_CONSULTATION') await this.recompute(manager, item.id, partnerCodes, principal);
    });
    await this.changed(meeting, principal);
    return this.item(principal, item.id, ip);
  }

  // ---- order, lock, reopen -----------------------------------------------------------------

  async reorder(
    principal: Principal,
    meetingId: string,
    itemIds: string[],
    ip: string | null,
  ): Promise<AgendaView> {
    const { meeting } = await this.requireStaffMeeting(principal, meetingId, ip);
    await this.assertOpen(meeting.id);
    if (!isChair(principal, meeting)) throw AgendaErrors.notChair();
    const current = await this.items.find({
      where: { meetingId: meeting.id },
      select: { id: true },
    });
    const wanted = new Set(itemIds);
    if (
      wanted.size !== itemIds.length ||
      wanted.size !== current.length ||
      current.some((c) => !wanted.has(c.id))
    ) {
      throw AgendaErrors.badOrder();
    }
    await this.dataSource.transaction(async (manager) => {
      for (const [position, id] of itemIds.entries()) {
        await manager.update(AgendaItemEntity, { id }, { position });
      }
    });
    await this.changed(meeting, principal);
    return this.agenda(principal, meeting.id, ip);
  }

  async lock(principal: Principal, meetingId: string, ip: string | null): Promise<AgendaView> {
    const { meeting } = await this.requireStaffMeeting(principal, meetingId, ip);
    if (!isChair(principal, meeting)) throw AgendaErrors.notChair();
    await this.settleSilence(meeting.id);
    const agenda = await this.ensureAgenda(meeting.id);
    if (agenda.status === 'LOCKED') throw AgendaErrors.alreadyLocked();
    const view = await this.agenda(principal, meeting.id, ip);
    const open = view.items.filter(
      (i) => !['AGREED', 'DEFERRED', 'WITHDRAWN'].includes(i.item.state),
    );
    if (open.length) throw AgendaErrors.notReadyToLock(open.map((i) => i.item.title));
    const number = agenda.version + 1;
    const now = new Date();
    const snapshot = view.items.map((i) => ({
      id: i.item.id,
      position: i.item.position,
      title: i.item.title,
      state: i.item.state,
      minutes: i.item.minutes,
      proposingPartner: i.item.proposingPartner,
      themeCodes: i.themeCodes,
      consents: i.consents.map((c) => ({
        partnerCode: c.partnerCode,
        position: c.position,
        text: c.text,
      })),
    }));
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(AgendaEntity)
        .set({ status: 'LOCKED', version: number, lockedAt: now, lockedById: principal.userId! })
        .where('"meetingId" = :id AND status = :open', { id: meeting.id, open: 'OPEN' })
        .execute();
      if (!result.affected) throw AgendaErrors.alreadyLocked();
      await manager.insert(AgendaVersionEntity, {
        id: randomUUID(),
        meetingId: meeting.id,
        number,
        snapshot: JSON.stringify(snapshot),
        lockedAt: now,
        lockedById: principal.userId!,
        reopenedAt: null,
        reopenedById: null,
        reopenReason: null,
      });
    });
    await this.audit.record({
      action: 'agenda.locked',
      actor: principal,
      resourceType: AGENDA,
      resourceId: meeting.id,
      ip,
      details: { version: number, items: snapshot.length },
    });
    await this.changed(meeting, principal);
    return this.agenda(principal, meeting.id, ip);
  }

  async reopen(
    principal: Principal,
    meetingId: string,
    rawReason: string,
    ip: string | null,
  ): Promise<AgendaView> {
    const { meeting } = await this.requireStaffMeeting(principal, meetingId, ip);
    if (!isChair(principal, meeting)) throw AgendaErrors.notChair();
    const agenda = await this.ensureAgenda(meeting.id);
    if (agenda.status !== 'LOCKED') throw AgendaErrors.notLocked();
    const reason = rawReason.trim();
    if (!reason) throw AgendaErrors.reasonRequired();
    if (reason.length > REOPEN_REASON_MAX) throw AgendaErrors.reasonTooLong();
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AgendaEntity, { meetingId: meeting.id }, { status: 'OPEN' });
      await manager.update(
        AgendaVersionEntity,
        { meetingId: meeting.id, number: agenda.version },
        { reopenedAt: now, reopenedById: principal.userId!, reopenReason: reason },
      );
    });
    await this.audit.record({
      action: 'agenda.reopened',
      actor: principal,
      resourceType: AGENDA,
      resourceId: meeting.id,
      ip,
      details: { version: agenda.version, reason },
    });
    await this.changed(meeting, principal);
    return this.agenda(principal, meeting.id, ip);
  }

  // ---- speakers ----------------------------------------------------------------------------

  /** A coordinator names (or un-names) a diplomat of its partner to speak for it on agendas. */
  async setSpeaker(
    principal: Principal,
    userId: string,
    speaks: boolean,
    ip: string | null,
  ): Promise<Person[]> {
    if (principal.kind !== 'COORDINATOR' || !principal.partnerCode) {
      throw AgendaErrors.notSpeaker(principal.partnerCode ?? 'a partner');
    }
    const partner = principal.partnerCode;
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user || user.disabled || user.role !== 'DIPLOMAT' || user.partnerCode !== partner) {
      throw AgendaErrors.speakerNotDiplomat();
    }
    if (speaks) {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(AgendaSpeakerEntity)
        .values({
          partnerCode: partner,
          userId,
          grantedById: principal.userId!,
          grantedAt: new Date(),
        })
        .orIgnore()
        .execute();
    } else {
      await this.speakers.delete({ partnerCode: partner, userId });
    }
    await this.audit.record({
      action: speaks ? 'agenda.speaker-named' : 'agenda.speaker-removed',
      actor: principal,
      resourceType: 'user',
      resourceId: userId,
      ip,
      details: { partner },
    });
    return this.speakersOf(principal, partner);
  }

  async speakersOf(principal: Principal, partner: PartnerCode): Promise<Person[]> {
    if (!isStaff(principal)) throw AgendaErrors.notParticipant();
    const rows = await this.speakers.find({ where: { partnerCode: partner } });
    const users = rows.length
      ? await this.users.find({ where: { id: In(rows.map((r) => r.userId)), disabled: false } })
      : [];
    return users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      partnerCode: u.partnerCode ?? null,
    }));
  }

  // ---- silence procedures ------------------------------------------------------------------

  /** Applies every silence procedure whose deadline has passed (on reads and on a timer). */
  async settleSilence(meetingId?: string): Promise<number> {
    const due = await this.items.find({
      where: {
        silenceDeadline: LessThanOrEqual(new Date()),
        ...(meetingId ? { meetingId } : {}),
      },
    });
    let settled = 0;
    for (const item of due) {
      const objections = await this.consents.count({
        where: { itemId: item.id, position: 'OBJECTION' },
      });
      const to: AgendaItemState = objections ? 'CONTESTED' : 'AGREED';
      const changed = await this.dataSource.transaction(async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(AgendaItemEntity)
          .set({ silenceDeadline: null, state: to, updatedAt: new Date() })
          .where('id = :id AND "silenceDeadline" IS NOT NULL', { id: item.id })
          .execute();
        if (!result.affected) return false;
        await this.record(
          manager,
          item.id,
          null,
          objections ? 'silence-broken' : 'silence-agreed',
          {
            fromState: item.state,
            toState: to,
          },
        );
        return true;
      });
      if (changed) {
        settled++;
        this.events.changed({
          type: AGENDA,
          id: item.meetingId,
          classification: 'PARTNERS',
          ownerPartner: null,
        });
      }
    }
    return settled;
  }

  // ---- internals ---------------------------------------------------------------------------

  /** Agendas are the partners' business: guests are refused as if the meeting did not exist. */
  private async requireStaffMeeting(principal: Principal, meetingId: string, ip: string | null) {
    const found = await this.meetings.requireMeeting(principal, meetingId, 'read', ip);
    if (!isStaff(principal)) throw AgendaErrors.itemNotFound();
    return found;
  }

  private async requireItem(principal: Principal, itemId: string, ip: string | null) {
    const item = await this.items.findOne({ where: { id: itemId } });
    if (!item) throw AgendaErrors.itemNotFound();
    try {
      const { meeting, partnerCodes } = await this.requireStaffMeeting(
        principal,
        item.meetingId,
        ip,
      );
      return { item, meeting, partnerCodes };
    } catch (error) {
      if ((error as { code?: string }).code === 'NOT_FOUND') throw AgendaErrors.itemNotFound();
      throw error;
    }
  }

  private async ensureAgenda(meetingId: string): Promise<AgendaEntity> {
    const found = await this.agendas.findOne({ where: { meetingId } });
    if (found) return found;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AgendaEntity)
      .values({ meetingId, status: 'OPEN', version: 0, lockedAt: null, lockedById: null })
      .orIgnore()
      .execute();
    return this.agendas.findOneOrFail({ where: { meetingId } });
  }

  private async assertOpen(meetingId: string): Promise<void> {
    if ((await this.ensureAgenda(meetingId)).status === 'LOCKED') throw AgendaErrors.locked();
  }

  /** The partner the principal speaks for among `partnerCodes`: its coordinator or a named diplomat. */
  private async speaksFor(principal: Principal, partnerCodes: readonly PartnerCode[]) {
    const own = partnerOf(principal);
    if (!own || !partnerCodes.includes(own)) return undefined;
    if (principal.kind === 'COORDINATOR') return own;
    const named = await this.speakers.exists({
      where: { partnerCode: own, userId: principal.userId! },
    });
    return named ? own : undefined;
  }

  private mayEdit(principal: Principal, meeting: MeetingEntity, item: AgendaItemEntity): boolean {
    return isChair(principal, meeting) || partnerOf(principal) === item.proposingPartner;
  }

  /** Recomputes an item's state from the positions of the participating partners. */
  private async recompute(
    manager: EntityManager,
    itemId: string,
    partnerCodes: readonly PartnerCode[],
    principal: Principal | null,
  ): Promise<void> {
    const item = await manager.findOneOrFail(AgendaItemEntity, { where: { id: itemId } });
    if (CLOSED_STATES.includes(item.state)) return;
    const positions = await manager.find(AgendaConsentEntity, { where: { itemId } });
    const of = (p: PartnerCode) =>
      positions.find((c) => c.partnerCode === p)?.position ?? 'NOT_YET';
    let to: AgendaItemState;
    if (partnerCodes.some((p) => of(p) === 'OBJECTION')) to = 'CONTESTED';
    else if (partnerCodes.every((p) => CONSENTING.includes(of(p)))) to = 'AGREED';
    else if (
      positions.some((c) => c.partnerCode !== item.proposingPartner && c.position !== 'NOT_YET')
    )
      to = 'IN_CONSULTATION';
    else to = item.state === 'PROPOSED' ? 'PROPOSED' : 'IN_CONSULTATION';
    if (to === item.state) return;
    await manager.update(
      AgendaItemEntity,
      { id: itemId },
      { state: to, updatedAt: new Date(), ...(to === 'AGREED' ? { silenceDeadline: null } : {}) },
    );
    await this.record(manager, itemId, principal, 'state', { fromState: item.state, toState: to });
  }

  private async record(
    manager: EntityManager,
    itemId: string,
    principal: Principal | null,
    event: string,
    fields: Partial<
      Pick<AgendaItemHistoryEntity, 'fromState' | 'toState' | 'partnerCode' | 'detail'>
    >,
  ): Promise<void> {
    // Strictly increasing within this process, so events of one request keep their order.
    const now = Date.now();
    this.lastEventAt = now > this.lastEventAt ? now : this.lastEventAt + 1;
    await manager.insert(AgendaItemHistoryEntity, {
      id: randomUUID(),
      itemId,
      event,
      fromState: fields.fromState ?? null,
      toState: fields.toState ?? null,
      partnerCode: fields.partnerCode ?? null,
      detail: fields.detail ?? null,
      byUserId: principal?.userId ?? null,
      at: new Date(this.lastEventAt),
    });
  }

  private async changed(meeting: MeetingEntity, principal: Principal): Promise<void> {
    this.events.changed({
      type: AGENDA,
      id: meeting.id,
      classification: meeting.classification,
      ownerPartner: meeting.hostPartner,
      by: principal.displayName,
    });
  }

  private async cleanFields(principal: Principal, input: AgendaItemFieldsInput, creating: boolean) {
    const out: AgendaItemFieldsInput = {};
    if (creating || input.title !== undefined) {
      const title = (input.title ?? '').trim();
      if (!title || CONTROL_CHARS.test(title)) throw AgendaErrors.titleEmpty();
      if (title.length > ITEM_TITLE_MAX) throw AgendaErrors.titleTooLong();
      out.title = title;
    }
    if (input.description !== undefined) {
      const description = input.description.trim();
      if (description.length > ITEM_DESCRIPTION_MAX) throw AgendaErrors.descriptionTooLong();
      out.description = description;
    }
    if (input.minutes !== undefined) {
      if (input.minutes < 0 || input.minutes > 600) throw AgendaErrors.badMinutes();
      out.minutes = input.minutes;
    }
    if (input.themeCodes !== undefined) {
      const wanted = [...new Set(input.themeCodes)];
      const found = wanted.length ? await this.themes.find({ where: { code: In(wanted) } }) : [];
      const unknown = wanted.filter((c) => !found.some((t) => t.code === c));
      if (unknown.length) throw AgendaErrors.unknownThemes(unknown);
      out.themeCodes = wanted;
    }
    if (input.vulnerableGroups !== undefined)
      out.vulnerableGroups = [...new Set(input.vulnerableGroups)];
    if (input.influenceRegion !== undefined) out.influenceRegion = input.influenceRegion;
    if (input.guestVisible !== undefined) out.guestVisible = input.guestVisible;
    if (input.links !== undefined) {
      const links = input.links.filter(
        (l, i, all) => all.findIndex((m) => m.kind === l.kind && m.targetId === l.targetId) === i,
      );
      const readable = await this.linkTargets(principal, links);
      const missing = links.find((l) => !readable.get(l.kind)?.has(l.targetId));
      if (missing) throw AgendaErrors.linkNotFound(missing.kind);
      out.links = links;
    }
    return out;
  }

  private async writeTags(
    manager: EntityManager,
    itemId: string,
    fields: AgendaItemFieldsInput,
    replace = false,
  ): Promise<void> {
    if (fields.themeCodes !== undefined) {
      if (replace) await manager.delete(AgendaItemThemeEntity, { itemId });
      if (fields.themeCodes.length) {
        await manager.insert(
          AgendaItemThemeEntity,
          fields.themeCodes.map((themeCode) => ({ itemId, themeCode })),
        );
      }
    }
    if (fields.vulnerableGroups !== undefined) {
      if (replace) await manager.delete(AgendaItemGroupEntity, { itemId });
      if (fields.vulnerableGroups.length) {
        await manager.insert(
          AgendaItemGroupEntity,
          fields.vulnerableGroups.map((groupCode) => ({ itemId, groupCode })),
        );
      }
    }
    if (fields.links !== undefined) {
      if (replace) await manager.delete(AgendaItemLinkEntity, { itemId });
      if (fields.links.length) {
        await manager.insert(
          AgendaItemLinkEntity,
          fields.links.map((l) => ({ itemId, kind: l.kind, targetId: l.targetId })),
        );
      }
    }
  }

  /**
   * Titles and paths of the link targets the principal may open, by kind, each through its own
   * feature's scoped read. A case link shows only to readers cleared for the case (or named on
   * it); showing one is audited by the cases feature.
   */
  private async linkTargets(
    principal: Principal,
    links: readonly Pick<AgendaItemLinkEntity, 'kind' | 'targetId'>[],
  ): Promise<Map<AgendaLinkKind, Map<string, { title: string; path: string }>>> {
    const idsOf = (kind: AgendaLinkKind) => [
      ...new Set(links.filter((l) => l.kind === kind).map((l) => l.targetId)),
    ];
    const [notes, benchmarks, cases] = await Promise.all([
      this.notes.titlesFor(principal, idsOf('BRIEFING_NOTE')),
      this.benchmarks.titlesFor(principal, idsOf('BENCHMARK')),
      this.cases.titlesFor(principal, idsOf('CASE')),
    ]);
    return new Map([
      ['BRIEFING_NOTE', notes],
      ['BENCHMARK', benchmarks],
      ['CASE', cases],
    ]);
  }

  private async hydrate(
    principal: Principal,
    meeting: MeetingEntity,
    rows: AgendaItemEntity[],
  ): Promise<ItemView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [themes, groups, links, consents, history, participants] = await Promise.all([
      this.itemThemes.find({ where: { itemId: In(ids) } }),
      this.itemGroups.find({ where: { itemId: In(ids) } }),
      this.itemLinks.find({ where: { itemId: In(ids) } }),
      this.consents.find({ where: { itemId: In(ids) } }),
      this.history.find({ where: { itemId: In(ids) }, order: { at: 'ASC', id: 'ASC' } }),
      this.meetings.requireMeeting(principal, meeting.id, 'read', null).then((m) => m.partnerCodes),
    ]);
    const readable = await this.linkTargets(principal, links);
    const userIds = new Set<string>([
      ...rows.map((r) => r.proposedById),
      ...consents.map((c) => c.byUserId),
      ...history.map((h) => h.byUserId).filter((x): x is string => !!x),
    ]);
    const users = await this.users.find({
      where: { id: In([...userIds]) },
      select: { id: true, displayName: true, partnerCode: true },
    });
    const person = (id: string | null): Person | null => {
      const u = id ? users.find((x) => x.id === id) : undefined;
      return u
        ? { id: u.id, displayName: u.displayName, partnerCode: u.partnerCode ?? null }
        : null;
    };
    return rows.map((item) => ({
      item,
      themeCodes: themes
        .filter((t) => t.itemId === item.id)
        .map((t) => t.themeCode)
        .sort(),
      vulnerableGroups: groups
        .filter((g) => g.itemId === item.id)
        .map((g) => g.groupCode)
        .sort(),
      links: links.flatMap((l) => {
        const target = l.itemId === item.id ? readable.get(l.kind)?.get(l.targetId) : undefined;
        return target ? [{ kind: l.kind, targetId: l.targetId, ...target }] : [];
      }),
      consents: participants.map((partnerCode) => {
        const c = consents.find((x) => x.itemId === item.id && x.partnerCode === partnerCode);
        return c
          ? { partnerCode, position: c.position, text: c.text, by: person(c.byUserId), at: c.at }
          : { partnerCode, position: 'NOT_YET' as const, text: null, by: null, at: null };
      }),
      history: history
        .filter((h) => h.itemId === item.id)
        .map((h) => ({
          event: h.event,
          fromState: h.fromState,
          toState: h.toState,
          partnerCode: h.partnerCode,
          detail: h.detail,
          by: person(h.byUserId),
          at: h.at,
        })),
      proposedBy: person(item.proposedById),
      canEdit: this.mayEdit(principal, meeting, item),
    }));
  }
}

export { AGENDA_ITEM };
