import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AssetKind } from '../asset/asset.entity.js';
import { Role } from '../user/user.entity.js';
import { CreateShareLinkInput } from './dto/create-share-link.input.js';
import { ShareLinkObject, ShareSessionObject } from './dto/share-link.object.js';
import { ShareLoader } from './share.loader.js';
import { ShareService } from './share.service.js';

@Resolver(() => ShareLinkObject)
export class ShareResolver {
  constructor(
    private readonly shares: ShareService,
    private readonly loader: ShareLoader,
  ) {}

  @Query(() => [ShareLinkObject], {
    description:
      'Share links of an asset and/or a deal, newest first: yours, those of assets you author, those of the people whose team you manage (admins: all).',
  })
  @Authenticated()
  shareLinks(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID, nullable: true }) assetId?: string | null,
    @Args('dealId', { type: () => ID, nullable: true }) dealId?: string | null,
  ): Promise<ShareLinkObject[]> {
    return this.shares.list(viewer, assetId ?? null, dealId ?? null);
  }

  @Mutation(() => ShareLinkObject, {
    description:
      'Shares a published, client-safe asset with a buyer as a link (recorded as a SHARE_WITH_CUSTOMER reuse). The answer carries the token in `url`, the only time it is shown.',
  })
  @Authenticated()
  createShareLink(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateShareLinkInput,
    @Context() ctx: GqlContext,
  ): Promise<ShareLinkObject> {
    return this.shares.create(viewer, input, (ctx.req as unknown as FastifyRequest).ip ?? null);
  }

  @Mutation(() => ShareLinkObject, { description: 'Revokes a link at once (its sharer, or an admin); idempotent.' })
  @Authenticated()
  revokeShareLink(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ShareLinkObject> {
    return this.shares.revoke(viewer, id);
  }

  @Query(() => [AssetKind], { description: 'The asset kinds that may be shared with buyers.' })
  @Authenticated()
  clientSafeKinds(): Promise<AssetKind[]> {
    return this.shares.clientSafeKinds();
  }

  @Mutation(() => [AssetKind], { description: 'Sets the asset kinds that may be shared with buyers (admins).' })
  @Roles(Role.ADMIN)
  setClientSafeKinds(
    @CurrentViewer() viewer: Viewer,
    @Args('kinds', { type: () => [AssetKind] }) kinds: AssetKind[],
  ): Promise<AssetKind[]> {
    return this.shares.setClientSafeKinds(viewer, kinds);
  }

  @ResolveField(() => [ShareSessionObject], { description: 'Counted buyer sessions, newest first.' })
  sessions(@Parent() link: ShareLinkObject, @Context() ctx: GqlContext): Promise<ShareSessionObject[]> {
    return ctx.loaders.load(this.loader.sessions, link.id);
  }
}
