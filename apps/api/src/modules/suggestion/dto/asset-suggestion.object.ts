import { Field, Float, ObjectType } from '@nestjs/graphql';
import { AssetObject } from '../../asset/dto/asset.object.js';

@ObjectType('SuggestionScoreBreakdown', {
  description:
    'The parts of a suggestion score, already weighted: industry 0.30, product 0.30, journey phase 0.10 and buyer role 0.10 when they match the deal; win influence up to ±0.075 (from the win rate of the closed deals the asset was used in against those it was not, with at least 10 deals); reuse up to 0.075 (log scale, full at 100 reuses); freshness up to 0.05 (halving every 180 days since publication); −0.02 when its review is overdue ("may be out of date"), which also takes its freshness away.',
})
export class SuggestionScoreBreakdownObject {
  @Field(() => Float)
  industry: number;

  @Field(() => Float)
  product: number;

  @Field(() => Float)
  phase: number;

  @Field(() => Float)
  buyerRole: number;

  @Field(() => Float)
  winInfluence: number;

  @Field(() => Float)
  reuse: number;

  @Field(() => Float)
  freshness: number;

  @Field(() => Float, { description: '−0.02 when its review is overdue ("may be out of date"), else 0.' })
  outOfDate: number;
}

@ObjectType('AssetSuggestion', { description: 'An asset suggested for a deal, with its score and the reasons for it.' })
export class AssetSuggestionObject {
  @Field(() => AssetObject)
  asset: AssetObject;

  @Field(() => Float, { description: 'The sum of the breakdown, up to 1.0.' })
  score: number;

  @Field(() => [String], {
    description: 'The score in words, e.g. "Same industry: Medical", "Won 7 of 10 deals it was used in".',
  })
  reasons: string[];

  @Field(() => SuggestionScoreBreakdownObject)
  breakdown: SuggestionScoreBreakdownObject;
}
