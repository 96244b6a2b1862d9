import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AssetLoader } from '../asset/asset.loader.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { DEFAULT_MIN_CLOSED_DEALS } from './content-influence.util.js';
import { ContentInfluenceObject } from './dto/content-influence.object.js';
import { LossReasonCountObject } from './dto/loss-reason-count.object.js';
import { ContentInfluenceArgs, TopLossReasonsArgs } from './dto/win-loss-analytics.args.js';
import { WinLossArgs } from './dto/win-loss.args.js';
import { WinLossRowObject } from './dto/win-loss-row.object.js';
import { WinLossService } from './win-loss.service.js';

@Resolver()
export class WinLossResolver {
  constructor(private readonly winLossService: WinLossService) {}

  @Query(() => [WinLossRowObject], {
    description:
      "Win rate, won and lost amounts and cycle time of closed deals, grouped by a dimension and sorted by key. Any signed-in user may see the organisation's win/loss analytics.",
  })
  @Authenticated()
  winLoss(@Args() args: WinLossArgs): Promise<WinLossRowObject[]> {
    return this.winLossService.winLoss(args.groupBy, args.filter);
  }

  @Query(() => [LossReasonCountObject], {
    description:
      'The reasons most cited by the win/loss analyses of lost deals matching the filter, most cited first. Only analyses you may see count.',
  })
  @Authenticated()
  topLossReasons(@CurrentViewer() viewer: Viewer, @Args() args: TopLossReasonsArgs): Promise<LossReasonCountObject[]> {
    return this.winLossService.topLossReasons(viewer, args.filter, args.first ?? 10);
  }

  @Query(() => [ContentInfluenceObject], {
    description:
      'Per asset you may see that was used in closed deals matching the filter: the win rate of those deals against comparable deals (the closed deals in the same filter that did NOT use it), with a Wilson 95% interval. Assets used in fewer than minClosedDeals closed deals are listed without a win rate. Sorted by lift among those with enough data, then the rest by deals used in.',
  })
  @Authenticated()
  contentInfluence(
    @CurrentViewer() viewer: Viewer,
    @Args() args: ContentInfluenceArgs,
  ): Promise<ContentInfluenceObject[]> {
    return this.winLossService.contentInfluence(
      viewer,
      args.filter,
      args.minClosedDeals ?? DEFAULT_MIN_CLOSED_DEALS,
      args.first ?? 20,
    );
  }
}

@Resolver(() => ContentInfluenceObject)
export class ContentInfluenceResolver {
  constructor(private readonly assetLoader: AssetLoader) {}

  @ResolveField(() => AssetObject)
  async asset(
    @CurrentViewer() viewer: Viewer,
    @Parent() row: ContentInfluenceObject,
    @Context() ctx: GqlContext,
  ): Promise<AssetObject> {
    const asset = await ctx.loaders.load(this.assetLoader.visibleById(viewer), row.assetId);
    // Rows are only made for assets the viewer may see.
    if (!asset) throw new Error(`Asset ${row.assetId} is not visible to its viewer`);
    return asset;
  }
}
