import { graphql } from '../../../generated';

export const tagSuggestionsQuery = graphql(`
  query TagSuggestions($search: String) {
    tagSuggestions(search: $search) {
      value
      assetCount
    }
  }
`);
