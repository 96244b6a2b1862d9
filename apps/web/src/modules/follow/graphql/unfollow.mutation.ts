import { graphql } from '../../../generated';

export const unfollowMutation = graphql(`
  mutation Unfollow($kind: FollowKind!, $target: String!) {
    unfollow(kind: $kind, target: $target)
  }
`);
