import { graphql } from '../../../generated';

// People to pick as co-authors; not cached, like the admin's user picker.
export const authorCandidatesQuery = graphql(`
  query AuthorCandidates($search: String, $first: Int) {
    users(search: $search, first: $first) {
      edges {
        node {
          id
          name
          title
          status
          team {
            id
            name
          }
        }
      }
    }
  }
`);
