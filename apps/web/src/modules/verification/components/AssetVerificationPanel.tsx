import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../../ui/format';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { UserPicker } from '../../user/components/UserPicker';
import type { UserOption } from '../../user/components/UserPicker';
import { useAssetVerification, useSetAssetVerifier, useVerifyAsset } from '../hooks/useVerification';
import { OutOfDateBadge } from './OutOfDateBadge';

/**
 * On the asset page: who verifies it, when it was last verified, when it is due, a Verify button for them, and for
 * enablement and admins (`mayChangeVerifier`) a way to name another verifier.
 */
export function AssetVerificationPanel({
  assetId,
  mayChangeVerifier,
}: {
  assetId: string;
  mayChangeVerifier: boolean;
}) {
  const { verification } = useAssetVerification(assetId);
  const { verify, loading } = useVerifyAsset();
  const { setVerifier, loading: naming } = useSetAssetVerifier();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<UserOption[]>([]);
  if (!verification || verification.status !== 'PUBLISHED') return null;
  const v = verification;
  const onVerify = () =>
    void verify(v.id)
      .then(() => notifySuccess('Verified: its review interval starts again.'))
      .catch((error: unknown) => notifyError(error, 'Could not verify it'));
  return (
    <Card component="section" aria-labelledby="verification-heading" data-testid="asset-verification">
      <Stack gap="sm">
        <Title order={2} fz="md" id="verification-heading">
          Verification
        </Title>
        <OutOfDateBadge outOfDate={v.outOfDate} />
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="sm" data-testid="verification-verifier">
            Verifier: <strong>{v.verifier?.name ?? 'nobody yet'}</strong>
          </Text>
          {mayChangeVerifier && !choosing ? (
            <Button size="compact-xs" variant="subtle" onClick={() => setChoosing(true)} data-testid="change-verifier">
              Change
            </Button>
          ) : null}
        </Group>
        {choosing ? (
          <Stack gap="xs">
            <UserPicker
              label="New verifier"
              description="Someone who may see this asset and knows its subject."
              value={chosen}
              onChange={(users) => setChosen(users.slice(-1))}
              placeholder="Search people by name"
            />
            <Group gap="xs">
              <Button
                size="xs"
                disabled={chosen.length === 0}
                loading={naming}
                onClick={() =>
                  void setVerifier(v.id, chosen[0].id)
                    .then(() => {
                      notifySuccess(`${chosen[0].name} now verifies it.`);
                      setChoosing(false);
                      setChosen([]);
                    })
                    .catch((error: unknown) => notifyError(error, 'Could not change the verifier'))
                }
              >
                Save verifier
              </Button>
              <Button size="xs" variant="default" onClick={() => setChoosing(false)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        ) : null}
        <Text size="sm" c="dimmed" data-testid="verification-last">
          {v.verifiedAt
            ? `Last verified ${formatDate(v.verifiedAt)}${v.verifiedBy ? ` by ${v.verifiedBy.name}` : ''}.`
            : 'Not verified since it was published.'}
        </Text>
        {v.reviewDueAt ? (
          <Text size="sm" c={v.outOfDate ? 'red.9' : 'dimmed'} data-testid="verification-due">
            {v.outOfDate
              ? `Review was due ${formatDate(v.reviewDueAt)} (${v.daysOverdue} ${v.daysOverdue === 1 ? 'day' : 'days'} ago).`
              : `Next review due ${formatDate(v.reviewDueAt)}.`}
          </Text>
        ) : null}
        {v.viewerCan.verify ? (
          <Button
            size="sm"
            variant={v.outOfDate ? 'filled' : 'default'}
            loading={loading}
            onClick={onVerify}
            data-testid="verify-button"
          >
            Verify it is still right
          </Button>
        ) : null}
        <Text size="xs" c="dimmed">
          Verifying earns no credit: it keeps what people reuse trustworthy.
        </Text>
      </Stack>
    </Card>
  );
}
