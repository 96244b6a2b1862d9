import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { CreditEntryObject } from '../credit/dto/credit.objects.js';
import { ReuseEventObject } from '../reuse/dto/reuse.objects.js';
import { ShareLinkObject } from '../share/dto/share-link.object.js';
import { AssetLoader } from './asset.loader.js';
import { AssetObject } from './dto/asset.object.js';

/** `CreditEntry.asset`: resolved here, with the assets' visibility, so credit does not depend on assets. */
@Resolver(() => CreditEntryObject)
export class CreditEntryAssetResolver {
  constructor(private readonly assetLoader: AssetLoader) {}

  @ResolveField(() => AssetObject, { nullable: true, description: 'The asset that earned it, if you may see it.' })
  asset(@CurrentViewer() viewer: Viewer, @Parent() entry: CreditEntryObject, @Context() ctx: GqlContext) {
    return entry.assetId ? ctx.loaders.load(this.assetLoader.visibleById(viewer), entry.assetId) : null;
  }
}

/** `ReuseEvent.asset`: resolved here, with the assets' visibility, so reuse does not depend on assets. */
@Resolver(() => ReuseEventObject)
export class ReuseEventAssetResolver {
  constructor(private readonly assetLoader: AssetLoader) {}

  @ResolveField(() => AssetObject)
  asset(@CurrentViewer() viewer: Viewer, @Parent() event: ReuseEventObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.assetLoader.visibleById(viewer), event.assetId);
  }
}

/** `ShareLink.asset`: resolved here, with the assets' visibility, so share links do not depend on assets. */
@Resolver(() => ShareLinkObject)
export class ShareLinkAssetResolver {
  constructor(private readonly assetLoader: AssetLoader) {}

  @ResolveField(() => AssetObject, { description: 'The shared asset.' })
  async asset(@CurrentViewer() viewer: Viewer, @Parent() link: ShareLinkObject, @Context() ctx: GqlContext) {
    const asset = await ctx.loaders.load(this.assetLoader.visibleById(viewer), link.assetId);
    // Links are read only with their asset's visibility: a missing one would be a broken read, not a client error.
    if (!asset) throw new Error(`Asset ${link.assetId} of share link ${link.id} is not visible`);
    return asset;
  }
}
