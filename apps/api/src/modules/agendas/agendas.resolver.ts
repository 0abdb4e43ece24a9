import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PARTNER_CODES, type PartnerCode } from '@berne/domain';
import type { Principal } from '../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../auth/request-context';
import { CommonErrors } from '../../common/app-error';
import { PartnerCodeEnum } from '../../graphql/enums';
import {
  AgendaItemModel,
  AgendaModel,
  AgendaPersonModel,
  AgendaVersionModel,
} from './agenda.model';
import {
  EditAgendaItemInput,
  OpenSilenceInput,
  ProposeAgendaItemInput,
  RecordConsentInput,
} from './agendas.inputs';
import { AgendasService, type AgendaView, type ItemView } from './agendas.service';

const toItem = (v: ItemView): AgendaItemModel => ({
  ...v.item,
  themeCodes: v.themeCodes,
  vulnerableGroups: v.vulnerableGroups,
  links: v.links,
  consents: v.consents,
  history: v.history,
  proposedBy: v.proposedBy,
  canEdit: v.canEdit,
});

const toAgenda = (v: AgendaView): AgendaModel => ({
  meetingId: v.meeting.id,
  status: v.agenda.status,
  version: v.agenda.version,
  lockedAt: v.agenda.lockedAt,
  partnerCodes: v.partnerCodes,
  items: v.items.map(toItem),
  allocatedMinutes: v.allocatedMinutes,
  meetingMinutes: v.meetingMinutes,
  isChair: v.isChair,
  speaksFor: v.speaksFor,
  memberOf: v.memberOf,
});

@Resolver(() => AgendaModel)
export class AgendasResolver {
  constructor(private readonly agendas: AgendasService) {}

  @Query(() => AgendaModel, { description: 'A meeting’s agenda (created empty on first read).' })
  async agenda(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<AgendaModel> {
    return toAgenda(await this.agendas.agenda(principal, meetingId, ip));
  }

  @Query(() => [AgendaVersionModel], {
    description: 'Locked versions of a meeting’s agenda, newest first.',
  })
  async agendaVersions(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<AgendaVersionModel[]> {
    return this.agendas.lockedVersions(principal, meetingId, ip);
  }

  @Query(() => [AgendaPersonModel], {
    description: 'Diplomats named to speak for a partner on agendas.',
  })
  async agendaSpeakers(
    @CurrentPrincipal() principal: Principal,
    @Args('partnerCode', { type: () => PartnerCodeEnum }) partnerCode: PartnerCode,
  ): Promise<AgendaPersonModel[]> {
    if (!PARTNER_CODES.includes(partnerCode)) throw CommonErrors.badInput('Unknown partner.');
    return this.agendas.speakersOf(principal, partnerCode);
  }

  @Mutation(() => AgendaItemModel)
  async proposeAgendaItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: ProposeAgendaItemInput,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.propose(principal, input, ip));
  }

  @Mutation(() => AgendaItemModel, {
    description:
      'Edits an item (proposing partner or chair); changing its text asks every partner again.',
  })
  async editAgendaItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: EditAgendaItemInput,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.edit(principal, input, ip));
  }

  @Mutation(() => AgendaItemModel, {
    description: "Records the caller's partner's position on an item.",
  })
  async recordAgendaConsent(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: RecordConsentInput,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.consent(principal, input, ip));
  }

  @Mutation(() => AgendaItemModel, {
    description: 'The chair opens a silence procedure with a deadline.',
  })
  async openAgendaSilenceProcedure(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: OpenSilenceInput,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.openSilence(principal, input, ip));
  }

  @Mutation(() => AgendaItemModel)
  async withdrawAgendaItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.setState(principal, id, 'WITHDRAWN', ip));
  }

  @Mutation(() => AgendaItemModel)
  async deferAgendaItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.setState(principal, id, 'DEFERRED', ip));
  }

  @Mutation(() => AgendaItemModel, {
    description: 'The chair brings a withdrawn or deferred item back.',
  })
  async reinstateAgendaItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AgendaItemModel> {
    return toItem(await this.agendas.setState(principal, id, 'IN_CONSULTATION', ip));
  }

  @Mutation(() => AgendaModel, { description: 'The chair sets the order (every item, once).' })
  async reorderAgenda(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('itemIds', { type: () => [ID] }) itemIds: string[],
  ): Promise<AgendaModel> {
    if (itemIds.length > 500) throw CommonErrors.badInput('At most 500 items.');
    return toAgenda(await this.agendas.reorder(principal, meetingId, itemIds, ip));
  }

  @Mutation(() => AgendaModel, {
    description: 'The chair locks an agenda whose items are all agreed or deferred.',
  })
  async lockAgenda(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<AgendaModel> {
    return toAgenda(await this.agendas.lock(principal, meetingId, ip));
  }

  @Mutation(() => AgendaModel, {
    description: 'The chair reopens a locked agenda, with a reason (audited).',
  })
  async reopenAgenda(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('reason') reason: string,
  ): Promise<AgendaModel> {
    if (reason.length > 2000) throw CommonErrors.badInput('A reason has at most 500 characters.');
    return toAgenda(await this.agendas.reopen(principal, meetingId, reason, ip));
  }

  @Mutation(() => [AgendaPersonModel], {
    description:
      'A coordinator names a diplomat of its partner to speak for it (speaks=false removes).',
  })
  async setAgendaSpeaker(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('speaks') speaks: boolean,
  ): Promise<AgendaPersonModel[]> {
    return this.agendas.setSpeaker(principal, userId, speaks, ip);
  }
}
