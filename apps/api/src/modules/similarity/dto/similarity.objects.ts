import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssetObject } from '../../asset/dto/asset.object.js';

@ObjectType('MatchedSlide', { description: 'A slide of this deck found in the similar asset.' })
export class MatchedSlideObject {
  @Field(() => ID, { description: 'The deck (attachment) of this asset the slide is in.' })
  attachmentId: string;

  @Field(() => Int, { description: "The slide's number in this deck, from 1." })
  n: number;

  @Field(() => ID, { description: 'The deck of the similar asset it was found in.' })
  matchedAttachmentId: string;

  @Field(() => Int, { description: "The slide's number in that deck." })
  matchedN: number;

  @Field(() => Float, { description: 'How alike the two slides are, 0 to 1.' })
  similarity: number;
}

@ObjectType('SimilarAsset', {
  description: 'An older asset that this one resembles above the similarity threshold; only assets you may see.',
})
export class SimilarAssetObject {
  @Field(() => AssetObject)
  asset: AssetObject;

  @Field(() => Float, {
    description:
      'How alike, 0 to 1 (estimated Jaccard similarity of their word shingles); for a partial match, of the matched slides.',
  })
  similarity: number;

  @Field({ description: 'Only some slides match, not the whole text.' })
  partial: boolean;

  @Field(() => [MatchedSlideObject], { description: 'The slides found in the similar asset, by slide of this one.' })
  slides: MatchedSlideObject[];

  @Field(() => String, {
    nullable: true,
    description: 'The similar asset\'s matched slides in words ("slides 3–5"); null when no slide matched.',
  })
  slidesLabel: string | null;

  @Field({ description: 'An author said it is not a copy.' })
  declined: boolean;
}

@ObjectType('AttributionReview', {
  description:
    'A published asset resembling others its uploader did not make it an adaptation of, waiting for enablement.',
})
export class AttributionReviewObject {
  @Field(() => ID)
  id: string;

  @Field(() => AssetObject, { description: 'The asset that may be a copy.' })
  asset: AssetObject;

  @Field(() => Float, { description: 'Its similarity to the best match, 0 to 1.' })
  similarity: number;

  @Field(() => AssetObject, { nullable: true, description: 'The asset it most resembles.' })
  matchedAsset: AssetObject | null;

  @Field(() => [SimilarAssetObject], { description: 'Every match the review is about, best first.' })
  matches: SimilarAssetObject[];

  @Field({ description: 'OPEN, LINEAGE_SET or NOT_A_COPY.' })
  status: string;

  @Field(() => ID, { nullable: true, description: 'The origin the review set, when LINEAGE_SET.' })
  derivedFromId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt: Date | null;
}
