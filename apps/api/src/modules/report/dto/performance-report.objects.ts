import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CountByKindObject } from './authorship-report.objects.js';

@ObjectType('ReportTrendPoint', { description: 'Credit in one period of the trend, with the team median then.' })
export class ReportTrendPointObject {
  @Field()
  label: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start, inclusive; null for all time.' })
  from: Date | null;

  @Field(() => Int)
  credit: number;

  @Field(() => Float, {
    nullable: true,
    description: "The median of the credit of the person's current team members in that period; null without a team.",
  })
  teamMedian: number | null;
}

@ObjectType('ReportTrend', {
  description:
    "A person's credit against the period before (of the same kind, so of equal length) and against their team's " +
    'median for the same period.',
})
export class ReportTrendObject {
  @Field(() => Int, { description: 'Credit booked in the period.' })
  credit: number;

  @Field(() => Int, { nullable: true, description: 'Credit booked in the period before; null for all time.' })
  previousCredit: number | null;

  @Field(() => Int, { nullable: true, description: 'credit - previousCredit; null for all time.' })
  change: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The median credit of the person's current team in the period (the person included); null without a team.",
  })
  teamMedian: number | null;

  @Field(() => [ReportTrendPointObject], {
    description: 'The period and up to five before it, oldest first: what the trend chart draws.',
  })
  points: ReportTrendPointObject[];
}

@ObjectType('ReportAsset', {
  description:
    "An asset behind a person's credit: one they author, published by the end of the period, that the reader may see.",
})
export class ReportAssetObject {
  @Field(() => ID)
  assetId: string;

  @Field()
  title: string;

  @Field()
  kind: string;

  @Field(() => String, { description: "The person's authorship role (LEAD, CO_AUTHOR, ...)." })
  role: string;

  @Field(() => Int, { description: "The person's share of the asset's credit, in percent." })
  share: number;

  @Field(() => [CountByKindObject], {
    description: 'Reuses by people who are not its authors in the period, per ReuseKind.',
  })
  reuses: CountByKindObject[];

  @Field(() => Int, { description: "Buyers' sessions on its share links started in the period." })
  customerSessions: number;

  @Field(() => Int, { description: 'Deals closed WON in the period in which it was used.' })
  wonDeals: number;

  @Field(() => Float, { description: 'The summed amount of those deals.' })
  wonAmount: number;

  @Field(() => Int, { description: 'Credit the person was booked from it in the period.' })
  credit: number;
}

@ObjectType('ReportEndorsementComment', {
  description:
    'An endorsement with a comment, made in the period on an asset the person authors and the reader may see.',
})
export class ReportEndorsementCommentObject {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  comment: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => ID)
  endorserId: string;

  @Field()
  endorserName: string;

  @Field(() => ID)
  assetId: string;

  @Field()
  assetTitle: string;
}

@ObjectType('TeamKnowledgeFlow', {
  description:
    "Reuse between a team and one other team in the period (views aside): how often the other team's people reused " +
    "this team's assets (received) and this team's people reused assets the other team's people author (given).",
})
export class TeamKnowledgeFlowObject {
  @Field(() => ID)
  teamId: string;

  @Field()
  teamName: string;

  @Field(() => Int)
  received: number;

  @Field(() => Int)
  given: number;
}

@ObjectType('ReportAcceptedAnswer', {
  description: 'An answer the person wrote to a question, accepted by its asker in the period.',
})
export class ReportAcceptedAnswerObject {
  @Field(() => ID)
  questionId: string;

  @Field()
  questionTitle: string;

  @Field()
  askerName: string;

  @Field(() => GraphQLISODateTime)
  acceptedAt: Date;
}
