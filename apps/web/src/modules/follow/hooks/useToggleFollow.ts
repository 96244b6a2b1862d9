import { useMutation } from '@apollo/client/react';
import { FeedDocument, FollowDocument, FollowingDocument, UnfollowDocument } from '../../../generated/graphql';
import type { FollowKind } from '../../../generated/graphql';

/** Follows or unfollows a person or tag; the list of follows and the feed (whose order depends on them) refresh. */
export function useToggleFollow() {
  const options = { refetchQueries: [FollowingDocument, FeedDocument], awaitRefetchQueries: true };
  const [followMutation, { loading: following }] = useMutation(FollowDocument, options);
  const [unfollowMutation, { loading: unfollowing }] = useMutation(UnfollowDocument, options);

  const follow = async (kind: FollowKind, target: string): Promise<void> => {
    await followMutation({ variables: { kind, target } });
  };
  const unfollow = async (kind: FollowKind, target: string): Promise<void> => {
    await unfollowMutation({ variables: { kind, target } });
  };

  return { follow, unfollow, loading: following || unfollowing };
}
