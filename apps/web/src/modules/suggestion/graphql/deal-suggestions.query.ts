import { graphql } from '../../../generated';

// Suggestions for one deal, best first, with the score and the reasons in words.
export const dealSuggestionsQuery = graphql(`
  query DealSuggestions($dealId: ID!, $first: Int) {
    dealSuggestions(dealId: $dealId, first: $first) {
      score
      reasons
      asset {
        id
        kind
        title
        summary
        publishedAt
        authors {
          role
          share
          user {
            id
            name
          }
        }
      }
    }
  }
`);
