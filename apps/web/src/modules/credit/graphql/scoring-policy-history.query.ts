import { graphql } from '../../../generated';

export const scoringPolicyHistoryQuery = graphql(`
  query ScoringPolicyHistory {
    scoringPolicyHistory {
      version
      policy
      createdAt
      createdBy {
        id
        name
      }
    }
  }
`);
