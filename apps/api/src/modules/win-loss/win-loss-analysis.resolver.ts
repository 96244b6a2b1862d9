import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AssetKind } from '../asset/asset.entity.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { DealObject } from '../deal/dto/deal.object.js';
import { Role } from '../user/user.entity.js';
import { WinLossAnalysisObject } from './dto/win-loss-analysis.object.js';
import { WinLossReasonObject } from './dto/win-loss-reason.object.js';
import { WinLossLoader } from './win-loss.loader.js';
import { WinLossReasonService } from './win-loss-reason.service.js';

@Resolver(() => WinLossAnalysisObject)
export class WinLossAnalysisResolver {
  constructor(
    private readonly loader: WinLossLoader,
    private readonly reasons: WinLossReasonService,
  ) {}

  @Query(() => [WinLossReasonObject], { description: 'The reasons an analysis can cite, in list order.' })
  @Authenticated()
  winLossReasons(
    @Args('includeArchived', { type: () => Boolean, nullable: true, defaultValue: false })
    includeArchived: boolean | null,
  ): Promise<WinLossReasonObject[]> {
    return this.reasons.list(includeArchived ?? false);
  }

  @Mutation(() => WinLossReasonObject, {
    description: 'Adds a reason to the end of the list (an archived one comes back); CONFLICT if it is already there.',
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  addWinLossReason(@Args('label') label: string): Promise<WinLossReasonObject> {
    return this.reasons.add(label);
  }

  @Mutation(() => WinLossReasonObject, { description: 'Takes a reason off the list; analyses that cite it keep it.' })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  archiveWinLossReason(@Args('id', { type: () => ID }) id: string): Promise<WinLossReasonObject> {
    return this.reasons.archive(id);
  }

  @ResolveField(() => DealObject, { description: 'The deal the analysis is about.' })
  async deal(@Parent() analysis: WinLossAnalysisObject, @Context() ctx: GqlContext): Promise<DealObject> {
    const deal = await ctx.loaders.load(this.loader.dealById, analysis.dealId);
    // The foreign key keeps the deal; a missing one would be a broken database, not a client error.
    if (!deal) throw new Error(`Deal ${analysis.dealId} of analysis ${analysis.assetId} is missing`);
    return deal;
  }
}

@Resolver(() => AssetObject)
export class AssetWinLossResolver {
  constructor(private readonly loader: WinLossLoader) {}

  @ResolveField(() => WinLossAnalysisObject, {
    nullable: true,
    description: 'The win/loss analysis of a WIN_LOSS asset linked to a deal; null otherwise.',
  })
  winLoss(@Parent() asset: AssetObject, @Context() ctx: GqlContext): Promise<WinLossAnalysisObject | null> | null {
    if (asset.kind !== AssetKind.WIN_LOSS) return null;
    // The parent asset reached the client through a visibility-checked read, so its analysis is visible too.
    return ctx.loaders.load(this.loader.analysisByAssetId, asset.id);
  }
}

@Resolver(() => DealObject)
export class DealAnalysesResolver {
  constructor(private readonly loader: WinLossLoader) {}

  @ResolveField(() => [AssetObject], {
    description: 'The win/loss analyses of this deal that you may see, newest first.',
  })
  analyses(
    @CurrentViewer() viewer: Viewer,
    @Parent() deal: DealObject,
    @Context() ctx: GqlContext,
  ): Promise<AssetObject[]> {
    return ctx.loaders.load(this.loader.analysesOfDeal(viewer), deal.id);
  }
}
