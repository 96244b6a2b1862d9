import { ActionIcon, Anchor, Avatar, Badge, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { XIcon } from '../../../ui/icons';
import { initialsOf } from '../../../ui/initials';
import { notifyError } from '../../../ui/notify';
import { libraryPath } from '../../asset/library-params';
import { useFollowing } from '../hooks/useFollowing';
import type { FollowRow } from '../hooks/useFollowing';
import { useToggleFollow } from '../hooks/useToggleFollow';

function UnfollowButton({ follow, label }: { follow: FollowRow; label: string }) {
  const { unfollow, loading } = useToggleFollow();
  const handleClick = async () => {
    try {
      await unfollow(follow.kind, follow.target);
    } catch (error) {
      notifyError(error, `Could not unfollow ${label}`);
    }
  };
  return (
    <Tooltip label="Unfollow" withArrow>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        loading={loading}
        aria-label={`Unfollow ${label}`}
        onClick={() => void handleClick()}
      >
        <XIcon size={14} />
      </ActionIcon>
    </Tooltip>
  );
}

/** What the viewer follows, with a way to stop following each. */
export function FollowingPanel() {
  const { following, loading, error, refetch } = useFollowing();
  const people = following.filter((follow) => follow.kind === 'USER');
  const tags = following.filter((follow) => follow.kind === 'TAG');

  return (
    <Card component="section" aria-labelledby="following-heading" data-testid="following-panel">
      <Stack gap="md">
        <Title order={2} fz="md" id="following-heading">
          Following
        </Title>
        {error ? (
          <ErrorNotice error={error} title="Could not load what you follow" onRetry={() => void refetch()} />
        ) : null}
        {loading ? (
          <Text size="sm" c="dimmed">
            Loading…
          </Text>
        ) : following.length === 0 ? (
          <Text size="sm" c="dimmed">
            Follow people and tags from any asset page: their new work comes first in your feed.
          </Text>
        ) : null}

        {people.length > 0 ? (
          <Stack gap="xs">
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
              People
            </Text>
            {people.map((follow) => {
              const name = follow.user?.name ?? 'Someone';
              return (
                <Group key={follow.target} gap="sm" wrap="nowrap" data-testid="followed-person">
                  <Avatar size={30} radius="xl" color="indigo" variant="light" aria-hidden>
                    {initialsOf(name)}
                  </Avatar>
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Anchor component={Link} to={libraryPath('authorId', follow.target)} size="sm" fw={600} truncate>
                      {name}
                    </Anchor>
                    {follow.user?.team ? (
                      <Text size="xs" c="dimmed" truncate>
                        {follow.user.team.name}
                      </Text>
                    ) : null}
                  </Stack>
                  <UnfollowButton follow={follow} label={name} />
                </Group>
              );
            })}
          </Stack>
        ) : null}

        {tags.length > 0 ? (
          <Stack gap="xs">
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
              Tags
            </Text>
            <Group gap={6}>
              {tags.map((follow) => (
                <Badge
                  key={follow.target}
                  variant="light"
                  color="gray"
                  radius="sm"
                  tt="none"
                  size="lg"
                  fw={500}
                  data-testid="followed-tag"
                  rightSection={<UnfollowButton follow={follow} label={`#${follow.target}`} />}
                  styles={{ root: { paddingRight: 2 } }}
                >
                  <Anchor component={Link} to={libraryPath('tag', follow.target)} size="sm" c="inherit">
                    #{follow.target}
                  </Anchor>
                </Badge>
              ))}
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
