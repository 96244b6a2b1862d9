import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { byKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { toUserError } from '../../core/graphql/user-error.object.js';
import {
  AssetStatsObject,
  RecordReuseInput,
  RecordReuseResultObject,
  ReuseEventObject,
  toReuseEventObject,
} from './dto/reuse.objects.js';
import { ReuseRepository } from './reuse.repository.js';
import { ReuseService } from './reuse.service.js';

@Resolver(() => ReuseEventObject)
export class ReuseResolver {
  constructor(
    private readonly reuseService: ReuseService,
    private readonly userLoader: UserLoader,
  ) {}

  @Mutation(() => ReuseEventObject, {
    description: 'Records a reuse; a retry with the same clientEventId returns the first record.',
  })
  @Authenticated()
  async recordReuse(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordReuseInput,
  ): Promise<ReuseEventObject> {
    const { reuse, explanation } = await this.reuseService.record(viewer, input);
    return toReuseEventObject(reuse, explanation);
  }

  @Mutation(() => [RecordReuseResultObject], {
    description:
      'Records up to 500 reuses, each as recordReuse would one after the other; results in input order, each with its reuse or its error. A retry of the batch returns the same results and records nothing new.',
  })
  @Authenticated()
  async recordReuses(
    @CurrentViewer() viewer: Viewer,
    @Args('inputs', { type: () => [RecordReuseInput] }) inputs: RecordReuseInput[],
  ): Promise<RecordReuseResultObject[]> {
    const outcomes = await this.reuseService.recordMany(viewer, inputs);
    return outcomes.map((o) => ({
      clientEventId: o.clientEventId,
      reuse: o.recorded ? toReuseEventObject(o.recorded.reuse, o.recorded.explanation) : null,
      error: o.error ? toUserError(o.error) : null,
    }));
  }

  // ReuseEvent.asset is resolved in the asset module, which owns assets and their visibility.

  @ResolveField(() => UserObject)
  actor(@Parent() event: ReuseEventObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, event.actorId);
  }
}

@Resolver(() => AssetObject)
export class AssetStatsResolver {
  constructor(private readonly reuses: ReuseRepository) {}

  /** Stats of many assets in one grouped query; callers only reach assets the viewer may see. */
  private readonly statsBatch: BatchFn<string, AssetStatsObject> = async (ids) =>
    byKeys(ids, await this.reuses.stats(ids), (r) => r.id).map(
      (r) =>
        r ?? {
          reuseCount: 0,
          uniqueReusers: 0,
          teamsReached: 0,
          viewCount: 0,
          endorsementCount: 0,
          creditGenerated: 0,
          slidesUsed: [],
        },
    );

  @ResolveField(() => AssetStatsObject)
  stats(@Parent() asset: AssetObject, @Context() ctx: GqlContext): Promise<AssetStatsObject> {
    return ctx.loaders.load(this.statsBatch, asset.id);
  }
}
