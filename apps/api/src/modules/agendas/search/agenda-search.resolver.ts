import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../../access/principal';
import { CurrentPrincipal } from '../../../auth/request-context';
import { AgendaItemSearchFilter } from './agenda-search.inputs';
import { AgendaItemSearchPageModel } from './agenda-search.model';
import { AgendaSearchService } from './agenda-search.service';

@Resolver()
export class AgendaSearchResolver {
  constructor(private readonly search: AgendaSearchService) {}

  @Query(() => AgendaItemSearchPageModel, {
    description:
      'Agenda items of the meetings the caller may read, by text, themes, groups, region, meeting, states and dates; newest meeting first. Staff only.',
  })
  async searchAgendaItems(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => AgendaItemSearchFilter, nullable: true })
    filter: AgendaItemSearchFilter | null | undefined,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'At most 100.' })
    limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<AgendaItemSearchPageModel> {
    return this.search.search(principal, filter ?? {}, limit, offset);
  }
}
