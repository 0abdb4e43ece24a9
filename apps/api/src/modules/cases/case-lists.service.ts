import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, type Repository } from 'typeorm';
import { AccessService } from '../../access/access.service';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { daysBetween, todayUtc } from '../benchmarks/benchmark-fields';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { delegateOf } from '../meetings/meetings.policy';
import { MeetingsService } from '../meetings/meetings.service';
import { UserEntity } from '../users/user.entity';
import { auditableId, CaseReader } from './case-reader';
import {
  IndividualCaseListEntity,
  IndividualCaseListEntryEntity,
  IndividualCaseRaisingEntity,
} from './case.entity';
import { cleanText } from './case-fields';
import type { MeetingCaseListModel } from './case.model';
import { CaseErrors } from './cases.errors';
import { CASE_LIST_MAX, type SetMeetingCaseListInput } from './cases.inputs';
import { CASE_LIST } from './cases.policy';

/** Who prepares a meeting's list: the host partner's staff, or the secretariat. */
export const isListEditor = (p: Principal, meeting: Pick<MeetingEntity, 'hostPartner'>) =>
  p.kind === 'SECRETARIAT' || (!!meeting.hostPartner && delegateOf(p) === meeting.hostPartner);

/**
 * The list of individual cases a partner sends to the other side weeks before its round (seed
 * rec. 7). The whole list is restricted material: only staff cleared for restricted records see
 * it (a named reader of one case does not see the others). Marking it sent records a LIST raising
 * for every case on it, whose answers are then recorded case by case.
 */
@Injectable()
export class CaseListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(IndividualCaseListEntity)
    private readonly lists: Repository<IndividualCaseListEntity>,
    @InjectRepository(IndividualCaseListEntryEntity)
    private readonly entries: Repository<IndividualCaseListEntryEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly reader: CaseReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  /** The meeting (readable by the caller) and the list's resource; refuses the uncleared. */
  private async open(
    principal: Principal,
    meetingId: string,
    ip: string | null,
    action: 'read' | 'export' = 'read',
  ) {
    await this.reader.requireStaff(
      principal,
      action,
      { type: CASE_LIST, id: auditableId(meetingId), classification: 'RESTRICTED' },
      ip,
    );
    const { meeting } = await this.meetings.requireMeeting(principal, meetingId, 'read', ip);
    // The whole list is restricted: a named reader of one case does not see the others.
    const resource = { type: CASE_LIST, id: meeting.id, classification: 'RESTRICTED' as const };
    await this.access.require(principal, action, resource, ip, CaseErrors.notCleared);
    return meeting;
  }

  async get(
    principal: Principal,
    meetingId: string,
    ip: string | null,
  ): Promise<MeetingCaseListModel> {
    const meeting = await this.open(principal, meetingId, ip);
    return this.view(principal, meeting, ip);
  }

  async set(
    principal: Principal,
    input: SetMeetingCaseListInput,
    ip: string | null,
  ): Promise<MeetingCaseListModel> {
    const meeting = await this.open(principal, input.meetingId, ip);
    if (!isListEditor(principal, meeting)) throw CaseErrors.listNotEditable();
    if (input.entries.length > CASE_LIST_MAX) throw CaseErrors.listTooLong(CASE_LIST_MAX);
    const ids = input.entries.map((e) => e.caseId);
    if (new Set(ids).size !== ids.length) throw CaseErrors.listDuplicate();
    if (ids.length) {
      const readable = await this.reader
        .scoped(principal)
        .andWhere('c.id IN (:...ids)', { ids })
        .select(['c.id'])
        .getMany();
      if (readable.length !== ids.length) throw CaseErrors.notFound();
    }
    const entries = input.entries.map((e, position) => ({
      meetingId: meeting.id,
      caseId: e.caseId,
      position,
      request: cleanText(e.request, 'request'),
    }));
    await this.dataSource.transaction(async (manager) => {
      // Conditional on "not sent" inside the transaction: a list marked sent meanwhile stays sent.
      const touched = await manager.update(
        IndividualCaseListEntity,
        { meetingId: meeting.id, sentAt: IsNull() },
        { updatedById: principal.userId! },
      );
      if (touched.affected !== 1) {
        if (await manager.exists(IndividualCaseListEntity, { where: { meetingId: meeting.id } })) {
          throw CaseErrors.listAlreadySent();
        }
        await manager.insert(IndividualCaseListEntity, {
          meetingId: meeting.id,
          sentAt: null,
          sentById: null,
          updatedById: principal.userId!,
        });
      }
      await manager.delete(IndividualCaseListEntryEntity, { meetingId: meeting.id });
      if (entries.length) await manager.insert(IndividualCaseListEntryEntity, entries);
    });
    await this.audit.record({
      action: 'case-list.update',
      actor: principal,
      resourceType: CASE_LIST,
      resourceId: meeting.id,
      ip,
      details: { count: entries.length },
    });
    return this.view(principal, meeting, ip);
  }

  /** Marks the list sent and records a LIST raising by the host partner for every case on it. */
  async markSent(
    principal: Principal,
    meetingId: string,
    ip: string | null,
  ): Promise<MeetingCaseListModel> {
    const meeting = await this.open(principal, meetingId, ip);
    if (!isListEditor(principal, meeting)) throw CaseErrors.listNotEditable();
    if (meeting.kind !== 'BILATERAL_ROUND') throw CaseErrors.listNotForRound();
    const partnerCode = meeting.hostPartner;
    if (!partnerCode || partnerCode === 'SECRETARIAT') throw CaseErrors.partnerRequired();
    const raisedOn = todayUtc();
    await this.dataSource.transaction(async (manager) => {
      // Marked first (the row is then locked until commit), entries read after: a concurrent save
      // of the list either lands before and is what gets sent, or finds it sent and is refused.
      const marked = await manager.update(
        IndividualCaseListEntity,
        { meetingId: meeting.id, sentAt: IsNull() },
        { sentAt: new Date(), sentById: principal.userId! },
      );
      if (marked.affected !== 1) {
        throw (await manager.exists(IndividualCaseListEntity, { where: { meetingId: meeting.id } }))
          ? CaseErrors.listAlreadySent()
          : CaseErrors.listEmpty();
      }
      const entries = await manager.find(IndividualCaseListEntryEntity, {
        where: { meetingId: meeting.id },
        order: { position: 'ASC' },
      });
      if (entries.length === 0) throw CaseErrors.listEmpty();
      await manager.insert(
        IndividualCaseRaisingEntity,
        entries.map((e) => ({
          id: randomUUID(),
          caseId: e.caseId,
          partnerCode,
          meetingId: meeting.id,
          channel: 'LIST' as const,
          raisedOn,
          request: e.request,
          answerKind: 'AWAITED' as const,
          answer: '',
          answeredOn: null,
          recordedById: principal.userId!,
          answerRecordedById: null,
          answerRecordedAt: null,
        })),
      );
    });
    await this.audit.record({
      action: 'case-list.sent',
      actor: principal,
      resourceType: CASE_LIST,
      resourceId: meeting.id,
      ip,
    });
    return this.view(principal, meeting, ip);
  }

  /** The list as exported (its cases in order), after the policy allowed and audited the export. */
  async forExport(principal: Principal, meetingId: string, ip: string | null) {
    const meeting = await this.open(principal, meetingId, ip, 'export');
    const view = await this.view(principal, meeting, ip, 'export');
    return { meeting, view };
  }

  private async view(
    principal: Principal,
    meeting: MeetingEntity,
    ip: string | null,
    context = 'meeting-list',
  ): Promise<MeetingCaseListModel> {
    const [list, entries] = await Promise.all([
      this.lists.findOne({ where: { meetingId: meeting.id } }),
      this.entries.find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } }),
    ]);
    const ids = entries.map((e) => e.caseId);
    const rows = ids.length
      ? await this.reader.scoped(principal).andWhere('c.id IN (:...ids)', { ids }).getMany()
      : [];
    const models = await this.reader.hydrate(principal, rows);
    await this.reader.auditList(
      principal,
      rows.map((r) => r.id),
      context,
      ip,
    );
    const sentBy = list?.sentById
      ? await this.users.findOne({
          where: { id: list.sentById },
          select: { id: true, displayName: true, partnerCode: true },
        })
      : null;
    return {
      meetingId: meeting.id,
      meetingTitle: meeting.title,
      meetingStartsAt: meeting.startsAt,
      hostPartner: meeting.hostPartner,
      entries: entries.flatMap((e) => {
        const found = models.find((m) => m.id === e.caseId);
        return found ? [{ position: e.position + 1, request: e.request, case: found }] : [];
      }),
      sentAt: list?.sentAt ?? null,
      sentBy: sentBy
        ? {
            id: sentBy.id,
            displayName: sentBy.displayName,
            partnerCode: sentBy.partnerCode ?? null,
          }
        : null,
      updatedAt: list?.updatedAt ?? null,
      canEdit: isListEditor(principal, meeting) && !list?.sentAt,
      daysBeforeRound: daysBetween(todayUtc(), meeting.startsAt.toISOString().slice(0, 10)),
    };
  }
}
