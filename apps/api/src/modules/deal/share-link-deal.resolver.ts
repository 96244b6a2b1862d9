import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/context.js';
import { ShareLinkObject } from '../share/dto/share-link.object.js';
import { DealLoader } from './deal.loader.js';
import { DealObject } from './dto/deal.object.js';

/** `ShareLink.deal`: resolved here, so share links do not depend on deals. */
@Resolver(() => ShareLinkObject)
export class ShareLinkDealResolver {
  constructor(private readonly loader: DealLoader) {}

  @ResolveField(() => DealObject, { nullable: true, description: 'The deal the asset was shared for, if any.' })
  deal(@Parent() link: ShareLinkObject, @Context() ctx: GqlContext): Promise<DealObject | null> | null {
    return link.dealId ? ctx.loaders.load(this.loader.dealById, link.dealId) : null;
  }
}
