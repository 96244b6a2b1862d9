import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { byKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetLoader } from '../asset/asset.loader.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { AssetStatsObject, RecordReuseInput, ReuseEventObject, toReuseEventObject } from './dto/reuse.objects.js';
import { ReuseService } from './reuse.service.js';

@Resolver(() => ReuseEventObject)
export class ReuseResolver {
  constructor(
    private readonly reuseService: ReuseService,
    private readonly assetLoader: AssetLoader,
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

  @ResolveField(() => AssetObject)
  asset(@CurrentViewer() viewer: Viewer, @Parent() event: ReuseEventObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.assetLoader.visibleById(viewer), event.assetId);
  }

  @ResolveField(() => UserObject)
  actor(@Parent() event: ReuseEventObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, event.actorId);
  }
}

@Resolver(() => AssetObject)
export class AssetStatsResolver {
  constructor(private readonly dataSource: DataSource) {}

  /** Stats of many assets in two grouped queries; callers only reach assets the viewer may see. */
  private readonly statsBatch: BatchFn<string, AssetStatsObject> = async (ids) => {
    const rows: (AssetStatsObject & { id: string })[] = await this.dataSource.query(
      `SELECT a.id,
              coalesce(r.reuses, 0)::int AS "reuseCount", coalesce(r.reusers, 0)::int AS "uniqueReusers",
              coalesce(r.teams, 0)::int AS "teamsReached", coalesce(r.views, 0)::int AS "viewCount",
              (SELECT count(*) FROM endorsements e WHERE e.asset_id = a.id AND e.withdrawn_at IS NULL)::int AS "endorsementCount",
              (SELECT coalesce(sum(ce.points), 0) FROM credit_entries ce WHERE ce.source_asset_id = a.id AND ce.reason <> 'PUBLISHED')::int AS "creditGenerated"
         FROM unnest($1::uuid[]) AS a(id)
         LEFT JOIN (
           SELECT re.asset_id,
                  count(*) FILTER (WHERE re.kind <> 'VIEW') AS reuses,
                  count(DISTINCT re.actor_id) FILTER (WHERE re.kind <> 'VIEW') AS reusers,
                  count(DISTINCT u.team_id) FILTER (WHERE re.kind <> 'VIEW') AS teams,
                  count(*) FILTER (WHERE re.kind = 'VIEW') AS views
             FROM reuse_events re JOIN users u ON u.id = re.actor_id
            WHERE re.asset_id = ANY($1) GROUP BY re.asset_id
         ) r ON r.asset_id = a.id`,
      [ids],
    );
    return byKeys(ids, rows, (r) => r.id).map(
      (r) =>
        r ?? {
          reuseCount: 0,
          uniqueReusers: 0,
          teamsReached: 0,
          viewCount: 0,
          endorsementCount: 0,
          creditGenerated: 0,
        },
    );
  };

  @ResolveField(() => AssetStatsObject)
  stats(@Parent() asset: AssetObject, @Context() ctx: GqlContext): Promise<AssetStatsObject> {
    return ctx.loaders.load(this.statsBatch, asset.id);
  }
}
