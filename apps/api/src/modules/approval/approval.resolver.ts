import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { notFound } from '../../core/graphql/errors.js';
import { AssetLoader } from '../asset/asset.loader.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { AuthorshipLoader } from '../authorship/authorship.loader.js';
import { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { ApprovalDecision } from './approval.entity.js';
import { ApprovalLoader } from './approval.loader.js';
import { ApprovalService } from './approval.service.js';
import { ApprovalQueueItemObject, AssetApprovalObject } from './dto/approval.object.js';

@Resolver(() => AssetApprovalObject)
export class ApprovalResolver {
  constructor(
    private readonly approvals: ApprovalService,
    private readonly assetLoader: AssetLoader,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => Boolean, {
    description: 'Whether CLIENT_FACING assets need an approval by enablement before they are shared with customers.',
  })
  @Authenticated()
  approvalRequired(): Promise<boolean> {
    return this.approvals.required();
  }

  @Mutation(() => Boolean, {
    description: 'Turns approval of client-facing content on or off (admins); off until set. Answers the setting.',
  })
  @Roles(Role.ADMIN)
  setApprovalRequired(@CurrentViewer() viewer: Viewer, @Args('required') required: boolean): Promise<boolean> {
    return this.approvals.setRequired(viewer, required);
  }

  @Query(() => [ApprovalQueueItemObject], {
    description: 'ENABLEMENT, ADMIN: published client-facing assets waiting for approval, the longest waiting first.',
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  approvalQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<ApprovalQueueItemObject[]> {
    return this.approvals.queue(viewer, first);
  }

  @Mutation(() => AssetObject, {
    description:
      "ENABLEMENT, ADMIN: approves the asset's current content for customers and tells its authors. `version`, when given, must be the version waiting (CONFLICT otherwise). FORBIDDEN on your own asset.",
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  async approveAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Context() ctx: GqlContext,
  ): Promise<AssetObject> {
    await this.approvals.decide(viewer, id, ApprovalDecision.APPROVED, note, version);
    return this.reload(viewer, id, ctx);
  }

  @Mutation(() => AssetObject, {
    description:
      "ENABLEMENT, ADMIN: rejects the asset's current content, with the reason its authors are told; a new version waits again.",
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  async rejectAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Context() ctx: GqlContext,
  ): Promise<AssetObject> {
    await this.approvals.decide(viewer, id, ApprovalDecision.REJECTED, reason, version);
    return this.reload(viewer, id, ctx);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who made the decision in force.' })
  decidedBy(@Parent() approval: AssetApprovalObject, @Context() ctx: GqlContext) {
    return approval.decidedById ? ctx.loaders.load(this.userLoader.byId, approval.decidedById) : null;
  }

  private async reload(viewer: Viewer, id: string, ctx: GqlContext): Promise<AssetObject> {
    const asset = await ctx.loaders.load(this.assetLoader.visibleById(viewer), id);
    if (!asset) throw notFound('Asset');
    return asset;
  }
}

@Resolver(() => AssetObject)
export class AssetApprovalResolver {
  constructor(
    private readonly loader: ApprovalLoader,
    private readonly authorshipLoader: AuthorshipLoader,
  ) {}

  @ResolveField(() => AssetApprovalObject, {
    description: 'Its approval for customers: whether it may be shared now, and who decided when.',
  })
  async approval(
    @CurrentViewer() viewer: Viewer,
    @Parent() asset: AssetObject,
    @Context() ctx: GqlContext,
  ): Promise<AssetApprovalObject> {
    const [approval, authors] = await Promise.all([
      ctx.loaders.load(this.loader.byAssetId(viewer), asset.id),
      ctx.loaders.load(this.authorshipLoader.byAssetId, asset.id),
    ]);
    if (!approval) throw new Error(`Approval of asset ${asset.id} was not read`);
    return { ...approval, viewerCanDecide: approval.viewerCanDecide && !authors.some((a) => a.userId === viewer.id) };
  }
}

@Resolver(() => ApprovalQueueItemObject)
export class ApprovalQueueItemResolver {
  constructor(private readonly assetLoader: AssetLoader) {}

  @ResolveField(() => AssetObject, { description: 'The asset waiting.' })
  async asset(
    @CurrentViewer() viewer: Viewer,
    @Parent() item: ApprovalQueueItemObject,
    @Context() ctx: GqlContext,
  ): Promise<AssetObject> {
    const asset = await ctx.loaders.load(this.assetLoader.visibleById(viewer), item.assetId);
    // The queue is read with the asset's visibility: a missing one would be a broken read, not a client error.
    if (!asset) throw new Error(`Asset ${item.assetId} of the approval queue is not visible`);
    return asset;
  }
}
