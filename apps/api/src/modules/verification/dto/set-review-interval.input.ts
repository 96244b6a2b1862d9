import { Field, InputType, Int } from '@nestjs/graphql';
import { AssetKind } from '../../asset/asset.entity.js';

@InputType('SetReviewIntervalInput')
export class SetReviewIntervalInput {
  @Field(() => AssetKind)
  kind: AssetKind;

  @Field(() => Int, { description: '1 to 730 days.' })
  days: number;
}
