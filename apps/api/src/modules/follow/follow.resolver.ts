import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { FollowObject } from './dto/follow.object.js';
import { FollowKind } from './follow.entity.js';
import { FollowService } from './follow.service.js';

@Resolver(() => FollowObject)
export class FollowResolver {
  constructor(
    private readonly follows: FollowService,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => [FollowObject], { description: 'The people and tags you follow.' })
  @Authenticated()
  async following(@CurrentViewer() viewer: Viewer): Promise<FollowObject[]> {
    return (await this.follows.list(viewer)).map(({ kind, target }) => ({ kind, target }));
  }

  @Mutation(() => FollowObject)
  @Authenticated()
  async follow(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => FollowKind }) kind: FollowKind,
    @Args('target') target: string,
  ): Promise<FollowObject> {
    const { target: value } = await this.follows.follow(viewer, kind, target);
    return { kind, target: value };
  }

  @Mutation(() => Boolean)
  @Authenticated()
  unfollow(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => FollowKind }) kind: FollowKind,
    @Args('target') target: string,
  ): Promise<boolean> {
    return this.follows.unfollow(viewer, kind, target);
  }

  @ResolveField(() => UserObject, { nullable: true })
  user(@Parent() follow: FollowObject, @Context() ctx: GqlContext) {
    return follow.kind === FollowKind.USER ? ctx.loaders.load(this.userLoader.byId, follow.target) : null;
  }
}
