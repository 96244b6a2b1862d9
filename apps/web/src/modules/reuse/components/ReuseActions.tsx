import { Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { AssetKind, ReuseKind } from '../../../generated/graphql';
import { toApiErrors } from '../../../core/graphql-errors';
import { notifyError } from '../../../ui/notify';
import { BriefcaseIcon, CopyIcon, DotsIcon, SendIcon } from '../../../ui/icons';
import { useScoringPolicy } from '../../credit/hooks/useScoringPolicy';
import { copyRich } from '../clipboard';
import { richCopyOf } from '../rich-copy';
import { useOpenDeals } from '../hooks/useOpenDeals';
import { useRecordReuse } from '../hooks/useRecordReuse';
import { useReuseTarget } from '../hooks/useReuseTarget';
import { DealPickerModal } from './DealPickerModal';
import { ShareLinkDialog } from '../../share/components/ShareLinkDialog';
import { useClientSafeKinds } from '../../share/hooks/useClientSafeKinds';

interface ReuseActionsProps {
  assetId: string;
  /** E.g. for drafts and archived assets. */
  disabled?: boolean;
  /** With the kind, a published asset of a client-safe kind is shared through a tracked link. */
  kind?: AssetKind;
  /**
   * `bar`: the phone's action bar, the three reuses as buttons and the rest in a "More" menu that also lists
   * `moreItems` (the page's own actions, as `Menu.Item`s).
   */
  layout?: 'inline' | 'bar';
  moreItems?: ReactNode;
  /**
   * For an asset with a deck or PDF that was read: the slides typed in its "Slides used" field, sent with each reuse;
   * the server's sentence about them goes to `onSlidesError` (null once a reuse is recorded).
   */
  slides?: { value: string; onError: (message: string | null) => void };
  /** Why it may not be shared with customers now (it waits for approval, say); sharing is off while set. */
  shareBlocked?: string | null;
}

/**
 * One click records a reuse and credits the asset's authors: Copy (copies the body), Share with customer and Used in
 * deal. A toast says what the authors got, or why they got nothing.
 */
export function ReuseActions({
  assetId,
  disabled = false,
  kind,
  layout = 'inline',
  moreItems,
  slides,
  shareBlocked = null,
}: ReuseActionsProps) {
  const target = useReuseTarget(assetId);
  const policy = useScoringPolicy();
  const { recordReuse, pendingKind } = useRecordReuse();
  const { deals, loaded: dealsLoaded } = useOpenDeals(disabled ? null : target.viewerId);
  const [dealPickerOpen, setDealPickerOpen] = useState(false);
  const [shareDialogOpen, setShareDialogOpen] = useState(false);
  const clientSafeKinds = useClientSafeKinds();
  const shareOff = shareBlocked !== null;
  const linkable = !disabled && !shareOff && kind !== undefined && (clientSafeKinds?.includes(kind) ?? false);

  const record = async (kind: ReuseKind, dealId?: string | null) => {
    try {
      const reuse = await recordReuse({ assetId, kind, dealId, slides: slides?.value });
      slides?.onError(null);
      // The server says why: own asset, a repeat, a cap, a closed deal.
      notifications.show({
        title: reuse.pointsAwarded > 0 ? `+${reuse.pointsAwarded} to the authors` : 'Recorded, no credit',
        message: reuse.explanation,
        color: reuse.pointsAwarded > 0 ? 'teal' : 'gray',
        autoClose: 5000,
      });
      return true;
    } catch (error) {
      const slidesError = slides ? toApiErrors(error).find((apiError) => apiError.field === 'slides') : undefined;
      if (slides && slidesError) {
        // Said under the field, where it can be fixed.
        slides.onError(slidesError.message);
        setDealPickerOpen(false);
      } else {
        notifyError(error, 'The reuse was not recorded');
      }
      return false;
    }
  };

  const copy = async () => {
    if (target.body === null) {
      return;
    }
    try {
      await copyRich(richCopyOf(target.body, window.location.origin));
    } catch {
      notifications.show({
        color: 'red',
        title: 'Could not copy',
        message: 'The browser did not allow copying to the clipboard. Nothing was recorded.',
      });
      return;
    }
    await record('COPY');
  };

  const usedInDeal = () => {
    if (deals.length > 0) {
      setDealPickerOpen(true);
    } else {
      void record('USED_IN_DEAL');
    }
  };

  const points = (kind: ReuseKind) => {
    const value = policy?.reuse[kind];
    return value ? ` (+${value} to its authors)` : '';
  };
  const busy = pendingKind !== null;

  const dialogs = (
    <>
      {shareDialogOpen && target.title !== null ? (
        <ShareLinkDialog
          assetId={assetId}
          assetTitle={target.title}
          deals={deals}
          onClose={() => setShareDialogOpen(false)}
        />
      ) : null}
      {dealPickerOpen ? (
        <DealPickerModal
          opened
          deals={deals}
          recording={pendingKind === 'USED_IN_DEAL'}
          onClose={() => setDealPickerOpen(false)}
          onConfirm={(dealId) =>
            void record('USED_IN_DEAL', dealId).then((recorded) => {
              if (recorded) {
                setDealPickerOpen(false);
              }
            })
          }
        />
      ) : null}
    </>
  );

  if (layout === 'bar') {
    const copyDisabled = disabled || target.body === null || (busy && pendingKind !== 'COPY');
    const selfReportDisabled = disabled || shareOff || (busy && pendingKind !== 'SHARE_WITH_CUSTOMER');
    return (
      <Group gap={6} wrap="nowrap" data-testid="reuse-actions">
        {/* Text only: three labelled buttons and the menu fit a 320 px screen. */}
        <Button
          variant="default"
          size="sm"
          px="xs"
          style={{ flex: '1 1 0' }}
          disabled={copyDisabled}
          loading={pendingKind === 'COPY'}
          onClick={() => void copy()}
        >
          Copy
        </Button>
        {/* With share links, a tracked link; without, the self-reported share. */}
        <Button
          variant="default"
          size="sm"
          px="xs"
          style={{ flex: '1 1 0' }}
          aria-label="Share with customer"
          {...(linkable
            ? { onClick: () => setShareDialogOpen(true), 'data-testid': 'share-with-customer' }
            : {
                disabled: selfReportDisabled,
                loading: pendingKind === 'SHARE_WITH_CUSTOMER',
                onClick: () => void record('SHARE_WITH_CUSTOMER'),
              })}
        >
          Share
        </Button>
        <Button
          variant="default"
          size="sm"
          px="xs"
          style={{ flex: '1.4 1 0' }}
          disabled={disabled || !dealsLoaded || (busy && pendingKind !== 'USED_IN_DEAL')}
          loading={pendingKind === 'USED_IN_DEAL' && !dealPickerOpen}
          onClick={usedInDeal}
        >
          Used in deal
        </Button>
        <Menu position="top-end" withinPortal shadow="md">
          <Menu.Target>
            <Button variant="default" size="sm" px={10} aria-label="More actions" data-testid="asset-more-actions">
              <DotsIcon size={18} />
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {linkable ? (
              <Menu.Item disabled={selfReportDisabled} onClick={() => void record('SHARE_WITH_CUSTOMER')}>
                I shared it another way
              </Menu.Item>
            ) : null}
            {moreItems}
          </Menu.Dropdown>
        </Menu>
        {dialogs}
      </Group>
    );
  }

  return (
    <Group gap="xs" wrap="wrap" data-testid="reuse-actions">
      <Tooltip label={`Copy the text, formatted, to your clipboard${points('COPY')}`} withArrow>
        <Button
          variant="default"
          leftSection={<CopyIcon />}
          disabled={disabled || target.body === null || (busy && pendingKind !== 'COPY')}
          loading={pendingKind === 'COPY'}
          onClick={() => void copy()}
        >
          Copy
        </Button>
      </Tooltip>
      {linkable ? (
        <Tooltip
          label={`A link for your buyer that shows you when they read it${points('SHARE_WITH_CUSTOMER')}`}
          withArrow
        >
          <Button
            variant="default"
            leftSection={<SendIcon />}
            onClick={() => setShareDialogOpen(true)}
            data-testid="share-with-customer"
          >
            Share with customer
          </Button>
        </Tooltip>
      ) : null}
      <Tooltip label={`Record that you sent it to a customer${points('SHARE_WITH_CUSTOMER')}`} withArrow>
        <Button
          variant={linkable ? 'subtle' : 'default'}
          leftSection={linkable ? undefined : <SendIcon />}
          disabled={disabled || shareOff || (busy && pendingKind !== 'SHARE_WITH_CUSTOMER')}
          loading={pendingKind === 'SHARE_WITH_CUSTOMER'}
          onClick={() => void record('SHARE_WITH_CUSTOMER')}
        >
          {linkable ? 'I shared it another way' : 'Share with customer'}
        </Button>
      </Tooltip>
      <Tooltip label={`Record that it helped in one of your deals${points('USED_IN_DEAL')}`} withArrow>
        <Button
          variant="default"
          leftSection={<BriefcaseIcon />}
          disabled={disabled || !dealsLoaded || (busy && pendingKind !== 'USED_IN_DEAL')}
          loading={pendingKind === 'USED_IN_DEAL' && !dealPickerOpen}
          onClick={usedInDeal}
        >
          Used in deal
        </Button>
      </Tooltip>
      {shareBlocked ? (
        <Text size="xs" c="dimmed" w="100%" data-testid="share-blocked">
          {shareBlocked}
        </Text>
      ) : null}
      {dialogs}
    </Group>
  );
}
