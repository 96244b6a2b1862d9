import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AssetKind } from '../../asset/asset.entity.js';
import type { ReviewInterval } from '../verification.service.js';

@ObjectType('ReviewInterval', {
  description:
    'How long assets of a kind stay fresh: an asset falls due for review this many days after it was last verified (or published).',
})
export class ReviewIntervalObject {
  @Field(() => AssetKind)
  kind: AssetKind;

  @Field(() => Int)
  days: number;

  @Field({ description: 'No admin set it: the default of 90 days applies.' })
  isDefault: boolean;
}

export const toReviewIntervalObject = (r: ReviewInterval): ReviewIntervalObject => ({ ...r });
