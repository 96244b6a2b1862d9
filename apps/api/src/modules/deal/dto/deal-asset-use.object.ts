import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { AssetObject } from '../../asset/dto/asset.object.js';

@ObjectType('DealAssetUse', { description: 'Content recorded as used in a deal (USED_IN_DEAL).' })
export class DealAssetUseObject {
  @Field(() => AssetObject)
  asset: AssetObject;

  @Field(() => Int, { description: 'How many times it was recorded as used in this deal.' })
  uses: number;

  @Field(() => GraphQLISODateTime, { description: 'The last time.' })
  lastUsedAt: Date;
}
