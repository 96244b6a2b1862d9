import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { notFound } from '../../core/graphql/errors.js';
import { AuthorshipLoader } from '../authorship/authorship.loader.js';
import { AuthorshipInput } from '../authorship/dto/authorship.input.js';
import { coauthorshipActions } from '../authorship/authorship-access.js';
import { AuthorshipObject, DeclinedAuthorshipObject } from '../authorship/dto/authorship.object.js';
import type { AuthorshipRow } from '../authorship/dto/authorship.object.js';
import { TeamObject } from '../team/dto/team.object.js';
import { TeamLoader } from '../team/team.loader.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { AssetLoader } from './asset.loader.js';
import { AssetReadService } from './asset-read.service.js';
import { mayEndorse } from '../endorsement/endorsement-access.js';
import { AssetService, assetPermissions } from './asset.service.js';
import { AssetConnection, AssetFacets } from './dto/asset-connection.object.js';
import { AssetVersionObject } from './dto/asset-version.object.js';
import { AssetObject, AssetViewerCan } from './dto/asset.object.js';
import { AssetSort, AssetsArgs } from './dto/assets.args.js';
import { CreateAssetInput, UpdateAssetInput } from './dto/create-asset.input.js';
import { PageArgs } from '../../core/graphql/connection.js';

@Resolver(() => AssetObject)
export class AssetResolver {
  constructor(
    private readonly assetService: AssetService,
    private readonly reads: AssetReadService,
    private readonly assetLoader: AssetLoader,
    private readonly authorshipLoader: AuthorshipLoader,
    private readonly teamLoader: TeamLoader,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => AssetObject, {
    nullable: true,
    description: 'One asset; NOT_FOUND if it does not exist or you may not see it.',
  })
  @Authenticated()
  async asset(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<AssetObject> {
    const asset = await ctx.loaders.load(this.assetLoader.visibleById(viewer), id);
    if (!asset) throw notFound('Asset');
    return asset;
  }

  @Query(() => AssetConnection, { description: 'Search and browse published assets you may see, with facet counts.' })
  @Authenticated()
  assets(@CurrentViewer() viewer: Viewer, @Args() args: AssetsArgs): Promise<AssetConnection> {
    return this.reads.search(
      { viewer, search: args.search, filter: args.filter ?? {}, sort: args.sort ?? AssetSort.RELEVANCE },
      args.first,
      args.after,
    );
  }

  @Query(() => AssetConnection, {
    description:
      'Newest published assets from your team and the people and tags you follow, then the rest of the organisation.',
  })
  @Authenticated()
  feed(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs): Promise<AssetConnection> {
    return this.reads.feed(viewer, args.first, args.after);
  }

  @Query(() => AssetVersionObject, { description: 'One version of an asset you may see.' })
  @Authenticated()
  async assetVersion(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('version', { type: () => Int }) version: number,
    @Context() ctx: GqlContext,
  ): Promise<AssetVersionObject> {
    const versions = await ctx.loaders.load(this.assetLoader.versions(viewer), assetId);
    const found = versions.find((v) => v.version === version);
    if (!found) throw notFound('Asset version');
    return found;
  }

  @Mutation(() => AssetObject, { description: 'Creates a DRAFT; you are its LEAD_AUTHOR unless authors are given.' })
  @Authenticated()
  createAsset(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAssetInput): Promise<AssetObject> {
    return this.assetService.create(viewer, input);
  }

  @Mutation(() => AssetObject, { description: 'Edits an asset (its authors or an admin); makes version N+1.' })
  @Authenticated()
  updateAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAssetInput,
  ): Promise<AssetObject> {
    return this.assetService.update(viewer, id, input);
  }

  @Mutation(() => AssetObject)
  @Authenticated()
  async publishAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssetObject> {
    return (await this.assetService.publish(viewer, id)).asset;
  }

  @Mutation(() => AssetObject, {
    description: 'Takes an asset out of search and feeds; it stays readable and credited.',
  })
  @Authenticated()
  archiveAsset(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AssetObject> {
    return this.assetService.archive(viewer, id);
  }

  @Mutation(() => AssetObject, {
    description: "Sets an asset's authors: its authors, a manager of its team or an admin.",
  })
  @Authenticated()
  setAuthors(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('authors', { type: () => [AuthorshipInput] }) authors: AuthorshipInput[],
  ): Promise<AssetObject> {
    return this.assetService.setAuthors(viewer, assetId, authors);
  }

  @Mutation(() => AssetObject, {
    description: 'Creates an adaptation (a DRAFT derived from the asset); you become its ADAPTER.',
  })
  @Authenticated()
  deriveAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('input') input: CreateAssetInput,
  ): Promise<AssetObject> {
    return this.assetService.derive(viewer, fromId, input);
  }

  @ResolveField(() => TeamObject, { nullable: true })
  team(@Parent() asset: AssetObject, @Context() ctx: GqlContext): Promise<TeamObject | null> | null {
    return asset.teamId ? ctx.loaders.load(this.teamLoader.byId, asset.teamId) : null;
  }

  @ResolveField(() => [AuthorshipObject])
  async authors(@Parent() asset: AssetObject, @Context() ctx: GqlContext): Promise<AuthorshipObject[]> {
    return this.withUsers(await ctx.loaders.load(this.authorshipLoader.byAssetId, asset.id), ctx);
  }

  @ResolveField(() => [DeclinedAuthorshipObject], {
    description:
      'People named on this asset who declined, latest first: shown to those who may change its authors, empty for everyone else.',
  })
  async declinedAuthors(
    @CurrentViewer() viewer: Viewer,
    @Parent() asset: AssetObject,
    @Context() ctx: GqlContext,
  ): Promise<DeclinedAuthorshipObject[]> {
    if (!(await this.viewerCan(viewer, asset, ctx)).setAuthors) return [];
    const rows = await ctx.loaders.load(this.authorshipLoader.declinesByAssetId, asset.id);
    const users = await Promise.all(rows.map((r) => ctx.loaders.load(this.userLoader.byId, r.userId)));
    return rows.flatMap((r, i) =>
      users[i] ? [{ user: users[i], role: r.role, share: r.share, declinedAt: r.declinedAt }] : [],
    );
  }

  @ResolveField(() => AssetObject, { nullable: true, description: 'The asset this one adapts, if you may see it.' })
  derivedFrom(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return asset.derivedFromId ? ctx.loaders.load(this.assetLoader.visibleById(viewer), asset.derivedFromId) : null;
  }

  @ResolveField(() => [AssetObject], { description: 'Published adaptations of this asset that you may see.' })
  derivedAssets(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.assetLoader.derivedFrom(viewer), asset.id);
  }

  @ResolveField(() => [AssetObject], { description: 'Parent, grandparent, ... that you may see, nearest first.' })
  ancestry(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.assetLoader.ancestry(viewer), asset.id);
  }

  @ResolveField(() => [AssetVersionObject], {
    description: 'The versions you may read, newest first: a version keeps the visibility it was made with.',
  })
  versions(
    @CurrentViewer() viewer: Viewer,
    @Parent() asset: AssetObject,
    @Context() ctx: GqlContext,
  ): Promise<AssetVersionObject[]> {
    return ctx.loaders.load(this.assetLoader.versions(viewer), asset.id);
  }

  @ResolveField(() => AssetViewerCan)
  async viewerCan(
    @CurrentViewer() viewer: Viewer,
    @Parent() asset: AssetObject,
    @Context() ctx: GqlContext,
  ): Promise<AssetViewerCan> {
    const [authors, managerIds] = await Promise.all([
      ctx.loaders.load(this.authorshipLoader.byAssetId, asset.id),
      asset.teamId ? ctx.loaders.load(this.teamLoader.managerIds, asset.teamId) : Promise.resolve([]),
    ]);
    const authorIds = authors.map((a) => a.userId);
    return {
      ...assetPermissions(viewer, asset, authorIds, managerIds),
      endorse: mayEndorse(authorIds.includes(viewer.id)),
      assetId: asset.id,
      ...coauthorshipActions(viewer.id, authors, asset.derivedFromId !== null),
    };
  }

  private async withUsers(rows: Pick<AuthorshipRow, 'userId' | 'role' | 'share' | 'consent'>[], ctx: GqlContext) {
    const users = await Promise.all(rows.map((r) => ctx.loaders.load(this.userLoader.byId, r.userId)));
    return rows.flatMap((r, i) =>
      users[i] ? [{ user: users[i], role: r.role, share: r.share, consent: r.consent }] : [],
    );
  }
}

@Resolver(() => AssetConnection)
export class AssetConnectionResolver {
  constructor(private readonly reads: AssetReadService) {}

  @ResolveField(() => Int, { description: 'How many assets match, across all pages.' })
  totalCount(@Parent() connection: AssetConnection): Promise<number> | number {
    return connection.count ? connection.count() : connection.totalCount;
  }

  @ResolveField(() => Boolean, {
    description:
      'True when more assets match a search than Byline counts (200 by default): `totalCount` and the facet counts are then lower bounds, to be shown as "200+".',
  })
  totalIsEstimate(@Parent() connection: AssetConnection): Promise<boolean> | boolean {
    return connection.isEstimate ? connection.isEstimate() : false;
  }

  @ResolveField(() => AssetFacets, {
    description:
      'Counts over every matching asset, for filters; for a search matching more than Byline counts (see `totalIsEstimate`), over the first of them only.',
  })
  facets(@Parent() connection: AssetConnection): Promise<AssetFacets> {
    return this.reads.facets(connection.query!);
  }
}

@Resolver(() => AssetVersionObject)
export class AssetVersionResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'Who made this version.' })
  editedBy(@Parent() version: AssetVersionObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, version.editedById);
  }

  @ResolveField(() => [AuthorshipObject])
  async authors(@Parent() version: AssetVersionObject, @Context() ctx: GqlContext): Promise<AuthorshipObject[]> {
    const users = await Promise.all(version.authorRows.map((r) => ctx.loaders.load(this.userLoader.byId, r.userId)));
    return version.authorRows.flatMap((r, i) =>
      users[i] ? [{ user: users[i], role: r.role, share: r.share, consent: null }] : [],
    );
  }
}
