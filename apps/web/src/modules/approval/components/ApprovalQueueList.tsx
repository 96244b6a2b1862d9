import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { waitedFor } from '../approval-labels';
import type { ApprovalQueueItem } from '../hooks/useApprovalQueue';

/** What waits for approval, the longest waiting first (the server's order). */
export function ApprovalQueueList({ items }: { items: readonly ApprovalQueueItem[] }) {
  if (!items.length) {
    return (
      <Text c="dimmed" data-testid="approval-queue-empty">
        Nothing waits for approval.
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} data-testid="approval-queue">
      {items.map((item) => (
        <Card key={item.assetId} component="li" padding="md">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Anchor component={Link} to={`/assets/${item.asset.id}`} fw={600}>
                {item.asset.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                Version {item.version} · {item.asset.authors.map((a) => a.user.name).join(', ') || 'no authors'}
              </Text>
            </Stack>
            <Text size="sm" title={`Since ${formatDateTime(item.waitingSince)}`} data-testid="approval-waiting">
              Waiting {waitedFor(item.waitingSeconds)}
            </Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
