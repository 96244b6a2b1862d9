import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { badInput } from '../../core/graphql/errors.js';
import { CreditReadService } from '../credit/credit-read.service.js';
import { LeaderboardMetricKey } from '../credit/credit.service.js';
import type { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { TeamLoader } from '../team/team.loader.js';
import { LeaderboardArgs, LeaderboardObject } from './dto/leaderboard.objects.js';
import { LeaderboardRepository } from './leaderboard.repository.js';

@Resolver(() => LeaderboardObject)
export class LeaderboardResolver {
  constructor(
    private readonly boards: LeaderboardRepository,
    private readonly reads: CreditReadService,
    private readonly userLoader: UserLoader,
    private readonly teamLoader: TeamLoader,
  ) {}

  @Query(() => LeaderboardObject, {
    description: 'Top people for a metric and period, org-wide or for one team; live.',
  })
  @Authenticated()
  async leaderboard(
    @CurrentViewer() viewer: Viewer,
    @Args() args: LeaderboardArgs,
    @Context() ctx: GqlContext,
  ): Promise<LeaderboardObject> {
    const period = this.reads.period(args.period.kind, args.period.at);
    if (args.teamId && !(await ctx.loaders.load(this.teamLoader.byId, args.teamId))) {
      throw badInput('teamId', 'teamId does not name a team');
    }
    const metric = args.metric ?? LeaderboardMetricKey.CREDIT;
    const query = {
      metric,
      period,
      teamId: args.teamId,
      includeInactive: args.includeInactive,
      first: args.first ?? 20,
    };
    const [top, mine, size, periodObject] = await Promise.all([
      this.boards.top(query),
      this.boards.entryFor(viewer.id, query),
      this.boards.size(query),
      this.reads.periodObject(period),
    ]);
    const user = (id: string) => ctx.loaders.load(this.userLoader.byId, id) as Promise<UserObject>;
    const entries = await Promise.all(
      top.map(async (r) => ({ rank: r.rank, value: r.value, user: await user(r.userId) })),
    );
    return {
      period: periodObject,
      metric,
      entries,
      viewerEntry: mine ? { rank: mine.rank, value: mine.value, user: await user(viewer.id) } : null,
      size,
    };
  }
}
