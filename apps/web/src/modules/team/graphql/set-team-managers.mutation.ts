import { graphql } from '../../../generated';

export const setTeamManagersMutation = graphql(`
  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {
    setTeamManagers(teamId: $teamId, userIds: $userIds) {
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
