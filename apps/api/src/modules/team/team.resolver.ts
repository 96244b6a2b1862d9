import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { mayReadTeamReport } from '../report/report-access.js';
import { UserObject } from '../user/dto/user.object.js';
import { Role } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import { CreateTeamArgs, SetTeamManagersArgs } from './dto/create-team.args.js';
import { TeamObject, TeamViewerCan } from './dto/team.object.js';
import { TeamLoader } from './team.loader.js';
import { TeamService } from './team.service.js';

@Resolver(() => TeamObject)
export class TeamResolver {
  constructor(
    private readonly teamService: TeamService,
    private readonly teamLoader: TeamLoader,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => [TeamObject], { description: 'Every team, by name.' })
  @Authenticated()
  teams(): Promise<TeamObject[]> {
    return this.teamService.list();
  }

  @Mutation(() => TeamObject)
  @Roles(Role.ADMIN)
  createTeam(@Args() args: CreateTeamArgs): Promise<TeamObject> {
    return this.teamService.create(args.name, args.managerIds);
  }

  @Mutation(() => TeamObject, { description: "Replaces the team's managers." })
  @Roles(Role.ADMIN)
  setTeamManagers(@Args() args: SetTeamManagersArgs): Promise<TeamObject> {
    return this.teamService.setManagers(args.teamId, args.userIds);
  }

  @ResolveField(() => [UserObject])
  async managers(@Parent() team: TeamObject, @Context() ctx: GqlContext): Promise<UserObject[]> {
    const ids = await ctx.loaders.load(this.teamLoader.managerIds, team.id);
    const users = await Promise.all(ids.map((id) => ctx.loaders.load(this.userLoader.byId, id)));
    return users.filter((u): u is UserObject => u !== null);
  }

  @ResolveField(() => TeamViewerCan)
  async viewerCan(
    @CurrentViewer() viewer: Viewer,
    @Parent() team: TeamObject,
    @Context() ctx: GqlContext,
  ): Promise<TeamViewerCan> {
    return {
      readReport: await mayReadTeamReport(viewer, async () =>
        (await ctx.loaders.load(this.teamLoader.managerIds, team.id)).includes(viewer.id),
      ),
    };
  }

  @ResolveField(() => Int, { description: 'How many users belong to the team.' })
  memberCount(@Parent() team: TeamObject, @Context() ctx: GqlContext): Promise<number> {
    return ctx.loaders.load(this.teamLoader.memberCount, team.id);
  }
}

/** User.team: resolved here, with the team it names, so the user module need not know teams. */
@Resolver(() => UserObject)
export class UserTeamResolver {
  constructor(private readonly teamLoader: TeamLoader) {}

  @ResolveField(() => TeamObject, { nullable: true })
  team(@Parent() user: UserObject, @Context() ctx: GqlContext): Promise<TeamObject | null> | null {
    return user.teamId ? ctx.loaders.load(this.teamLoader.byId, user.teamId) : null;
  }
}
