import { graphql } from '../../../generated';

export const setUserStatusMutation = graphql(`
  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {
    setUserStatus(userId: $userId, status: $status) {
      id
      status
      canLogIn
    }
  }
`);
