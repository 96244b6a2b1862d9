import { Badge, Button, Card, Collapse, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import { useRevokeShareLink } from '../hooks/useRevokeShareLink';
import { useShareLinks } from '../hooks/useShareLinks';
import type { ShareLink } from '../hooks/useShareLinks';
import { formatSeconds } from '../share-format';
import { usePhoneLayout } from '../../../ui/usePhoneLayout';
import keyColumns from '../../../ui/KeyColumns.module.css';

const PageTimeChart = lazy(() => import('./PageTimeChart').then((module) => ({ default: module.PageTimeChart })));

function linkState(link: ShareLink, now: number): { label: string; color: string } {
  if (link.revokedAt) {
    return { label: 'Revoked', color: 'red' };
  }
  if (link.expiresAt && Date.parse(link.expiresAt) <= now) {
    return { label: 'Expired', color: 'gray' };
  }
  return { label: 'Active', color: 'teal' };
}

function Sessions({ link }: { link: ShareLink }) {
  if (link.sessions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No counted visits yet{link.opens > 0 ? ' (opened, but not read for long enough)' : ''}.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="share-sessions">
      {link.sessions.map((session) => (
        <Card key={session.id} withBorder padding="sm" radius="md" data-testid="share-session">
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {formatDateTime(session.startedAt)}
              </Text>
              <Text size="sm" c="dimmed">
                {[
                  formatSeconds(session.durationSeconds),
                  session.pagesViewed > 0
                    ? `${session.pagesViewed} page${session.pagesViewed === 1 ? '' : 's'} viewed`
                    : null,
                  session.device,
                  session.email,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
            {session.pageSeconds.length > 0 ? (
              <Suspense fallback={<Loader size="xs" />}>
                <PageTimeChart pageSeconds={session.pageSeconds} />
              </Suspense>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function LinkRow({ link, showAsset, now }: { link: ShareLink; showAsset: boolean; now: number }) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { revokeShareLink, revoking } = useRevokeShareLink();
  const state = linkState(link, now);
  const revoke = async () => {
    try {
      await revokeShareLink(link.id);
      setConfirming(false);
    } catch (error) {
      notifyError(error, 'The link was not revoked');
    }
  };
  return (
    <>
      <Table.Tr data-testid="share-link-row">
        <Table.Td>
          <Stack gap={2}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={500}>
                {link.recipientName ?? link.recipientEmail ?? 'Unnamed recipient'}
              </Text>
              {state.label === 'Active' ? null : (
                <Badge color={state.color} variant="light" radius="sm" size="sm">
                  {state.label}
                </Badge>
              )}
            </Group>
            {showAsset ? (
              <Text size="xs" component={Link} to={`/assets/${link.asset.id}`} c="indigo">
                {link.asset.title}
              </Text>
            ) : link.deal ? (
              <Text size="xs" component={Link} to={`/deals/${link.deal.id}`} c="dimmed">
                {link.deal.name}
              </Text>
            ) : null}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDate(link.createdAt)}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {link.revokedAt
              ? `Revoked ${formatDate(link.revokedAt)}`
              : link.expiresAt
                ? `Expires ${formatDate(link.expiresAt)}`
                : ''}
          </Text>
        </Table.Td>
        <Table.Td ta="right" data-testid="share-link-opens">
          {link.opens}
        </Table.Td>
        <Table.Td ta="right" data-testid="share-link-sessions">
          {link.sessions.length}
        </Table.Td>
        <Table.Td ta="right">{formatSeconds(link.totalSeconds)}</Table.Td>
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button size="compact-sm" variant="subtle" onClick={() => setOpen((value) => !value)} aria-expanded={open}>
              {open ? 'Hide' : 'Sessions'}
            </Button>
            {state.label === 'Active' ? (
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirming(true)}>
                Revoke
              </Button>
            ) : null}
          </Group>
        </Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Td colSpan={6} p={0} bd={open ? undefined : 0}>
          <Collapse expanded={open}>
            <Stack py="sm" px={0} miw={0}>
              {open ? <Sessions link={link} /> : null}
            </Stack>
          </Collapse>
        </Table.Td>
      </Table.Tr>
      {confirming ? (
        <Modal opened onClose={() => setConfirming(false)} title="Revoke this link?" centered>
          <Stack gap="md">
            <Text size="sm">
              The buyer will see “This link is no longer available” from now on. Their past visits stay recorded.
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button color="red" loading={revoking} onClick={() => void revoke()} data-testid="confirm-revoke">
                Revoke link
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </>
  );
}

/** The share links of an asset or a deal, with their buyers' visits; hidden when the API shows none to the viewer. */
export function BuyerEngagementPanel({ assetId, dealId }: { assetId?: string; dealId?: string }) {
  const phone = usePhoneLayout();
  const { links, error } = useShareLinks({ assetId, dealId });
  const [now] = useState(() => Date.now());
  if (!links || error) {
    return null;
  }
  return (
    <Card component="section" aria-labelledby="engagement-heading" data-testid="buyer-engagement">
      <Stack gap="md">
        <Title order={2} fz="md" id="engagement-heading">
          Buyer engagement
        </Title>
        {links.length === 0 ? (
          <Text size="sm" c="dimmed">
            No share links yet. Share this {assetId ? 'asset' : 'deal’s content'} with a customer to see when they read
            it and which pages hold their attention.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={phone ? 0 : 520}>
            <Table
              className={`${keyColumns.wrap} ${keyColumns.hide2} ${keyColumns.hide4} ${keyColumns.hide5}`}
              verticalSpacing="xs"
              highlightOnHover={false}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Recipient</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th ta="right">Opens</Table.Th>
                  <Table.Th ta="right">Sessions</Table.Th>
                  <Table.Th ta="right">Time</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {links.map((link) => (
                  <LinkRow key={link.id} link={link} showAsset={!assetId} now={now} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
