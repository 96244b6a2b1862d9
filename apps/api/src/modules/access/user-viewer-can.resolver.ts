import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Reflector } from '@nestjs/core';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { PERMISSION_KEY, permits } from '../../core/auth/permissions.decorator.js';
import type { Permission } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { ApprovalResolver } from '../approval/approval.resolver.js';
import { mayReadCredit } from '../credit/credit-access.js';
import { CreditPolicyResolver } from '../credit/credit-policy.resolver.js';
import { CrmImportResolver } from '../crm-import/crm-import.resolver.js';
import { mayReadDealAuditTrail } from '../deal/deal-access.js';
import { mayVerify } from '../endorsement/endorsement-access.js';
import { KnowledgeFlowResolver } from '../knowledge-flow/knowledge-flow.resolver.js';
import { mayReadTeamReport } from '../report/report-access.js';
import { SimilarityResolver } from '../similarity/similarity.resolver.js';
import { TaxonomyResolver } from '../taxonomy/taxonomy.resolver.js';
import { TeamLoader } from '../team/team.loader.js';
import { TeamResolver } from '../team/team.resolver.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserViewerCan } from './dto/user-viewer-can.object.js';
import { UserResolver } from '../user/user.resolver.js';
import { VerificationResolver } from '../verification/verification.resolver.js';

type ResolverClass<T> = abstract new (...args: never[]) => T;

@Resolver(() => UserObject)
export class UserViewerCanResolver {
  constructor(
    private readonly reflector: Reflector,
    private readonly teamLoader: TeamLoader,
  ) {}

  @ResolveField(() => UserViewerCan)
  async viewerCan(
    @CurrentViewer() viewer: Viewer,
    @Parent() user: UserObject,
    @Context() ctx: GqlContext,
  ): Promise<UserViewerCan> {
    const may = <T>(resolver: ResolverClass<T>, method: keyof T & string) => this.mayCall(viewer, resolver, method);
    return {
      readCredit: await mayReadCredit(viewer, user.id, async () =>
        user.teamId ? (await ctx.loaders.load(this.teamLoader.managerIds, user.teamId)).includes(viewer.id) : false,
      ),
      administer:
        may(TeamResolver, 'createTeam') &&
        may(UserResolver, 'createUser') &&
        may(CreditPolicyResolver, 'updateScoringPolicy'),
      readEveryTeamReport: await mayReadTeamReport(viewer, () => false),
      importAccounts: may(CrmImportResolver, 'importAccounts'),
      importTeams: may(CrmImportResolver, 'importTeams'),
      importDeals: may(CrmImportResolver, 'importDeals'),
      addTaxonomyTerms: may(TaxonomyResolver, 'addTaxonomyTerm'),
      verifyAssets: mayVerify(viewer),
      readDealAuditTrails: mayReadDealAuditTrail(viewer),
      reviewAttributions:
        may(SimilarityResolver, 'attributionReviews') && may(SimilarityResolver, 'resolveAttributionReview'),
      reviewContent: may(VerificationResolver, 'reviewQueue') && may(VerificationResolver, 'setAssetVerifier'),
      setReviewIntervals: may(VerificationResolver, 'setReviewInterval'),
      readKnowledgeFlow: may(KnowledgeFlowResolver, 'knowledgeFlow'),
      decideApprovals: may(ApprovalResolver, 'approvalQueue') && may(ApprovalResolver, 'approveAsset'),
    };
  }

  /** Whether the global guard lets the viewer call this operation: the permission its resolver method declares. */
  private mayCall<T>(viewer: Viewer, resolver: ResolverClass<T>, method: keyof T & string): boolean {
    const handler = (resolver.prototype as Record<string, unknown>)[method] as () => unknown;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [handler, resolver]);
    return permits(permission, viewer.role);
  }
}
