import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('UserViewerCan', {
  description:
    'What the viewer may do: with this person (readCredit), and in Byline at large (the other fields, the same on every User). Answered by the rules the API enforces, so clients never guess.',
})
export class UserViewerCan {
  @Field({ description: "Read this person's credit statement, history and authorship report." })
  readCredit: boolean;

  @Field({ description: 'Manage teams, users and the scoring policy, and review flagged credit (the admin page).' })
  administer: boolean;

  @Field({ description: "Read every team's authorship report (else only the teams the viewer manages)." })
  readEveryTeamReport: boolean;

  @Field({ description: 'Import accounts from a CSV export.' })
  importAccounts: boolean;

  @Field({ description: 'Import people and teams from a CSV export.' })
  importTeams: boolean;

  @Field({ description: 'Import deals from a CSV export.' })
  importDeals: boolean;

  @Field({ description: 'Add terms to the taxonomy (industries, buyer roles, ...).' })
  addTaxonomyTerms: boolean;

  @Field({ description: 'Endorse assets as VERIFIED.' })
  verifyAssets: boolean;

  @Field({ description: "Read a deal's audit trail." })
  readDealAuditTrails: boolean;

  @Field({ description: 'Read and resolve attribution reviews of near-copies (the Attribution reviews page).' })
  reviewAttributions: boolean;

  @Field({ description: 'Read the review queue of overdue assets and name their verifiers (the Review queue page).' })
  reviewContent: boolean;

  @Field({ description: 'Set the review interval of each asset kind.' })
  setReviewIntervals: boolean;
  @Field({ description: 'Read the knowledge-flow dashboard (the organisation, or the teams the viewer manages).' })
  readKnowledgeFlow: boolean;
  @Field({ description: 'Approve or reject client-facing content (the Approvals page).' })
  decideApprovals: boolean;
}
