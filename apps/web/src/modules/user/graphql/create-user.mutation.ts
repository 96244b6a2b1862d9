import { graphql } from '../../../generated';

export const createUserMutation = graphql(`
  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {
    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {
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
`);
