import { graphql } from '../../../generated';

export const followingQuery = graphql(`
  query Following {
    following {
      kind
      target
      user {
        id
        name
        title
        team {
          id
          name
        }
      }
    }
  }
`);
