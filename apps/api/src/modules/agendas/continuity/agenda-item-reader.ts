import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { PartnerCode } from '@berne/domain';
import { AccessService } from '../../../access/access.service';
import { isStaff, type Principal } from '../../../access/principal';
import { CommonErrors } from '../../../common/app-error';
import { MeetingEntity } from '../../meetings/meeting.entity';
import { MEETING } from '../../meetings/meetings.policy';
import { PartnersService } from '../../partners/partners.service';
import {
  AgendaConsentEntity,
  AgendaItemEntity,
  AgendaItemGroupEntity,
  AgendaItemThemeEntity,
} from '../agenda.entity';
import { AGENDA_ITEM } from '../agendas.policy';
import type { AgendaItemSummaryModel, AgendaMeetingRefModel } from './agenda-continuity.model';
import { AgendaContinuityErrors } from './agenda-continuity.errors';
import { agendaItemPath, agendaOutcome, isVoiced, meetingPath } from './agenda-outcome';

/** The read scope's columns on `meetings` (a meeting is owned by its host partner). */
export const MEETING_SCOPE = {
  resourceType: MEETING,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'hostPartner',
} as const;

/** The read scope's columns on `agenda_items` (an item is owned by its proposing partner). */
export const AGENDA_ITEM_SCOPE = {
  resourceType: AGENDA_ITEM,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'proposingPartner',
} as const;

export const meetingRef = (m: MeetingEntity): AgendaMeetingRefModel => ({
  id: m.id,
  title: m.title,
  kind: m.kind,
  city: m.city,
  timeZone: m.timeZone,
  startsAt: m.startsAt,
  status: m.status,
  path: meetingPath(m.id),
});

/**
 * Agenda items across meetings for continuity views and search: the SQL scope (the meeting and the
 * item must both be readable under the access policy) and the compact form those views show.
 */
@Injectable()
export class AgendaItemReader {
  constructor(
    @InjectRepository(AgendaItemEntity) private readonly items: Repository<AgendaItemEntity>,
    @InjectRepository(AgendaItemThemeEntity)
    private readonly itemThemes: Repository<AgendaItemThemeEntity>,
    @InjectRepository(AgendaItemGroupEntity)
    private readonly itemGroups: Repository<AgendaItemGroupEntity>,
    @InjectRepository(AgendaConsentEntity)
    private readonly consents: Repository<AgendaConsentEntity>,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly access: AccessService,
    private readonly partners: PartnersService,
  ) {}

  /**
   * Agendas are the partners' business: lists across meetings answer anonymous callers
   * UNAUTHENTICATED and NGO guests FORBIDDEN (they have no consultation round access here yet).
   */
  requireStaff(principal: Principal): void {
    if (principal.kind === 'ANONYMOUS') throw CommonErrors.unauthenticated();
    if (!isStaff(principal)) throw AgendaContinuityErrors.staffOnly();
  }

  /** Items (alias `i`) joined to their meeting (alias `m`), both limited in SQL to what the caller reads. */
  scopedItems(principal: Principal): SelectQueryBuilder<AgendaItemEntity> {
    return this.items
      .createQueryBuilder('i')
      .innerJoin(MeetingEntity, 'm', 'm.id = i.meetingId')
      .where(this.access.readScope(principal, 'm', MEETING_SCOPE))
      .andWhere(this.access.readScope(principal, 'i', AGENDA_ITEM_SCOPE));
  }

  /** Meetings (alias `m`) the caller may read. */
  scopedMeetings(principal: Principal): SelectQueryBuilder<MeetingEntity> {
    return this.meetings
      .createQueryBuilder('m')
      .where(this.access.readScope(principal, 'm', MEETING_SCOPE));
  }

  /** The readable meetings among `ids`. */
  async readableMeetings(principal: Principal, ids: readonly string[]) {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map<string, MeetingEntity>();
    const rows = await this.scopedMeetings(principal)
      .andWhere('m.id IN (:...wanted)', { wanted })
      .getMany();
    return new Map(rows.map((m) => [m.id, m]));
  }

  partnerName = (code: PartnerCode): string => this.partners.get(code)?.name ?? code;

  /**
   * The compact form of items already scoped by `scopedItems`: themes, groups, outcome (with the
   * reservation and objection texts) and meeting. One query per table, whatever the count.
   */
  async summaries(rows: readonly AgendaItemEntity[]): Promise<AgendaItemSummaryModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [themes, groups, consents, meetings] = await Promise.all([
      this.itemThemes.find({ where: { itemId: In(ids) } }),
      this.itemGroups.find({ where: { itemId: In(ids) } }),
      this.consents.find({
        where: { itemId: In(ids), position: In(['OBJECTION', 'RESERVATION']) },
      }),
      this.meetings.find({ where: { id: In([...new Set(rows.map((r) => r.meetingId))]) } }),
    ]);
    const meetingOf = new Map(meetings.map((m) => [m.id, m]));
    return rows.map((item) => ({
      id: item.id,
      meetingId: item.meetingId,
      title: item.title,
      description: item.description,
      proposingPartner: item.proposingPartner,
      minutes: item.minutes,
      position: item.position,
      state: item.state,
      guestVisible: item.guestVisible,
      influenceRegion: item.influenceRegion,
      themeCodes: themes
        .filter((t) => t.itemId === item.id)
        .map((t) => t.themeCode)
        .sort(),
      vulnerableGroups: groups
        .filter((g) => g.itemId === item.id)
        .map((g) => g.groupCode)
        .sort(),
      outcome: agendaOutcome(
        item.state,
        consents.filter((c) => c.itemId === item.id && isVoiced(c.position)),
        this.partnerName,
      ),
      meeting: meetingRef(meetingOf.get(item.meetingId)!),
      path: agendaItemPath(item.meetingId, item.id),
    }));
  }
}
