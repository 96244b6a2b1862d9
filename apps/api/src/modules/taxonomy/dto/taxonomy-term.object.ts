import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TaxonomyKind } from '../taxonomy-term.entity.js';

registerEnumType(TaxonomyKind, {
  name: 'TaxonomyKind',
  description: 'The curated vocabularies assets are tagged with.',
});

@ObjectType('TaxonomyTerm')
export class TaxonomyTermObject {
  @Field(() => TaxonomyKind)
  kind: TaxonomyKind;

  @Field()
  value: string;

  @Field(() => Int, { description: 'Published assets tagged with it that you may see.' })
  assetCount: number;
}

@ObjectType('TagSuggestion')
export class TagSuggestion {
  @Field()
  value: string;

  @Field(() => Int, { description: 'Published assets tagged with it that you may see.' })
  assetCount: number;
}
