import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssetKind, AssetStatus, JourneyPhase, Visibility } from '../asset.entity.js';
import type { AssetEntity } from '../asset.entity.js';

registerEnumType(AssetKind, { name: 'AssetKind', description: 'What sort of knowledge an asset is.' });
registerEnumType(Visibility, {
  name: 'Visibility',
  description: "ORG: everyone; TEAM: the asset's team, its managers and admins; PRIVATE: its authors.",
});
registerEnumType(AssetStatus, { name: 'AssetStatus' });
registerEnumType(JourneyPhase, {
  name: 'JourneyPhase',
  description: "The customer's journey phase an asset helps with.",
});

/**
 * The content fields an asset and each of its versions show alike (body, visibility and tags are described apart:
 * they mean something different on a version).
 */
@ObjectType({ isAbstract: true })
export abstract class AssetContentObject {
  @Field(() => AssetKind)
  kind: AssetKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => [String])
  industries: string[];

  @Field(() => [String])
  buyerRoles: string[];

  @Field(() => [JourneyPhase])
  journeyPhases: JourneyPhase[];

  @Field(() => [String])
  products: string[];
}

@ObjectType('Asset', {
  description:
    'A piece of shared knowledge: enablement, a best practice, a win/loss analysis or client-facing content.',
})
export class AssetObject extends AssetContentObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown. Clients render it without raw HTML.' })
  body: string;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => AssetStatus)
  status: AssetStatus;

  @Field(() => [String], { description: 'Free tags.' })
  tags: string[];

  @Field({ description: 'A template: its body holds placeholders, filled in by personalizeTemplate for a deal.' })
  isTemplate: boolean;

  @Field(() => Int, { description: 'The current version; pass it as expectedVersion when editing.' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  teamId: string | null;
  derivedFromId: string | null;
  reuseCount: number;
}

export const toAssetObject = (a: AssetEntity): AssetObject => ({
  id: a.id,
  kind: a.kind,
  title: a.title,
  summary: a.summary,
  body: a.body,
  visibility: a.visibility,
  status: a.status,
  industries: a.industries,
  buyerRoles: a.buyerRoles,
  journeyPhases: a.journeyPhases,
  products: a.products,
  tags: a.tags,
  isTemplate: a.isTemplate,
  version: a.version,
  publishedAt: a.publishedAt,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  teamId: a.teamId,
  derivedFromId: a.derivedFromId,
  reuseCount: a.reuseCount,
});

@ObjectType('AssetViewerCan', { description: 'What the viewer may do with this asset, so clients never guess.' })
export class AssetViewerCan {
  @Field()
  edit: boolean;

  @Field()
  publish: boolean;

  @Field()
  archive: boolean;

  @Field({ description: 'Change authors and shares.' })
  setAuthors: boolean;

  @Field({ description: 'Create an adaptation of it.' })
  adapt: boolean;

  @Field({ description: 'Endorse it: false for its authors, who cannot endorse their own work.' })
  endorse: boolean;

  /** The asset it answers for, so other capabilities can resolve their own fields of it. */
  assetId: string;
  @Field({
    description:
      'Decline being named on it: you are named and do not lead it (a lead author names another lead first).',
  })
  declineCoauthorship: boolean;

  @Field({ description: 'Agree to being named on it: you were named by someone else and have not answered.' })
  acceptCoauthorship: boolean;
}
