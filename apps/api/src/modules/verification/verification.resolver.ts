import {
  Args,
  Context,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { notFound } from '../../core/graphql/errors.js';
import { AssetStatus } from '../asset/asset.entity.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import { AssetObject, AssetViewerCan } from '../asset/dto/asset.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { ReviewIntervalObject, toReviewIntervalObject } from './dto/review-interval.object.js';
import { SetReviewIntervalInput } from './dto/set-review-interval.input.js';
import { reviewState } from './review-due.js';
import type { ReviewState } from './review-due.js';
import { VerificationLoader } from './verification.loader.js';
import type { VerificationRow } from './verification.repository.js';
import { mayVerifyAsset, VerificationService } from './verification.service.js';

const stateOf = (row: VerificationRow | null, now = new Date()): ReviewState =>
  row
    ? reviewState(
        {
          published: row.status === AssetStatus.PUBLISHED,
          reviewDueAt: row.reviewDueAt,
          intervalDays: row.intervalDays,
          openDeals: row.openDeals,
          usedSinceReview: row.usedSinceReview,
        },
        now,
      )
    : { outOfDate: false, daysOverdue: 0, archiveProposed: false };

@Resolver()
export class VerificationResolver {
  constructor(
    private readonly verifications: VerificationService,
    private readonly reads: AssetReadService,
  ) {}

  @Query(() => [AssetObject], {
    description:
      'Published assets you may see whose review is overdue, by risk: used in the most open deals first, then the most reused, then the longest overdue (at most 200). Each shows daysOverdue, verifier, openDealCount and archiveProposed.',
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  async reviewQueue(@CurrentViewer() viewer: Viewer): Promise<AssetObject[]> {
    const rows = await this.verifications.reviewQueue(viewer);
    const assets = new Map(
      (
        await this.reads.findVisible(
          viewer,
          rows.map((r) => r.assetId),
        )
      ).map((a) => [a.id, a]),
    );
    return rows.flatMap((r) => assets.get(r.assetId) ?? []);
  }

  @Mutation(() => AssetObject, {
    description:
      'Confirms a published asset is still right: records who and when, and starts its review interval again. Its verifier, enablement and admins may; it earns no credit. FORBIDDEN for others, NOT_FOUND for an asset you may not see.',
  })
  @Authenticated()
  async verifyAsset(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AssetObject> {
    await this.verifications.verify(viewer, id);
    return this.visible(viewer, id);
  }

  @Mutation(() => AssetObject, {
    description:
      'Names who verifies an asset (instead of its lead author): an active person who may see it. Enablement and admins.',
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  async setAssetVerifier(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<AssetObject> {
    await this.verifications.setVerifier(viewer, assetId, userId);
    return this.visible(viewer, assetId);
  }

  @Query(() => [ReviewIntervalObject], { description: 'The review interval of each asset kind.' })
  @Authenticated()
  async reviewIntervals(): Promise<ReviewIntervalObject[]> {
    return (await this.verifications.intervals()).map(toReviewIntervalObject);
  }

  @Mutation(() => ReviewIntervalObject, {
    description: 'Sets the review interval of an asset kind (1 to 730 days); due dates follow at once. Admins.',
  })
  @Roles(Role.ADMIN)
  async setReviewInterval(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SetReviewIntervalInput,
  ): Promise<ReviewIntervalObject> {
    return toReviewIntervalObject(await this.verifications.setInterval(viewer, input.kind, input.days));
  }

  private async visible(viewer: Viewer, id: string): Promise<AssetObject> {
    const [asset] = await this.reads.findVisible(viewer, [id]);
    if (!asset) throw notFound('Asset');
    return asset;
  }
}

@Resolver(() => AssetObject)
export class AssetVerificationResolver {
  constructor(
    private readonly loader: VerificationLoader,
    private readonly userLoader: UserLoader,
  ) {}

  private row(asset: AssetObject, ctx: GqlContext) {
    return ctx.loaders.load(this.loader.byAssetId, asset.id);
  }

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'Who verifies it: the person enablement named, else its lead author.',
  })
  async verifier(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    const row = await this.row(asset, ctx);
    return row?.verifierId ? ctx.loaders.load(this.userLoader.byId, row.verifierId) : null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'When it was last verified; null if never.' })
  async verifiedAt(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return (await this.row(asset, ctx))?.verifiedAt ?? null;
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who verified it last.' })
  async verifiedBy(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    const row = await this.row(asset, ctx);
    return row?.verifiedBy ? ctx.loaders.load(this.userLoader.byId, row.verifiedBy) : null;
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When it falls due for review: its kind’s interval after it was last verified (or published). Null unless published.',
  })
  async reviewDueAt(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    const row = await this.row(asset, ctx);
    return row?.status === AssetStatus.PUBLISHED ? row.reviewDueAt : null;
  }

  @ResolveField(() => Boolean, {
    description: '"May be out of date": its review is overdue. Such assets rank lower in suggestions.',
  })
  async outOfDate(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return stateOf(await this.row(asset, ctx)).outOfDate;
  }

  @ResolveField(() => Int, { description: 'Whole days its review is overdue; 0 when it is not.' })
  async daysOverdue(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return stateOf(await this.row(asset, ctx)).daysOverdue;
  }

  @ResolveField(() => Boolean, {
    description:
      'Proposed for archive: unused (no reuse, no deal) since it was last verified or published, and overdue by a second whole interval.',
  })
  async archiveProposed(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return stateOf(await this.row(asset, ctx)).archiveProposed;
  }

  @ResolveField(() => Int, { description: 'Open deals that use it (a reuse in the deal, or a share link opened).' })
  async openDealCount(@Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return (await this.row(asset, ctx))?.openDeals ?? 0;
  }
}

@Resolver(() => AssetViewerCan)
export class AssetViewerCanVerifyResolver {
  constructor(private readonly loader: VerificationLoader) {}

  @ResolveField(() => Boolean, {
    description: 'Verify it (verifyAsset): its verifier, enablement and admins, once published.',
  })
  async verify(@CurrentViewer() viewer: Viewer, @Parent() can: AssetViewerCan, @Context() ctx: GqlContext) {
    const row = await ctx.loaders.load(this.loader.byAssetId, can.assetId);
    return !!row && row.status === AssetStatus.PUBLISHED && mayVerifyAsset(viewer, row);
  }
}
