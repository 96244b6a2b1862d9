import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useArchiveAsset } from '../../asset/hooks/useArchiveAsset';
import { AssetKindBadge } from '../../asset/components/AssetBadges';
import { notifyError, notifySuccess } from '../../../ui/notify';
import type { ReviewQueueItem } from '../hooks/useVerification';
import { useVerifyAsset } from '../hooks/useVerification';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Stack>
  );
}

function QueueItem({ item, onDone }: { item: ReviewQueueItem; onDone: () => void }) {
  const { verify, loading } = useVerifyAsset();
  const { archiveAsset, loading: archiving } = useArchiveAsset();
  const onVerify = () =>
    void verify(item.id)
      .then(() => notifySuccess(`“${item.title}” is verified.`))
      .catch((error: unknown) => notifyError(error, 'Could not verify it'));
  const onArchive = () =>
    void archiveAsset(item.id)
      .then(() => {
        notifySuccess(`“${item.title}” is archived.`);
        onDone();
      })
      .catch((error: unknown) => notifyError(error, 'Could not archive it'));
  return (
    <Card component="li" withBorder data-testid="review-queue-item" data-asset-id={item.id}>
      <Stack gap="sm">
        <Group gap={6} wrap="wrap">
          <AssetKindBadge kind={item.kind} size="xs" />
          {item.archiveProposed ? (
            <Badge color="gray" variant="filled" radius="sm" size="xs" tt="none" data-testid="archive-proposed">
              Proposed for archive
            </Badge>
          ) : null}
        </Group>
        <Anchor component={Link} to={`/assets/${item.id}`} fw={650} style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Anchor>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
          <Figure label="Overdue" value={plural(item.daysOverdue, 'day', 'days')} testId="queue-days-overdue" />
          <Figure label="Open deals" value={item.openDealCount.toLocaleString('en')} testId="queue-open-deals" />
          <Figure label="Reuses" value={item.stats.reuseCount.toLocaleString('en')} testId="queue-reuses" />
          <Figure label="Verifier" value={item.verifier?.name ?? 'Nobody'} testId="queue-verifier" />
        </SimpleGrid>
        {item.archiveProposed ? (
          <Text size="xs" c="dimmed">
            Nobody has used it since it was last verified, and it is two review intervals old.
          </Text>
        ) : null}
        <Group gap="xs" wrap="wrap">
          {item.viewerCan.verify ? (
            <Button size="sm" loading={loading} onClick={onVerify} data-testid="queue-verify">
              Verify
            </Button>
          ) : null}
          {item.archiveProposed && item.viewerCan.archive ? (
            <Button
              size="sm"
              variant="default"
              color="red"
              loading={archiving}
              onClick={onArchive}
              data-testid="queue-archive"
            >
              Archive
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** The review queue: overdue assets, riskiest first. */
export function ReviewQueueList({ items, onChanged }: { items: ReviewQueueItem[]; onChanged: () => void }) {
  if (!items.length) {
    return (
      <Text c="dimmed" data-testid="review-queue-empty">
        Nothing is overdue for review.
      </Text>
    );
  }
  return (
    <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="review-queue">
      {items.map((item) => (
        <QueueItem key={item.id} item={item} onDone={onChanged} />
      ))}
    </Stack>
  );
}
