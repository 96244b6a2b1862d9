import { graphql } from '../../../generated';

export const updateScoringPolicyMutation = graphql(`
  mutation UpdateScoringPolicy($policy: String!) {
    updateScoringPolicy(policy: $policy)
  }
`);
