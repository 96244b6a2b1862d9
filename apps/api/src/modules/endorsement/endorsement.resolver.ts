import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetLoader } from '../asset/asset.loader.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { EndorsementObject, toEndorsementObject } from './dto/endorsement.object.js';
import { EndorsementKind } from './endorsement.entity.js';
import { EndorsementService } from './endorsement.service.js';

@Resolver(() => EndorsementObject)
export class EndorsementResolver {
  constructor(
    private readonly endorsements: EndorsementService,
    private readonly assetLoader: AssetLoader,
    private readonly userLoader: UserLoader,
  ) {}

  @Mutation(() => EndorsementObject, { description: 'Endorses an asset you do not author; one per kind.' })
  @Authenticated()
  async endorseAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('kind', { type: () => EndorsementKind }) kind: EndorsementKind,
    @Args('comment', { type: () => String, nullable: true }) comment?: string,
  ): Promise<EndorsementObject> {
    return toEndorsementObject(await this.endorsements.endorse(viewer, assetId, kind, comment));
  }

  @Mutation(() => Boolean, { description: 'Withdraws your endorsement; its credit is reversed.' })
  @Authenticated()
  withdrawEndorsement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.endorsements.withdraw(viewer, id);
  }

  @ResolveField(() => AssetObject)
  asset(@CurrentViewer() viewer: Viewer, @Parent() e: EndorsementObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.assetLoader.visibleById(viewer), e.assetId);
  }

  @ResolveField(() => UserObject)
  endorser(@Parent() e: EndorsementObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, e.endorserId);
  }
}

@Resolver(() => AssetObject)
export class AssetEndorsementsResolver {
  constructor(private readonly endorsementService: EndorsementService) {}

  private readonly batch: BatchFn<string, EndorsementObject[]> = async (ids) =>
    groupByKeys(ids, (await this.endorsementService.forAssets(ids)).map(toEndorsementObject), (e) => e.assetId);

  @ResolveField(() => [EndorsementObject], { description: 'Active endorsements, oldest first.' })
  endorsements(@Parent() asset: AssetObject, @Context() ctx: GqlContext): Promise<EndorsementObject[]> {
    return ctx.loaders.load(this.batch, asset.id);
  }
}
