import { graphql } from '../../../generated';

export const usersQuery = graphql(`
  query Users($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          title
          role
          status
          canLogIn
          team {
            id
            name
          }
        }
      }
    }
  }
`);
