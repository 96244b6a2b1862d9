import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { notifyError } from '../../../ui/notify';
import { useCoauthorshipAnswer } from '../hooks/useCoauthorshipAnswer';

interface CoauthorshipNoticeProps {
  assetId: string;
  /** The viewer's share, when they are named on the asset. */
  share: number | null;
  pending: boolean;
  mayDecline: boolean;
}

/**
 * For someone named on an asset by someone else: accept, or decline (their share then goes to the other authors in
 * proportion; what they were credited so far stays theirs). A lead author names another lead before declining.
 */
export function CoauthorshipNotice({ assetId, share, pending, mayDecline }: CoauthorshipNoticeProps) {
  const { accept, decline, busy } = useCoauthorshipAnswer();
  const [confirming, setConfirming] = useState(false);
  if (share === null || (!pending && !mayDecline)) return null;
  const run = (action: () => Promise<void>, failure: string) =>
    void action().catch((e: unknown) => notifyError(e, failure));
  const controls = (
    <Group gap="xs">
      {pending ? (
        <Button size="xs" disabled={busy} onClick={() => run(() => accept(assetId), 'Could not accept')}>
          Accept
        </Button>
      ) : null}
      {mayDecline && !confirming ? (
        <Button size="xs" variant="default" color="red" disabled={busy} onClick={() => setConfirming(true)}>
          Decline
        </Button>
      ) : null}
      {mayDecline && confirming ? (
        <>
          <Button
            size="xs"
            color="red"
            loading={busy}
            data-testid="confirm-decline"
            onClick={() => run(() => decline(assetId), 'Could not decline')}
          >
            Remove me from the authors
          </Button>
          <Button size="xs" variant="subtle" disabled={busy} onClick={() => setConfirming(false)}>
            Keep me
          </Button>
        </>
      ) : null}
    </Group>
  );
  if (!pending) {
    // Already agreed: a quiet way out beside the authors list.
    return (
      <Stack gap={4} data-testid="coauthorship-leave">
        <Text size="xs" c="dimmed">
          Named here by mistake? Decline, and your {share}% goes to the other authors; credit you received stays.
        </Text>
        {controls}
      </Stack>
    );
  }
  return (
    <Alert color="blue" variant="light" title="You are named co-author" data-testid="coauthorship-notice">
      <Stack gap="xs">
        <Text size="sm">
          Someone named you on this asset with {share}% of its credit. Keep it, or decline to be removed.{' '}
          {mayDecline
            ? 'If you decline, your share goes to the other authors; credit you already received stays.'
            : 'As its lead you cannot decline; ask an editor to name another lead first.'}
        </Text>
        {controls}
      </Stack>
    </Alert>
  );
}
