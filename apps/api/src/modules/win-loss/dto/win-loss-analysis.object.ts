import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { WinLossOutcome } from '../win-loss-analysis.entity.js';
import type { WinLossAnalysisEntity } from '../win-loss-analysis.entity.js';

@ObjectType('WinLossAnalysis', { description: 'Why a deal was won or lost, as one WIN_LOSS asset tells it.' })
export class WinLossAnalysisObject {
  @Field(() => WinLossOutcome, {
    description: "What the author says the deal came to (the deal's outcome when written).",
  })
  outcome: WinLossOutcome;

  @Field(() => [String], { description: 'Reasons from the editable list, in its spelling.' })
  reasons: string[];

  @Field(() => String, { nullable: true })
  competitor: string | null;

  @Field(() => [String])
  buyerRolesInvolved: string[];

  @Field(() => String, { nullable: true, description: 'Markdown. Clients render it without raw HTML.' })
  lessonsLearned: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  assetId: string;
  dealId: string;
}

export const toWinLossAnalysisObject = (a: WinLossAnalysisEntity): WinLossAnalysisObject => ({
  assetId: a.assetId,
  dealId: a.dealId,
  outcome: a.outcome,
  reasons: a.reasons,
  competitor: a.competitor,
  buyerRolesInvolved: a.buyerRoles,
  lessonsLearned: a.lessons,
  updatedAt: a.updatedAt,
});
