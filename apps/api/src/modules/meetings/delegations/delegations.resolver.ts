import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PartnerCode } from '@berne/domain';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { PartnerCodeEnum } from '../../../graphql/enums';
import {
  DelegationContinuityModel,
  DelegationMemberModel,
  DelegationModel,
} from './delegation.model';
import { AddDelegationMemberInput, UpdateDelegationMemberInput } from './delegations.inputs';
import {
  toContinuityModel,
  toDelegationMemberModel,
  toDelegationModel,
} from './delegations.mapper';
import { DelegationsService } from './delegations.service';

@Resolver(() => DelegationModel)
export class DelegationsResolver {
  constructor(private readonly service: DelegationsService) {}

  @Query(() => [DelegationModel], {
    description: "Every participating partner's roster for a meeting (empty ones too). Staff only.",
  })
  async meetingDelegations(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<DelegationModel[]> {
    return (await this.service.rosters(principal, meetingId, null, ip)).map(toDelegationModel);
  }

  @Query(() => DelegationModel, { description: "One partner's roster for a meeting." })
  async delegation(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('partnerCode', { type: () => PartnerCodeEnum }) partnerCode: PartnerCode,
  ): Promise<DelegationModel> {
    return toDelegationModel(
      (await this.service.rosters(principal, meetingId, partnerCode, ip))[0],
    );
  }

  @Query(() => DelegationContinuityModel, {
    description:
      'Who represented a partner at which meetings, newest first, and where it sent no roster.',
  })
  async delegationContinuity(
    @CurrentPrincipal() principal: Principal,
    @Args('partnerCode', { type: () => PartnerCodeEnum }) partnerCode: PartnerCode,
  ): Promise<DelegationContinuityModel> {
    return toContinuityModel(await this.service.continuity(principal, partnerCode));
  }

  @Mutation(() => DelegationMemberModel, {
    description:
      "Adds a person to a participating partner's roster (its coordinator or diplomats, or the secretariat).",
  })
  async addDelegationMember(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: AddDelegationMemberInput,
  ): Promise<DelegationMemberModel> {
    return toDelegationMemberModel(await this.service.add(principal, input, ip));
  }

  @Mutation(() => DelegationMemberModel)
  async updateDelegationMember(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: UpdateDelegationMemberInput,
  ): Promise<DelegationMemberModel> {
    return toDelegationMemberModel(await this.service.update(principal, input, ip));
  }

  @Mutation(() => ID, {
    description: 'Removes a person from a roster; returns their roster entry id.',
  })
  async removeDelegationMember(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.service.remove(principal, id, ip);
  }
}
