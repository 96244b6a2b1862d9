import { Anchor, Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { formatRelative } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import type { ShareLink } from '../../share/hooks/useShareLinks';
import { formatSeconds } from '../../share/share-format';

interface BuyerEngagementProps {
  links: readonly ShareLink[];
  loading: boolean;
  error: unknown;
  revoking: boolean;
  onRetry: () => void;
  onRevoke: (id: string) => Promise<void>;
}

function LinkRow({
  link,
  now,
  revoking,
  onRevoke,
}: {
  link: ShareLink;
  now: number;
  revoking: boolean;
  onRevoke: () => void;
}) {
  const expired = link.expiresAt !== null && Date.parse(link.expiresAt) <= now;
  return (
    <Stack component="li" gap={2} data-testid="embed-share-link" aria-label={link.asset.title}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Anchor
          href={`${window.location.origin}/assets/${link.asset.id}`}
          target="_blank"
          rel="noopener"
          size="sm"
          truncate
          style={{ flex: 1, minWidth: 0 }}
        >
          {link.asset.title}
        </Anchor>
        {link.revokedAt !== null ? (
          <Badge color="gray" variant="light" size="xs" radius="sm">
            Revoked
          </Badge>
        ) : expired ? (
          <Badge color="gray" variant="light" size="xs" radius="sm">
            Expired
          </Badge>
        ) : (
          <Button size="compact-xs" variant="subtle" color="red" disabled={revoking} onClick={onRevoke}>
            Revoke
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" data-testid="embed-share-engagement">
        {link.recipientName ? `${link.recipientName} · ` : ''}
        {link.opens} {link.opens === 1 ? 'open' : 'opens'} · {link.sessions.length}{' '}
        {link.sessions.length === 1 ? 'session' : 'sessions'} · {formatSeconds(link.totalSeconds)} · shared{' '}
        {formatRelative(link.createdAt, now)}
      </Text>
    </Stack>
  );
}

/** The deal's share links and what the buyers did with them: opens, counted sessions, time spent. */
export function BuyerEngagement({ links, loading, error, revoking, onRetry, onRevoke }: BuyerEngagementProps) {
  // When the panel opened: expiry and "shared 2 days ago" are read against it.
  const [now] = useState(() => Date.now());
  if (error) {
    return <ErrorNotice error={error} title="Could not load the share links" onRetry={onRetry} />;
  }
  if (loading) {
    return <Skeleton h={48} />;
  }
  if (links.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="embed-share-empty">
        No share links for this deal yet.
      </Text>
    );
  }
  const revoke = (id: string) => {
    onRevoke(id).catch((revokeError: unknown) => notifyError(revokeError, 'The link was not revoked'));
  };
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {links.map((link) => (
        <LinkRow key={link.id} link={link} now={now} revoking={revoking} onRevoke={() => revoke(link.id)} />
      ))}
    </Stack>
  );
}
