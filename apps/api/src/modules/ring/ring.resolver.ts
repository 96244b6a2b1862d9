import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/permissions.decorator.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { CreditReadService } from '../credit/credit-read.service.js';
import type { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { CreditRingObject, CreditRingsArgs, DEFAULT_MIN_MUTUAL_POINTS } from './dto/credit-ring.objects.js';
import { RingService } from './ring.service.js';

@Resolver(() => CreditRingObject)
export class RingResolver {
  constructor(
    private readonly rings: RingService,
    private readonly credit: CreditReadService,
    private readonly userLoader: UserLoader,
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
}
