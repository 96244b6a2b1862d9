import { useQuery } from '@apollo/client/react';
import { FollowingDocument } from '../../../generated/graphql';
import type { FollowKind, FollowingQuery } from '../../../generated/graphql';

export type FollowRow = FollowingQuery['following'][number];

/** The people and tags the viewer follows. */
export function useFollowing() {
  const { data, loading, error, refetch } = useQuery(FollowingDocument);
  const following = data?.following ?? [];
  const isFollowing = (kind: FollowKind, target: string) =>
    following.some((follow) => follow.kind === kind && follow.target === target);
  return { following, isFollowing, loading: loading && !data, error, refetch };
}
