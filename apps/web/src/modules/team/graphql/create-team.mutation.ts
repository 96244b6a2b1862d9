import { graphql } from '../../../generated';

export const createTeamMutation = graphql(`
  mutation CreateTeam($name: String!, $managerIds: [ID!]) {
    createTeam(name: $name, managerIds: $managerIds) {
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
