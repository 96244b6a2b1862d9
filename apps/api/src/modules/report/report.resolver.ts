import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { TeamObject } from '../team/dto/team.object.js';
import { TeamLoader } from '../team/team.loader.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { AuthorshipReportArgs, AuthorshipReportObject } from './dto/authorship-report.objects.js';
import { ReportService } from './report.service.js';
import {
  ReportAssetObject,
  ReportAcceptedAnswerObject,
  ReportEndorsementCommentObject,
  ReportTrendObject,
  TeamKnowledgeFlowObject,
} from './dto/performance-report.objects.js';

@Resolver(() => AuthorshipReportObject)
export class ReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly userLoader: UserLoader,
    private readonly teamLoader: TeamLoader,
  ) {}

  @Query(() => AuthorshipReportObject, {
    description:
      "A person's or a team's authorship report for a period (exactly one of userId and teamId). People read their " +
      "own; a team's managers read the team's and its members'; admins everyone's. A team report lists its members.",
  })
  @Authenticated()
  authorshipReport(
    @CurrentViewer() viewer: Viewer,
    @Args() args: AuthorshipReportArgs,
  ): Promise<AuthorshipReportObject> {
    return this.reports.authorshipReport(viewer, args);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'The person, for a person report.' })
  user(@Parent() report: AuthorshipReportObject, @Context() ctx: GqlContext): Promise<UserObject | null> | null {
    return report.userId ? ctx.loaders.load(this.userLoader.byId, report.userId) : null;
  }

  @ResolveField(() => TeamObject, { nullable: true, description: 'The team, for a team report.' })
  team(@Parent() report: AuthorshipReportObject, @Context() ctx: GqlContext): Promise<TeamObject | null> | null {
    return report.teamId ? ctx.loaders.load(this.teamLoader.byId, report.teamId) : null;
  }

  @ResolveField(() => ReportTrendObject, {
    nullable: true,
    description: "A person's credit against the period before and their team's median; null for a team.",
  })
  trend(@Parent() report: AuthorshipReportObject): Promise<ReportTrendObject> | null {
    return report.userId && report.details ? report.details.trend(report.userId) : null;
  }

  @ResolveField(() => [ReportAssetObject], {
    nullable: true,
    description:
      'A person: the assets behind their credit that the reader may see, the most credited first (at most 100); ' +
      'null for a team (see members).',
  })
  assets(@Parent() report: AuthorshipReportObject): Promise<ReportAssetObject[]> | null {
    return report.userId && report.details ? report.details.assets(report.userId) : null;
  }

  @ResolveField(() => [ReportEndorsementCommentObject], {
    nullable: true,
    description:
      'A person: endorsement comments received in the period on assets the reader may see, newest first (at most 50); ' +
      'null for a team.',
  })
  endorsementComments(@Parent() report: AuthorshipReportObject): Promise<ReportEndorsementCommentObject[]> | null {
    return report.userId && report.details ? report.details.endorsementComments(report.userId) : null;
  }

  @ResolveField(() => [ReportAcceptedAnswerObject], {
    nullable: true,
    description: 'A person: their answers accepted in the period, newest first (at most 50); null for a team.',
  })
  acceptedAnswers(@Parent() report: AuthorshipReportObject): Promise<ReportAcceptedAnswerObject[]> | null {
    return report.userId && report.details ? report.details.acceptedAnswers(report.userId) : null;
  }

  @ResolveField(() => [TeamKnowledgeFlowObject], {
    nullable: true,
    description:
      'A team: reuse received from and given to each other team in the period, the largest first; null for a person.',
  })
  knowledgeFlow(@Parent() report: AuthorshipReportObject): Promise<TeamKnowledgeFlowObject[]> | null {
    return report.teamId && report.details ? report.details.knowledgeFlow() : null;
  }
}
