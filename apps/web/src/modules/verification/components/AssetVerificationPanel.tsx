import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../../../ui/format';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useAssetVerification, useVerifyAsset } from '../hooks/useVerification';
import { OutOfDateBadge } from './OutOfDateBadge';

/** On the asset page: who verifies it, when it was last verified, when it is due, and a Verify button for them. */
export function AssetVerificationPanel({ assetId }: { assetId: string }) {
  const { verification } = useAssetVerification(assetId);
  const { verify, loading } = useVerifyAsset();
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
        <Text size="sm" data-testid="verification-verifier">
          Verifier: <strong>{v.verifier?.name ?? 'nobody yet'}</strong>
        </Text>
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
