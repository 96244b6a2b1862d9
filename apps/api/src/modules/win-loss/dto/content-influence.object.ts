import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ConfidenceInterval', { description: 'A 95% confidence interval of a proportion (Wilson score interval).' })
export class ConfidenceIntervalObject {
  @Field(() => Float)
  low: number;

  @Field(() => Float)
  high: number;
}

@ObjectType('ContentInfluence', {
  description:
    'How the closed deals an asset was used in (a USED_IN_DEAL reuse, or a share link viewed by the buyer, naming the deal) went, against comparable deals: the closed deals in the same filter that did NOT use it. Under the minimum sample nothing is claimed: winRate, lift and winRateInterval are null.',
})
export class ContentInfluenceObject {
  @Field(() => Int, { description: 'Closed deals in the filter it was used in.' })
  dealsUsedIn: number;

  @Field(() => Int)
  won: number;

  @Field(() => Int)
  lost: number;

  @Field(() => Float, { nullable: true, description: 'won / dealsUsedIn; null without enough data.' })
  winRate: number | null;

  @Field(() => Int, { description: 'Closed deals in the filter that did not use it: the baseline.' })
  comparableDeals: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Win rate of the comparable deals (closed deals in the same filter that did NOT use it); null if there are none.',
  })
  baselineWinRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'winRate − baselineWinRate; null without enough data or baseline.',
  })
  lift: number | null;

  @Field(() => ConfidenceIntervalObject, {
    nullable: true,
    description: 'Wilson 95% interval of winRate; null without enough data.',
  })
  winRateInterval: { low: number; high: number } | null;

  @Field({ description: 'Whether dealsUsedIn reaches minClosedDeals.' })
  enoughData: boolean;

  assetId: string;
}
