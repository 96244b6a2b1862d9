import { graphql } from '../../../generated';

// A short, searchable list for pickers (team managers); kept apart from the paginated Users table.
export const userOptionsQuery = graphql(`
  query UserOptions($search: String, $first: Int) {
    users(search: $search, first: $first) {
      edges {
        node {
          id
          name
          email
          role
        }
      }
    }
  }
`);
