import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { PeriodInput, PeriodObject } from '../credit/dto/credit.objects.js';
import { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { ClosedPeriodObject } from './dto/closed-period.object.js';
import { PeriodCloseService } from './period-close.service.js';

@Resolver(() => ClosedPeriodObject)
export class PeriodCloseResolver {
  constructor(
    private readonly periods: PeriodCloseService,
    private readonly userLoader: UserLoader,
  ) {}

  @Mutation(() => PeriodObject, {
    description:
      'Closes (freezes) a fiscal quarter that has ended: its entries never change again (later corrections land in the ' +
      'open period) and its leaderboard is kept as a snapshot with a SHA-256 digest. QUARTER only; once per quarter.',
  })
  @Roles(Role.ADMIN)
  closePeriod(
    @CurrentViewer() viewer: Viewer,
    @Args('period', { type: () => PeriodInput }) period: PeriodInput,
  ): Promise<PeriodObject> {
    return this.periods.close(viewer, period);
  }

  @Query(() => [ClosedPeriodObject], { description: 'Every closed quarter, newest first.' })
  @Roles(Role.ADMIN, Role.MANAGER)
  closedPeriods(): Promise<ClosedPeriodObject[]> {
    return this.periods.list();
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who closed it.' })
  closedBy(@Parent() period: ClosedPeriodObject, @Context() ctx: GqlContext): Promise<UserObject | null> {
    return ctx.loaders.load(this.userLoader.byId, period.closedById);
  }
}
