import { graphql } from '../../../generated';

export const feedQuery = graphql(`
  query Feed($first: Int, $after: String) {
    feed(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AssetCardFields
        }
      }
    }
  }
`);
