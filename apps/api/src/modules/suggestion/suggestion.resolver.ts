import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { AssetSuggestionObject } from './dto/asset-suggestion.object.js';
import { DealSuggestionsArgs } from './dto/deal-suggestions.args.js';
import { SuggestionService } from './suggestion.service.js';

const RANKING =
  "Published assets you may see that the deal has not used yet, ranked by fit (industry = the deal's account sector, product, journey phase from the stage, buyer roles from its analyses), win influence, reuse and freshness; an asset whose review is overdue (“may be out of date”) ranks below an otherwise equal one.";

@Resolver(() => AssetSuggestionObject)
export class SuggestionResolver {
  constructor(private readonly suggestions: SuggestionService) {}

  @Query(() => [AssetObject], { description: `"Be inspired" for a deal: ${RANKING} NOT_FOUND for an unknown deal.` })
  @Authenticated()
  async suggestionsForDeal(@CurrentViewer() viewer: Viewer, @Args() args: DealSuggestionsArgs): Promise<AssetObject[]> {
    return (await this.suggestions.forDeal(viewer, args.dealId, args.first ?? 10)).map((s) => s.asset);
  }

  @Query(() => [AssetSuggestionObject], {
    description: `suggestionsForDeal with the score, its breakdown and its reasons, in the same order: ${RANKING}`,
  })
  @Authenticated()
  dealSuggestions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: DealSuggestionsArgs,
  ): Promise<AssetSuggestionObject[]> {
    return this.suggestions.forDeal(viewer, args.dealId, args.first ?? 10);
  }
}
