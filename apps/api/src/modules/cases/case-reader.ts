import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Action, PartnerCode, VulnerableGroup } from '@berne/domain';
import { decide, type ResourceRef } from '../../access/access.policy';
import { AccessService } from '../../access/access.service';
import type { Principal } from '../../access/principal';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { AuditService } from '../../audit/audit.service';
import { daysBetween } from '../benchmarks/benchmark-fields';
import { MeetingEntity } from '../meetings/meeting.entity';
import { meetingResource } from '../meetings/meetings.policy';
import { UserEntity } from '../users/user.entity';
import {
  IndividualCaseEntity,
  IndividualCaseGroupEntity,
  IndividualCaseRaisingEntity,
  IndividualCaseThemeEntity,
} from './case.entity';
import type { CaseModel, CasePersonModel, CaseRaisingModel } from './case.model';
import { CaseErrors } from './cases.errors';
import { CASE, CASE_SCOPE, caseResource, mayUseCases } from './cases.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id a refused caller asked for, as the audit log may keep it: a well-formed id only. Anything
 * else typed there (a name, a reference) is case data or noise, and stays out of the log.
 */
export const auditableId = (raw: string): string | undefined =>
  UUID.test(raw) ? raw.toLowerCase() : undefined;

const unique = <T>(xs: readonly (T | null | undefined)[]): T[] => [
  ...new Set(xs.filter((x): x is T => x !== null && x !== undefined)),
];

/** Who records a raising's answer: the raising partner's staff or the secretariat. */
export const mayAnswerFor = (p: Principal, partnerCode: PartnerCode) =>
  p.kind === 'SECRETARIAT' || (mayUseCases(p) && p.partnerCode === partnerCode);

/**
 * Reads individual cases through the access policy — lists scoped in SQL, single cases through
 * `require` — and audits every view: a single case as `restricted.read` (by the policy), a list
 * as `restricted.list` with the ids shown (never names or the search words).
 */
@Injectable()
export class CaseReader {
  constructor(
    @InjectRepository(IndividualCaseEntity)
    private readonly cases: Repository<IndividualCaseEntity>,
    @InjectRepository(IndividualCaseThemeEntity)
    private readonly themes: Repository<IndividualCaseThemeEntity>,
    @InjectRepository(IndividualCaseGroupEntity)
    private readonly groups: Repository<IndividualCaseGroupEntity>,
    @InjectRepository(IndividualCaseRaisingEntity)
    private readonly raisings: Repository<IndividualCaseRaisingEntity>,
    @InjectRepository(ResourceReaderEntity)
    private readonly readers: Repository<ResourceReaderEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Guests and anonymous callers are refused before any case is looked up. A guest's refusal goes
   * through the policy like every other, so it is audited (`access.denied`). `resource` says what
   * was attempted without loading anything: the type, RESTRICTED, and at most the id asked for.
   */
  async requireStaff(
    principal: Principal,
    action: Action,
    resource: ResourceRef,
    ip: string | null,
  ): Promise<void> {
    if (principal.kind === 'ANONYMOUS') throw CaseErrors.notFound();
    if (mayUseCases(principal)) return;
    await this.access.require(principal, action, resource, ip, CaseErrors.staffOnly);
    // The policy never lets a guest at a RESTRICTED record; should it ever, cases stay staff-only.
    throw CaseErrors.staffOnly();
  }

  /** The cases the principal may read, as a query to refine. */
  scoped(principal: Principal, alias = 'c'): SelectQueryBuilder<IndividualCaseEntity> {
    return this.cases
      .createQueryBuilder(alias)
      .where(this.access.readScope(principal, alias, CASE_SCOPE));
  }

  async namedReadersOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows = await this.readers.find({
      where: { resourceType: CASE, resourceId: In([...ids]) },
    });
    for (const r of rows) out.set(r.resourceId, [...(out.get(r.resourceId) ?? []), r.userId]);
    return out;
  }

  /** Loads a case after asking the policy (which audits the read); missing and unreadable look the same. */
  async requireCase(
    principal: Principal,
    id: string,
    action: 'read' | 'update' | 'share' | 'export',
    ip: string | null,
  ) {
    const asked = { type: CASE, id: auditableId(id), classification: 'RESTRICTED' as const };
    await this.requireStaff(principal, action, asked, ip);
    const found = await this.cases.findOne({ where: { id } });
    if (!found) throw CaseErrors.notFound();
    const namedReaders = (await this.namedReadersOf([id])).get(id) ?? [];
    const resource = caseResource(found, namedReaders);
    await this.access.require(principal, action, resource, ip);
    return { found, resource, namedReaders };
  }

  /** Records that a list of cases was shown: who, which ids, where. No names, no search words. */
  async auditList(
    principal: Principal,
    ids: readonly string[],
    context: string,
    ip: string | null,
  ) {
    if (ids.length === 0) return;
    await this.audit.record({
      action: 'restricted.list',
      actor: principal,
      resourceType: CASE,
      ip,
      details: { context, count: ids.length, ids: ids.slice(0, 500) },
    });
  }

  /**
   * References and names of the cases the principal may read, for links from other features
   * (agenda items). A case link shows only to readers cleared for it; showing it is audited.
   */
  async titlesFor(
    principal: Principal,
    ids: readonly string[],
    ip: string | null = null,
  ): Promise<Map<string, { title: string; path: string }>> {
    if (ids.length === 0 || !mayUseCases(principal)) return new Map();
    const rows = await this.scoped(principal)
      .andWhere('c.id IN (:...ids)', { ids: [...ids] })
      .select(['c.id', 'c.reference', 'c.name'])
      .getMany();
    await this.auditList(
      principal,
      rows.map((r) => r.id),
      'link',
      ip,
    );
    return new Map(
      rows.map((r) => [r.id, { title: `${r.reference} · ${r.name}`, path: `/cases/${r.id}` }]),
    );
  }

  /**
   * The latest raisings of readable cases on a theme, newest first, with each case's reference and
   * name — for the theme timeline's continuity. Showing them is audited like a list.
   */
  async raisingsOnTheme(
    principal: Principal,
    themeCode: string,
    max: number,
    ip: string | null = null,
  ) {
    if (!mayUseCases(principal)) return [];
    const onTheme = await this.scoped(principal)
      .andWhere(
        'EXISTS (SELECT 1 FROM individual_case_themes ct WHERE ct."caseId" = c.id AND ct."themeCode" = :themeCode)',
        { themeCode },
      )
      .select(['c.id', 'c.reference', 'c.name'])
      .getMany();
    if (onTheme.length === 0) return [];
    const raisings = await this.raisings.find({
      where: { caseId: In(onTheme.map((c) => c.id)) },
      order: { raisedOn: 'DESC', id: 'ASC' },
      take: max,
    });
    await this.auditList(principal, unique(raisings.map((r) => r.caseId)), 'theme-timeline', ip);
    return raisings.map((raising) => ({
      raising,
      found: onTheme.find((c) => c.id === raising.caseId)!,
    }));
  }

  async hydrate(principal: Principal, rows: readonly IndividualCaseEntity[]): Promise<CaseModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [themes, groups, raisings, named] = await Promise.all([
      this.themes.find({ where: { caseId: In(ids) } }),
      this.groups.find({ where: { caseId: In(ids) } }),
      this.raisings.find({ where: { caseId: In(ids) } }),
      this.namedReadersOf(ids),
    ]);
    const meetingIds = unique(raisings.map((r) => r.meetingId));
    const meetings = meetingIds.length
      ? (await this.meetings.find({ where: { id: In(meetingIds) } })).filter((m) =>
          this.access.can(principal, 'read', meetingResource(m)),
        )
      : [];
    const userIds = unique([
      ...rows.flatMap((r) => [r.createdById, r.updatedById]),
      ...raisings.flatMap((r) => [r.recordedById, r.answerRecordedById]),
      ...[...named.values()].flat(),
    ]);
    const users = userIds.length
      ? await this.users.find({
          where: { id: In(userIds) },
          select: { id: true, displayName: true, partnerCode: true },
        })
      : [];
    const person = (id: string | null): CasePersonModel | null => {
      const u = id ? users.find((x) => x.id === id) : undefined;
      return u
        ? { id: u.id, displayName: u.displayName, partnerCode: u.partnerCode ?? null }
        : null;
    };
    const toRaising = (r: IndividualCaseRaisingEntity): CaseRaisingModel => {
      const meeting = r.meetingId ? meetings.find((m) => m.id === r.meetingId) : undefined;
      return {
        id: r.id,
        caseId: r.caseId,
        partnerCode: r.partnerCode,
        meeting: meeting
          ? { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt }
          : null,
        channel: r.channel,
        raisedOn: r.raisedOn,
        request: r.request,
        answerKind: r.answerKind,
        answer: r.answer,
        answeredOn: r.answeredOn,
        daysToAnswer: r.answeredOn ? daysBetween(r.raisedOn, r.answeredOn) : null,
        recordedBy: person(r.recordedById),
        recordedAt: r.recordedAt,
        answerRecordedBy: person(r.answerRecordedById),
        answerRecordedAt: r.answerRecordedAt,
        canRecordAnswer: mayAnswerFor(principal, r.partnerCode),
      };
    };
    return rows.map((c) => {
      const own = raisings
        .filter((r) => r.caseId === c.id)
        .sort(
          (x, y) =>
            y.raisedOn.localeCompare(x.raisedOn) ||
            y.recordedAt.getTime() - x.recordedAt.getTime() ||
            y.id.localeCompare(x.id),
        )
        .map(toRaising);
      const resource = caseResource(c, named.get(c.id) ?? []);
      const canManage = decide(principal, 'share', resource).allowed;
      return {
        id: c.id,
        reference: c.reference,
        name: c.name,
        nativeName: c.nativeName,
        birthYear: c.birthYear,
        region: c.region,
        status: c.status,
        detainedOn: c.detainedOn,
        charges: c.charges,
        sentence: c.sentence,
        location: c.location,
        summary: c.summary,
        sourceName: c.sourceName,
        sourceReference: c.sourceReference,
        ownerPartner: c.ownerPartner,
        themeCodes: themes
          .filter((t) => t.caseId === c.id)
          .map((t) => t.themeCode)
          .sort(),
        vulnerableGroups: groups
          .filter((g) => g.caseId === c.id)
          .map((g) => g.groupCode as VulnerableGroup)
          .sort(),
        raisings: own,
        lastRaising: own[0] ?? null,
        raisedBy: unique(own.map((r) => r.partnerCode)).sort(),
        awaitingAnswers: own.filter((r) => r.answerKind === 'AWAITED').length,
        namedReaders: canManage
          ? (named.get(c.id) ?? []).map(person).filter((p): p is CasePersonModel => !!p)
          : [],
        canEdit: decide(principal, 'update', resource).allowed,
        canManage,
        createdBy: person(c.createdById),
        updatedBy: person(c.updatedById),
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      };
    });
  }
}
