import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { AssetObject } from '../../asset/dto/asset.object.js';

@ObjectType('DealAssetUse', {
  description: 'Content used in a deal: recorded as used in it (USED_IN_DEAL), or shared for it and viewed by a buyer.',
})
export class DealAssetUseObject {
  @Field(() => AssetObject)
  asset: AssetObject;

  @Field(() => Int, { description: 'How many times it was used in this deal.' })
  uses: number;

  @Field(() => GraphQLISODateTime, { description: 'The last time.' })
  lastUsedAt: Date;
}
