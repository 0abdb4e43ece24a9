import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Classification, PartnerCode } from '@berne/domain';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { ClassificationEnum, PartnerCodeEnum } from '../../../graphql/enums';
import { ActionItemModel, ActionItemPersonModel } from './action-item.model';
import {
  ActionItemsFilter,
  CreateActionItemInput,
  UpdateActionItemInput,
} from './action-items.inputs';
import { toActionItemModel } from './action-items.mapper';
import { ActionItemsService } from './action-items.service';

@Resolver(() => ActionItemModel)
export class ActionItemsResolver {
  constructor(private readonly service: ActionItemsService) {}

  @Query(() => [ActionItemModel], {
    description: 'Action items the caller may read, soonest due first. Staff only.',
  })
  async actionItems(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => ActionItemsFilter, nullable: true })
    filter?: ActionItemsFilter,
  ): Promise<ActionItemModel[]> {
    return (await this.service.list(principal, filter ?? {})).map(toActionItemModel);
  }

  @Query(() => [ActionItemModel], {
    description:
      "Assigned to the caller or owned by the caller's partner: open ones first (soonest due), then done and dropped ones.",
  })
  async myActionItems(@CurrentPrincipal() principal: Principal): Promise<ActionItemModel[]> {
    return (await this.service.mine(principal)).map(toActionItemModel);
  }

  @Query(() => ActionItemModel)
  async actionItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ActionItemModel> {
    return toActionItemModel(await this.service.get(principal, id, ip));
  }

  @Query(() => [ActionItemModel], {
    description:
      'The open items of the previous meeting of the same kind (not cancelled or postponed), to offer for this meeting’s agenda.',
  })
  async openActionItemsForNextMeeting(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<ActionItemModel[]> {
    return (await this.service.openForNextMeeting(principal, meetingId, ip)).map(toActionItemModel);
  }

  @Query(() => [ActionItemPersonModel], {
    description:
      'Active staff who could read an item with this owner (default: your partner) and classification.',
  })
  async actionItemAssignees(
    @CurrentPrincipal() principal: Principal,
    @Args('ownerPartner', { type: () => PartnerCodeEnum, nullable: true })
    ownerPartner?: PartnerCode | null,
    @Args('classification', { type: () => ClassificationEnum, defaultValue: 'PARTNERS' })
    classification: Classification = 'PARTNERS',
  ): Promise<ActionItemPersonModel[]> {
    return this.service.assignable(principal, ownerPartner ?? null, classification);
  }

  @Mutation(() => ActionItemModel, {
    description: 'Records an action item from a meeting; notifies the assignee.',
  })
  async createActionItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: CreateActionItemInput,
  ): Promise<ActionItemModel> {
    return toActionItemModel(await this.service.create(principal, input, ip));
  }

  @Mutation(() => ActionItemModel, {
    description:
      'Changes title, description, due date, assignee or status (owning partner, assignee, secretariat).',
  })
  async updateActionItem(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: UpdateActionItemInput,
  ): Promise<ActionItemModel> {
    return toActionItemModel(await this.service.update(principal, input, ip));
  }
}
