import { Button } from '@mantine/core';
import type { FollowKind } from '../../../generated/graphql';
import { notifyError } from '../../../ui/notify';
import { useFollowing } from '../hooks/useFollowing';
import { useToggleFollow } from '../hooks/useToggleFollow';

interface FollowButtonProps {
  kind: FollowKind;
  /** A user id for USER, the tag for TAG. */
  target: string;
  /** What is followed, for screen readers and errors ("Lars Nilsson", "#pricing"). */
  label: string;
}

export function FollowButton({ kind, target, label }: FollowButtonProps) {
  const { isFollowing, loading: loadingFollows } = useFollowing();
  const { follow, unfollow, loading } = useToggleFollow();
  const followed = isFollowing(kind, target);

  const toggle = async () => {
    try {
      await (followed ? unfollow(kind, target) : follow(kind, target));
    } catch (error) {
      notifyError(error, followed ? `Could not unfollow ${label}` : `Could not follow ${label}`);
    }
  };

  return (
    <Button
      size="compact-xs"
      radius="xl"
      variant={followed ? 'light' : 'default'}
      loading={loading}
      disabled={loadingFollows}
      aria-pressed={followed}
      aria-label={followed ? `Unfollow ${label}` : `Follow ${label}`}
      onClick={() => void toggle()}
    >
      {followed ? 'Following' : 'Follow'}
    </Button>
  );
}
