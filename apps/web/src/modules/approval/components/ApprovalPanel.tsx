import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { AssetApprovalFieldsFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import { useApprovalDecision } from '../hooks/useApprovalDecision';

const STATE_LABELS: Record<AssetApprovalFieldsFragment['state'], { label: string; color: string }> = {
  NOT_REQUIRED: { label: 'No approval needed', color: 'gray' },
  PENDING: { label: 'Waiting for approval', color: 'yellow' },
  APPROVED: { label: 'Approved for customers', color: 'green' },
  REJECTED: { label: 'Not approved', color: 'red' },
};

/** The asset's approval for customers, and enablement's decision on it. */
export function ApprovalPanel({ assetId, approval }: { assetId: string; approval: AssetApprovalFieldsFragment }) {
  const { approve, reject, busy } = useApprovalDecision();
  const [text, setText] = useState('');
  if (approval.state === 'NOT_REQUIRED') return null;
  const { label, color } = STATE_LABELS[approval.state];
  const run = (action: () => Promise<void>, failure: string) =>
    void action()
      .then(() => setText(''))
      .catch((e: unknown) => notifyError(e, failure));
  return (
    <Card component="section" aria-labelledby="approval-heading" data-testid="asset-approval">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="md" id="approval-heading">
            Approval
          </Title>
          <Badge color={color} variant="light" data-testid="approval-state">
            {label}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {approval.state === 'PENDING' && approval.waitingSince
            ? `Version ${approval.version} waits since ${formatDateTime(approval.waitingSince)}.`
            : `Version ${approval.version}, by ${approval.decidedBy?.name ?? 'enablement'}${
                approval.decidedAt ? ` on ${formatDateTime(approval.decidedAt)}` : ''
              }.`}
        </Text>
        {approval.note ? <Text size="sm">{approval.note}</Text> : null}
        {approval.viewerCanDecide ? (
          <>
            <Textarea
              label="Note or reason"
              description="A rejection needs a reason: the authors are told what to change."
              value={text}
              maxLength={2000}
              autosize
              minRows={2}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group gap="xs">
              <Button
                size="xs"
                color="green"
                disabled={busy || approval.state === 'APPROVED'}
                data-testid="approve-asset"
                onClick={() => run(() => approve(assetId, approval.version, text.trim() || null), 'Could not approve')}
              >
                Approve
              </Button>
              <Button
                size="xs"
                variant="default"
                color="red"
                disabled={busy || !text.trim() || approval.state === 'REJECTED'}
                data-testid="reject-asset"
                onClick={() => run(() => reject(assetId, approval.version, text.trim()), 'Could not reject')}
              >
                Reject
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
