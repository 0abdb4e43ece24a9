import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../auth/request-context';
import { PartnersService } from '../partners/partners.service';
import { InviteUserInput, SetUserDisabledInput, UsersFilter } from './dto/users.inputs';
import { toUserModel } from './user.mapper';
import { UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly partners: PartnersService,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user. UNAUTHENTICATED without a session.' })
  async me(@CurrentPrincipal() principal: Principal): Promise<UserModel> {
    return toUserModel(await this.usersService.me(principal), this.partners);
  }

  @Query(() => [UserModel], { description: 'Accounts the caller administers.' })
  async users(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => UsersFilter, nullable: true }) filter?: UsersFilter,
  ): Promise<UserModel[]> {
    const rows = await this.usersService.list(principal, filter ?? {});
    return rows.map((u) => toUserModel(u, this.partners));
  }

  @Mutation(() => UserModel)
  async inviteUser(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: InviteUserInput,
  ): Promise<UserModel> {
    return toUserModel(await this.usersService.invite(principal, input, ip), this.partners);
  }

  @Mutation(() => UserModel)
  async setUserDisabled(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: SetUserDisabledInput,
  ): Promise<UserModel> {
    return toUserModel(await this.usersService.setDisabled(principal, input, ip), this.partners);
  }
}
