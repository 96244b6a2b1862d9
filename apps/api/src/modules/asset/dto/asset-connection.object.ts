import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../core/graphql/connection.js';
import { AssetObject } from './asset.object.js';
import type { AssetQuery } from '../asset-query.js';

@ObjectType('FacetCount')
export class FacetCount {
  @Field({ description: 'The value to filter by (an id for teams and authors).' })
  value: string;

  @Field({ description: 'What to show for it.' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('AssetFacets', { description: 'How many of the matching assets fall under each value, per facet.' })
export class AssetFacets {
  @Field(() => [FacetCount])
  kinds: FacetCount[];

  @Field(() => [FacetCount])
  industries: FacetCount[];

  @Field(() => [FacetCount])
  buyerRoles: FacetCount[];

  @Field(() => [FacetCount])
  journeyPhases: FacetCount[];

  @Field(() => [FacetCount])
  products: FacetCount[];

  @Field(() => [FacetCount])
  tags: FacetCount[];

  @Field(() => [FacetCount])
  teams: FacetCount[];

  @Field(() => [FacetCount])
  authors: FacetCount[];
}

@ObjectType('AssetConnection')
export class AssetConnection extends Connection(AssetObject, 'Asset') {
  /** The query that produced this page, for facets computed only when asked for. */
  query?: AssetQuery;

  /** Counts every match; run only when a client asks for totalCount (it is the costly part of a page). */
  count?: () => Promise<number>;

  /** Whether `count` stopped at the search's candidate limit (more assets match than it says). */
  isEstimate?: () => Promise<boolean>;
}
