import { graphql } from '../../../generated';

export const followMutation = graphql(`
  mutation Follow($kind: FollowKind!, $target: String!) {
    follow(kind: $kind, target: $target) {
      kind
      target
    }
  }
`);
