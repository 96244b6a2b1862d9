import { graphql } from '../../../generated';

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        name
        role
      }
    }
  }
`);
