import { graphql } from '../../../generated';

export const creditHistoryQuery = graphql(`
  query CreditHistory($userId: ID!) {
    creditHistory(userId: $userId) {
      periodStart
      value
    }
  }
`);
