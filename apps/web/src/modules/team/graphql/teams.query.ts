import { graphql } from '../../../generated';

export const teamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
      memberCount
      viewerCan {
        readReport
      }
      managers {
        id
        name
      }
    }
  }
`);
