import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssetKind, JourneyPhase, Visibility } from '../asset.entity.js';
import { assetContentOf } from '../asset-content.js';
import { VersionChange } from '../asset-version.entity.js';
import { AssetContentObject } from './asset.object.js';
import type { AssetVersionEntity } from '../asset-version.entity.js';
import type { AuthorRole } from '../../authorship/authorship.entity.js';

registerEnumType(VersionChange, { name: 'VersionChange' });

@ObjectType('AssetVersion', { description: 'An immutable version of an asset: its content and authors at that point.' })
export class AssetVersionObject extends AssetContentObject {
  @Field(() => Int)
  version: number;

  @Field(() => VersionChange)
  change: VersionChange;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field()
  body: string;

  @Field(() => Visibility, { description: 'The visibility this version was made with; it decides who may read it.' })
  visibility: Visibility;

  @Field(() => [String])
  tags: string[];

  editedById: string;
  authorRows: { userId: string; role: AuthorRole; share: number }[];
}

export const toAssetVersionObject = (v: AssetVersionEntity): AssetVersionObject => ({
  version: v.version,
  change: v.change,
  createdAt: v.createdAt,
  ...assetContentOf(v.snapshot),
  kind: v.snapshot.kind as AssetKind,
  visibility: v.visibility,
  journeyPhases: v.snapshot.journeyPhases as JourneyPhase[],
  editedById: v.editedById,
  authorRows: v.snapshot.authors as AssetVersionObject['authorRows'],
});
