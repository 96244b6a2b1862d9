import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { badInput, forbidden } from '../../core/graphql/errors.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import { TeamObject } from '../team/dto/team.object.js';
import { TeamLoader } from '../team/team.loader.js';
import { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { mayReadDealAuditTrail } from './deal-access.js';
import { DealLoader } from './deal.loader.js';
import { DealRepository } from './deal.repository.js';
import { DealService } from './deal.service.js';
import { DealAssetUseObject } from './dto/deal-asset-use.object.js';
import { DealAuditEntryObject, DealReviewFlagObject, reviewReasons } from './dto/deal-audit-entry.object.js';
import { DealConnection, DealObject } from './dto/deal.object.js';
import { DealsArgs } from './dto/deals.args.js';

@Resolver(() => DealObject)
export class DealResolver {
  constructor(
    private readonly dealService: DealService,
    private readonly userLoader: UserLoader,
    private readonly teamLoader: TeamLoader,
    private readonly dealLoader: DealLoader,
    private readonly dealRepository: DealRepository,
    private readonly assets: AssetReadService,
  ) {}

  @Query(() => DealObject, { nullable: true, description: 'Any signed-in user may read any deal.' })
  @Authenticated()
  deal(@Args('id', { type: () => ID }) id: string): Promise<DealObject | null> {
    return this.dealService.find(id);
  }

  @Query(() => DealObject, {
    nullable: true,
    description:
      "The deal of this CRM id (the CRM's own id, as `externalId`), or null. Any signed-in user may read it.",
  })
  @Authenticated()
  dealByCrmId(@Args('crmId') crmId: string): Promise<DealObject | null> {
    return this.dealService.findByExternalId(crmId);
  }

  @Query(() => DealConnection, { description: 'The pipeline, newest activity first. Any signed-in user may read it.' })
  @Authenticated()
  deals(@Args() args: DealsArgs): Promise<DealConnection> {
    return this.dealService.list(args.filter, args.outcome, args.first, args.after);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who owns the deal in the CRM.' })
  owner(@Parent() deal: DealObject, @Context() ctx: GqlContext): Promise<UserObject | null> | null {
    return deal.ownerId ? ctx.loaders.load(this.userLoader.byId, deal.ownerId) : null;
  }

  @ResolveField(() => TeamObject, {
    nullable: true,
    description: "The owner's team when the deal was written, unless the CRM names one.",
  })
  team(@Parent() deal: DealObject, @Context() ctx: GqlContext): Promise<TeamObject | null> | null {
    return deal.teamId ? ctx.loaders.load(this.teamLoader.byId, deal.teamId) : null;
  }

  @ResolveField(() => [DealAssetUseObject], {
    description:
      'The content you may see that was used in this deal (recorded as used in it, or shared for it and viewed), last used first.',
  })
  async usedAssets(@Parent() deal: DealObject, @CurrentViewer() viewer: Viewer): Promise<DealAssetUseObject[]> {
    const rows = await this.dealRepository.usedAssets(viewer, deal.id);
    const assets = new Map(
      (
        await this.assets.findVisible(
          viewer,
          rows.map((r) => r.asset_id),
        )
      ).map((a) => [a.id, a]),
    );
    return rows.flatMap((r) => {
      const asset = assets.get(r.asset_id);
      return asset ? [{ asset, uses: r.uses, lastUsedAt: r.last_used_at }] : [];
    });
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may name this deal when sharing content with its buyer (its owner, a manager of its team, or an admin).',
  })
  viewerMayShare(
    @Parent() deal: DealObject,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return ctx.loaders.load(this.dealLoader.worksOn, [viewer, deal.id] as const);
  }

  @ResolveField(() => [DealAuditEntryObject], {
    nullable: true,
    description:
      'ADMIN only (FORBIDDEN, and null, for everyone else): every change of the outcome, amount and dates, oldest first.',
  })
  auditTrail(
    @Parent() deal: DealObject,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
  ): Promise<DealAuditEntryObject[]> {
    if (!mayReadDealAuditTrail(viewer)) throw forbidden('Only admins may read the audit trail of a deal.');
    return ctx.loaders.load(this.dealLoader.auditTrail, deal.id);
  }

  @Query(() => [DealReviewFlagObject], {
    description:
      'ADMIN. Deals to review, most recently changed first: outcome changed more than once, or closed and re-opened. Flags never change credit.',
  })
  @Roles(Role.ADMIN)
  async dealReviewFlags(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<DealReviewFlagObject[]> {
    if (first < 1 || first > 200) throw badInput('first', 'first must be between 1 and 200');
    const rows = await this.dealRepository.reviewFlags(first);
    const deals = new Map((await this.dealService.findMany(rows.map((r) => r.deal_id))).map((d) => [d.id, d]));
    return rows.map((r) => ({
      deal: deals.get(r.deal_id)!,
      outcomeChanges: r.outcome_changes,
      reopenings: r.reopened,
      reasons: reviewReasons(r),
      lastChangeAt: r.last_change_at,
    }));
  }
}

@Resolver(() => DealAuditEntryObject)
export class DealAuditEntryResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'Who imported or wrote it; null for the webhook.' })
  actor(@Parent() entry: DealAuditEntryObject, @Context() ctx: GqlContext): Promise<UserObject | null> | null {
    return entry.actorId ? ctx.loaders.load(this.userLoader.byId, entry.actorId) : null;
  }
}
