import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../access/principal';
import { CommonErrors } from '../../../common/app-error';
import { AgendaItemReader } from '../continuity/agenda-item-reader';
import { SEARCH_LIMIT_MAX, type AgendaItemSearchFilter } from './agenda-search.inputs';
import type { AgendaItemSearchPageModel } from './agenda-search.model';
import { findAll, snippetOf } from './highlight';
import { likeEscape } from '../../../common/search-text';

/** How far a caller may page: further than any screen goes, short of scanning everything. */
const SEARCH_OFFSET_MAX = 10_000;

/**
 * Finding agenda items across every round: a case-insensitive substring of title or description,
 * themes, vulnerable groups, region, meeting, states and dates. Staff only; scoped in SQL to the
 * items of meetings the caller may read.
 */
@Injectable()
export class AgendaSearchService {
  constructor(private readonly reader: AgendaItemReader) {}

  async search(
    principal: Principal,
    filter: AgendaItemSearchFilter,
    limit: number,
    offset: number,
  ): Promise<AgendaItemSearchPageModel> {
    this.reader.requireStaff(principal);
    if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMIT_MAX) {
      throw CommonErrors.badInput(`Ask for between 1 and ${SEARCH_LIMIT_MAX} results.`, {
        limit: ['out of range'],
      });
    }
    if (!Number.isInteger(offset) || offset < 0 || offset > SEARCH_OFFSET_MAX) {
      throw CommonErrors.badInput(`Start between 0 and ${SEARCH_OFFSET_MAX}.`, {
        offset: ['out of range'],
      });
    }
    if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) {
      throw CommonErrors.badInput('“From” must be before “to”.', { to: ['before from'] });
    }
    const qb = this.reader.scopedItems(principal);
    const text = filter.text?.trim() ?? '';
    if (text) {
      qb.andWhere(
        "(LOWER(i.title) LIKE :text ESCAPE '\\' OR LOWER(i.description) LIKE :text ESCAPE '\\')",
        { text: `%${likeEscape(text.toLowerCase())}%` },
      );
    }
    if (filter.themeCodes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM agenda_item_themes st WHERE st."itemId" = i.id AND st."themeCode" IN (:...themeCodes))',
        { themeCodes: [...new Set(filter.themeCodes)] },
      );
    }
    if (filter.vulnerableGroups?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM agenda_item_groups sg WHERE sg."itemId" = i.id AND sg."groupCode" IN (:...groups))',
        { groups: [...new Set(filter.vulnerableGroups)] },
      );
    }
    if (filter.influenceRegion) {
      qb.andWhere('i.influenceRegion = :region', { region: filter.influenceRegion });
    }
    if (filter.meetingId) {
      qb.andWhere('i.meetingId = :meetingId', { meetingId: filter.meetingId.toLowerCase() });
    }
    if (filter.states?.length) {
      qb.andWhere('i.state IN (:...states)', { states: [...new Set(filter.states)] });
    }
    if (filter.from) qb.andWhere('m.startsAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('m.startsAt < :to', { to: filter.to });

    const total = await qb.clone().getCount();
    const rows =
      total > offset
        ? await qb
            .orderBy('m.startsAt', 'DESC')
            .addOrderBy('i.meetingId', 'ASC')
            .addOrderBy('i.position', 'ASC')
            .addOrderBy('i.id', 'ASC')
            .offset(offset)
            .limit(limit)
            .getMany()
        : [];
    const items = await this.reader.summaries(rows);
    return {
      total,
      offset,
      limit,
      results: items.map((item) => ({
        item,
        titleHighlights: findAll(item.title, text),
        snippet: snippetOf(item.description, text),
      })),
    };
  }
}
