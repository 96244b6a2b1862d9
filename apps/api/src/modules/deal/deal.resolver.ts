import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { TeamObject } from '../team/dto/team.object.js';
import { TeamLoader } from '../team/team.loader.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { DealService } from './deal.service.js';
import { DealConnection, DealObject } from './dto/deal.object.js';
import { DealsArgs } from './dto/deals.args.js';

@Resolver(() => DealObject)
export class DealResolver {
  constructor(
    private readonly dealService: DealService,
    private readonly userLoader: UserLoader,
    private readonly teamLoader: TeamLoader,
  ) {}

  @Query(() => DealObject, { nullable: true, description: 'Any signed-in user may read any deal.' })
  @Authenticated()
  deal(@Args('id', { type: () => ID }) id: string): Promise<DealObject | null> {
    return this.dealService.find(id);
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
}
