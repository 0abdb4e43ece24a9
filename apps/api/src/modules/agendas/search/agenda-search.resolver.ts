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
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'At most 100.' })
    limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    // Last and optional rather than `| null`: a union reflects as Object, and the ValidationPipe
    // would then skip the filter (its limits and @SearchText).
    @Args('filter', { type: () => AgendaItemSearchFilter, nullable: true })
    filter?: AgendaItemSearchFilter,
  ): Promise<AgendaItemSearchPageModel> {
    return this.search.search(principal, filter ?? {}, limit, offset);
  }
}
