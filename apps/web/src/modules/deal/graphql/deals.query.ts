import { graphql } from '../../../generated';

export const dealsQuery = graphql(`
  query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {
    deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DealRowFields
        }
      }
    }
  }
`);
