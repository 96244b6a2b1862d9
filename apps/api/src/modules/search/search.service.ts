import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput } from '../../core/graphql/errors.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import { DealService } from '../deal/deal.service.js';
import { SearchGapService } from '../knowledge-flow/search-gap.service.js';
import { Role } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import { GLOBAL_SEARCH_LIMITS } from './dto/global-search.args.js';
import type { GlobalSearchResultObject } from './dto/global-search-result.object.js';
import { SearchRepository } from './search.repository.js';

/** Rows in the order of `ids`, leaving out any the reading service did not return. */
const inOrder = <T extends { id: string }>(ids: string[], rows: T[]): T[] => {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

/** The header search: assets, people and deals in one answer, each under the rule its own module applies. */
@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchRepository,
    private readonly assets: AssetReadService,
    private readonly users: UserService,
    private readonly deals: DealService,
    private readonly gaps: SearchGapService,
  ) {}

  async globalSearch(viewer: Viewer, query: string, first: number): Promise<GlobalSearchResultObject> {
    const text = query.trim();
    if (!text) throw badInput('query', 'Type something to search for.');
    if (text.length > GLOBAL_SEARCH_LIMITS.queryLength) {
      throw badInput('query', `A search is at most ${GLOBAL_SEARCH_LIMITS.queryLength} characters.`);
    }
    if (!Number.isInteger(first) || first < 1 || first > GLOBAL_SEARCH_LIMITS.first) {
      throw badInput('first', `first must be between 1 and ${GLOBAL_SEARCH_LIMITS.first}.`);
    }
    // One after the other: the embedded database runs one statement at a time anyway.
    const assetIds = await this.search.assetIds(viewer, text, first);
    // No asset found: a content gap for the knowledge-flow dashboard (counting it never fails the search).
    if (!assetIds.length) await this.gaps.searchFoundNothing(viewer, text);
    const personIds = await this.search.personIds(text, viewer.role === Role.ADMIN, first);
    const dealIds = await this.search.dealIds(viewer, text, first);
    return {
      // Read again through the asset module's visibility rule, so this answer can never show more than `asset(id)`.
      assets: inOrder(assetIds, await this.assets.findVisible(viewer, assetIds)),
      people: personIds.length ? inOrder(personIds, await this.users.findMany(personIds)) : [],
      deals: dealIds.length ? inOrder(dealIds, await this.deals.findMany(dealIds)) : [],
    };
  }
}
