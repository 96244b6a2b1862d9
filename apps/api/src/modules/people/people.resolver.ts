import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AssetLoader } from '../asset/asset.loader.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { ExpertObject, ExpertsArgs } from './dto/expert.object.js';
import { PersonAuthorshipObject, PersonProfileObject } from './dto/person-profile.object.js';
import { PeopleService } from './people.service.js';

@Resolver(() => PersonProfileObject)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Query(() => PersonProfileObject, {
    description:
      "A person's profile: their assets, what others did with them, endorsements received, expertise and " +
      'engagement, all over what the viewer may see; credit only for those who may read it. NOT_FOUND for an unknown id.',
  })
  @Authenticated()
  personProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<PersonProfileObject> {
    return this.people.profile(viewer, userId);
  }

  @Query(() => [ExpertObject], {
    description:
      'Who to ask about a topic: active people ranked by 2 × the published assets on it they author + the ' +
      'endorsements of those assets, counted over what the viewer may see. For enablement, managers and admins.',
  })
  @Roles(Role.ENABLEMENT, Role.MANAGER, Role.ADMIN)
  experts(@CurrentViewer() viewer: Viewer, @Args() args: ExpertsArgs): Promise<ExpertObject[]> {
    return this.people.experts(viewer, args.topic, args.first);
  }
}

@Resolver(() => PersonAuthorshipObject)
export class PersonAuthorshipResolver {
  constructor(private readonly assetLoader: AssetLoader) {}

  @ResolveField(() => AssetObject)
  asset(@CurrentViewer() viewer: Viewer, @Parent() a: PersonAuthorshipObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.assetLoader.visibleById(viewer), a.assetId);
  }
}

@Resolver(() => ExpertObject)
export class ExpertResolver {
  constructor(
    private readonly assetLoader: AssetLoader,
    private readonly userLoader: UserLoader,
  ) {}

  @ResolveField(() => UserObject)
  person(@Parent() e: ExpertObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, e.userId);
  }

  @ResolveField(() => [AssetObject], { description: 'Their most endorsed assets on the topic (at most 3).' })
  async topAssets(@CurrentViewer() viewer: Viewer, @Parent() e: ExpertObject, @Context() ctx: GqlContext) {
    const assets = await Promise.all(
      e.topAssetIds.map((id) => ctx.loaders.load(this.assetLoader.visibleById(viewer), id)),
    );
    return assets.filter((a) => a !== null);
  }
}
