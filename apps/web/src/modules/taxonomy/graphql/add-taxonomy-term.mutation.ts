import { graphql } from '../../../generated';

export const addTaxonomyTermMutation = graphql(`
  mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {
    addTaxonomyTerm(kind: $kind, value: $value) {
      kind
      value
      assetCount
    }
  }
`);
