import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { BriefcaseIcon, SendIcon } from '../../../ui/icons';
import { formatRelative } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import { AssetKindBadge } from '../../asset/components/AssetBadges';
import { DealOutcomeBadge } from '../../deal/components/DealOutcomeBadge';
import { formatAmount } from '../../deal/deal-labels';
import { useRecordReuse } from '../../reuse/hooks/useRecordReuse';
import { useDealSuggestions } from '../../suggestion/hooks/useDealSuggestions';
import type { DealSuggestion } from '../../suggestion/hooks/useDealSuggestions';
import { useClientSafeKinds } from '../../share/hooks/useClientSafeKinds';
import { useCreateShareLink } from '../../share/hooks/useCreateShareLink';
import { useRevokeShareLink } from '../../share/hooks/useRevokeShareLink';
import { useShareLinks } from '../../share/hooks/useShareLinks';
import type { ShareLink } from '../../share/hooks/useShareLinks';
import { useEmbedDeal } from '../hooks/useEmbedDeal';
import type { EmbedDeal } from '../hooks/useEmbedDeal';
import { BuyerEngagement } from './BuyerEngagement';
import { CreatedLinkModal } from './CreatedLinkModal';

const SHOWN = 5;

/** Byline's own pages open in a new tab: the panel's frame stays the panel. */
const bylineUrl = (path: string) => `${window.location.origin}${path}`;

function DealHeader({ deal }: { deal: EmbedDeal }) {
  return (
    <Stack gap={4} data-testid="embed-deal">
      {deal.accountName ? (
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.05em' }} truncate>
          {deal.accountName}
        </Text>
      ) : null}
      <Title order={1} fz="lg" lh={1.25} data-testid="embed-deal-name">
        {deal.name}
      </Title>
      <Group gap={6}>
        <DealOutcomeBadge outcome={deal.outcome} size="xs" />
        {deal.stage ? (
          <Badge variant="default" radius="sm" size="xs" tt="none" fw={500}>
            {deal.stage}
          </Badge>
        ) : null}
        {deal.amount !== null ? (
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="embed-deal-amount">
            {formatAmount(deal.amount)}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}

function SuggestionItem({
  suggestion,
  recording,
  sharing,
  disabled,
  onUse,
  onShare,
}: {
  suggestion: DealSuggestion;
  recording: boolean;
  sharing: boolean;
  disabled: boolean;
  onUse: () => void;
  /** Absent where the viewer may not share this asset in this deal. */
  onShare?: () => void;
}) {
  const { asset, reasons } = suggestion;
  return (
    <Card component="li" padding="sm" withBorder shadow="none" data-testid="embed-suggestion" aria-label={asset.title}>
      <Stack gap={6}>
        <Anchor href={bylineUrl(`/assets/${asset.id}`)} target="_blank" rel="noopener" fw={650} lh={1.3} size="sm">
          {asset.title}
        </Anchor>
        <Group gap={6}>
          <AssetKindBadge kind={asset.kind} size="xs" />
          <Text size="xs" c="dimmed" truncate style={{ minWidth: 0, flex: 1 }}>
            {asset.authors.map((author) => author.user.name).join(', ')}
          </Text>
        </Group>
        {reasons.length > 0 ? (
          <Group gap={4} aria-label="Why it fits">
            {reasons.map((reason) => (
              <Badge key={reason} variant="default" radius="sm" size="xs" tt="none" fw={500} c="dark.5">
                {reason}
              </Badge>
            ))}
          </Group>
        ) : null}
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<BriefcaseIcon />}
            loading={recording}
            disabled={disabled}
            onClick={onUse}
          >
            Used in this deal
          </Button>
          {onShare ? (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<SendIcon />}
              loading={sharing}
              disabled={disabled}
              onClick={onShare}
            >
              Share link
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function UsedAssets({ deal }: { deal: EmbedDeal }) {
  if (deal.usedAssets.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="embed-used-empty">
        Nothing recorded yet. Click “Used in this deal” on what helped.
      </Text>
    );
  }
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {deal.usedAssets.map((use) => (
        <Group key={use.asset.id} component="li" gap="xs" wrap="nowrap" data-testid="embed-used">
          <Anchor
            href={bylineUrl(`/assets/${use.asset.id}`)}
            target="_blank"
            rel="noopener"
            size="sm"
            truncate
            style={{ flex: 1, minWidth: 0 }}
          >
            {use.asset.title}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {use.uses > 1 ? `${use.uses}× · ` : ''}
            {formatRelative(use.lastUsedAt)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** The CRM sidebar's view of one deal: what fits it, one click to record a use, and what it already used. */
export function EmbedDealPanel({ dealId }: { dealId: string }) {
  const { deal, loading, error, refetch } = useEmbedDeal(dealId);
  const suggestions = useDealSuggestions(dealId, SHOWN);
  const { recordReuse, pendingKind } = useRecordReuse();
  const shares = useShareLinks({ dealId });
  const clientSafeKinds = useClientSafeKinds() ?? [];
  const { createShareLink, creating } = useCreateShareLink();
  const { revokeShareLink, revoking } = useRevokeShareLink();
  const [pendingAsset, setPendingAsset] = useState<string | null>(null);
  const [sharingAsset, setSharingAsset] = useState<string | null>(null);
  const [createdLink, setCreatedLink] = useState<ShareLink | null>(null);
  const busy = pendingKind !== null || creating;

  const share = async (assetId: string) => {
    setSharingAsset(assetId);
    try {
      setCreatedLink(await createShareLink({ assetId, dealId }));
    } catch (shareError) {
      notifyError(shareError, 'The link was not created');
    } finally {
      setSharingAsset(null);
    }
  };
  // Client-facing content waiting for (or refused) approval is not offered for sharing; the server refuses it too.
  const mayShare = (asset: Pick<DealSuggestion['asset'], 'kind' | 'approval'>) =>
    deal?.viewerMayShare === true && clientSafeKinds.includes(asset.kind) && !asset.approval.blocksSharing;

  const recordUse = async (assetId: string) => {
    setPendingAsset(assetId);
    try {
      const reuse = await recordReuse({ assetId, kind: 'USED_IN_DEAL', dealId });
      notifications.show({
        title: reuse.pointsAwarded > 0 ? `+${reuse.pointsAwarded} to the authors` : 'Recorded, no credit',
        message: reuse.explanation,
        color: reuse.pointsAwarded > 0 ? 'teal' : 'gray',
        autoClose: 5000,
      });
      await Promise.all([refetch(), suggestions.refetch()]);
    } catch (recordError) {
      notifyError(recordError, 'The use was not recorded');
    } finally {
      setPendingAsset(null);
    }
  };

  if (error) {
    return <ErrorNotice error={error} title="Could not load the deal" onRetry={() => void refetch()} />;
  }
  if (loading || !deal) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton h={56} />
        <Skeleton h={120} />
        <Skeleton h={120} />
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <DealHeader deal={deal} />
      <Stack component="section" gap="xs" aria-labelledby="embed-inspired" data-testid="embed-suggestions">
        <Title order={2} fz="sm" id="embed-inspired">
          Be inspired
        </Title>
        {suggestions.error ? (
          <ErrorNotice
            error={suggestions.error}
            title="Could not load suggestions"
            onRetry={() => void suggestions.refetch()}
          />
        ) : suggestions.loading ? (
          <Skeleton h={120} />
        ) : suggestions.suggestions.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing in the library fits this deal yet.
          </Text>
        ) : (
          <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {suggestions.suggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.asset.id}
                suggestion={suggestion}
                recording={pendingKind !== null && pendingAsset === suggestion.asset.id}
                sharing={sharingAsset === suggestion.asset.id}
                disabled={busy}
                onUse={() => void recordUse(suggestion.asset.id)}
                onShare={mayShare(suggestion.asset) ? () => void share(suggestion.asset.id) : undefined}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <Stack component="section" gap="xs" aria-labelledby="embed-used" data-testid="embed-used-section">
        <Title order={2} fz="sm" id="embed-used">
          Already used in this deal
        </Title>
        <UsedAssets deal={deal} />
      </Stack>
      <Stack component="section" gap="xs" aria-labelledby="embed-engagement" data-testid="embed-engagement-section">
        <Title order={2} fz="sm" id="embed-engagement">
          Buyer engagement
        </Title>
        <BuyerEngagement
          links={shares.links ?? []}
          loading={shares.links === null && shares.loading}
          error={shares.error}
          revoking={revoking}
          onRetry={() => void shares.refetch()}
          onRevoke={revokeShareLink}
        />
      </Stack>
      <CreatedLinkModal link={createdLink} onClose={() => setCreatedLink(null)} />
      <Anchor href={bylineUrl(`/deals/${deal.id}`)} target="_blank" rel="noopener" size="xs" c="dimmed">
        Open the deal in Byline
      </Anchor>
    </Stack>
  );
}
