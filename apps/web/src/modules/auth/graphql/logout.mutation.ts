import { graphql } from '../../../generated';

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
