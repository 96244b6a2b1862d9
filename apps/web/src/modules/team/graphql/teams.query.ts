import { graphql } from '../../../generated';

export const teamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
      memberCount
      managers {
        id
        name
      }
    }
  }
`);
