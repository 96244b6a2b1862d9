import { graphql } from '../../../generated';

export const taxonomyTermsQuery = graphql(`
  query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {
    taxonomy(kind: $kind, search: $search) {
      kind
      value
      assetCount
    }
  }
`);
