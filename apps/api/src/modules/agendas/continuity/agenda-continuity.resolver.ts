import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import { FilterCodesPipe } from '../../../common/search-text';
import {
  AgendaRaisedBeforeModel,
  AgendaSuggestionsModel,
  ThemeTimelineEntryModel,
} from './agenda-continuity.model';
import { AgendaContinuityService } from './agenda-continuity.service';

@Resolver()
export class AgendaContinuityResolver {
  constructor(private readonly continuity: AgendaContinuityService) {}

  @Query(() => [ThemeTimelineEntryModel], {
    description:
      'Everything on a theme across all rounds that the caller may read — meetings, agenda items with their outcome, briefing notes — newest first. Staff only.',
  })
  async themeTimeline(
    @CurrentPrincipal() principal: Principal,
    @Args('themeCode', FilterCodesPipe) themeCode: string,
    @Args('limit', { type: () => Int, defaultValue: 200, description: 'At most 500.' })
    limit: number,
  ): Promise<ThemeTimelineEntryModel[]> {
    return this.continuity.themeTimeline(principal, themeCode, limit);
  }

  @Query(() => [AgendaRaisedBeforeModel], {
    description:
      'The latest agenda items sharing any of these themes at earlier meetings (before excludeMeetingId’s meeting, or before now), newest first, with their outcome. For the proposal form. Staff only.',
  })
  async agendaItemsRaisedBefore(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('themeCodes', { type: () => [String] }, FilterCodesPipe) themeCodes: string[],
    @Args('excludeMeetingId', { type: () => ID, nullable: true })
    excludeMeetingId: string | null | undefined,
    @Args('limit', { type: () => Int, defaultValue: 5, description: 'At most 50.' })
    limit: number,
  ): Promise<AgendaRaisedBeforeModel[]> {
    return this.continuity.raisedBefore(principal, themeCodes, excludeMeetingId ?? null, limit, ip);
  }

  @Query(() => [AgendaRaisedBeforeModel], {
    description:
      'For an item on an agenda: the latest items on its themes at meetings before its own, newest first.',
  })
  async agendaItemHistoryOnThemes(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('limit', { type: () => Int, defaultValue: 5, description: 'At most 50.' })
    limit: number,
  ): Promise<AgendaRaisedBeforeModel[]> {
    return this.continuity.itemHistoryOnThemes(principal, itemId, limit, ip);
  }

  @Query(() => AgendaSuggestionsModel, {
    description:
      'Items the previous meeting of the same kind deferred or left contested, and its open action items, each with why it is suggested.',
  })
  async agendaSuggestions(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<AgendaSuggestionsModel> {
    return this.continuity.suggestions(principal, meetingId, ip);
  }
}
