import { graphql } from '../../../generated';

export const scoringPolicyQuery = graphql(`
  query ScoringPolicy {
    scoringPolicy
  }
`);
