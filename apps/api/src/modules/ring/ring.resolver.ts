import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AssetLoader } from '../asset/asset.loader.js';
import { CreditReadService } from '../credit/credit-read.service.js';
import type { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { CreditRingObject, CreditRingsArgs, DEFAULT_MIN_MUTUAL_POINTS } from './dto/credit-ring.objects.js';
import { CreditSpikeObject, CreditSpikesArgs, DEFAULT_SPIKE_MIN_POINTS } from './dto/credit-spike.objects.js';
import { RingService } from './ring.service.js';

@Resolver(() => CreditRingObject)
export class RingResolver {
  constructor(
    private readonly rings: RingService,
    private readonly credit: CreditReadService,
    private readonly userLoader: UserLoader,
    private readonly assetLoader: AssetLoader,
  ) {}

  @Query(() => [CreditRingObject], {
    description: 'Pairs who mostly credit each other in a period, strongest first, flagged for review (at most 200).',
  })
  @Roles(Role.ADMIN)
  async creditRings(@Args() args: CreditRingsArgs, @Context() ctx: GqlContext): Promise<CreditRingObject[]> {
    const period = this.credit.period(args.period.kind, args.period.at);
    const rings = await this.rings.rings(period, args.minMutualPoints ?? DEFAULT_MIN_MUTUAL_POINTS);
    const user = (id: string) => ctx.loaders.load(this.userLoader.byId, id) as Promise<UserObject>;
    return Promise.all(
      rings.map(async (ring) => ({
        users: await Promise.all(ring.userIds.map(user)),
        flows: await Promise.all(
          ring.flows.map(async (f) => ({
            from: await user(f.fromId),
            to: await user(f.toId),
            points: f.points,
            receivedTotal: f.receivedTotal,
            share: f.share,
          })),
        ),
        mutualPoints: ring.mutualPoints,
        share: ring.share,
      })),
    );
  }

  @Query(() => [CreditSpikeObject], {
    description:
      'People whose credit in a day of the period was far above their usual, newest day first, flagged for review ' +
      '(at most 200).',
  })
  @Roles(Role.ADMIN)
  async creditSpikes(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CreditSpikesArgs,
    @Context() ctx: GqlContext,
  ): Promise<CreditSpikeObject[]> {
    const period = this.credit.period(args.period.kind, args.period.at);
    const spikes = await this.rings.spikes(period, args.minPoints ?? DEFAULT_SPIKE_MIN_POINTS);
    const user = (id: string) => ctx.loaders.load(this.userLoader.byId, id);
    const asset = (id: string | null) => (id ? ctx.loaders.load(this.assetLoader.visibleById(viewer), id) : null);
    return Promise.all(
      spikes.map(async (spike) => ({
        user: (await user(spike.userId))!,
        day: spike.day,
        points: spike.points,
        medianPoints: spike.medianPoints,
        events: await Promise.all(
          spike.events.map(async (e) => ({
            eventId: e.eventId,
            kind: e.kind,
            occurredAt: e.occurredAt,
            points: e.points,
            actor: await user(e.actorId),
            asset: await asset(e.assetId),
          })),
        ),
      })),
    );
  }
}
