import { Alert, Anchor, Box, Button, Card, Grid, Group, Menu, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useDeferredValue, useState } from 'react';
import { CommentsSection } from '../modules/comment/components/CommentsSection';
import { AttachmentsSection } from '../modules/attachment/components/AttachmentsSection';
import { DocumentsSection } from '../modules/file/components/DocumentsSection';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { AuthorsList } from '../modules/authorship/components/AuthorsList';
import { CoauthorshipNotice } from '../modules/authorship/components/CoauthorshipNotice';
import { ApprovalPanel } from '../modules/approval/components/ApprovalPanel';
import { shareBlockedReason } from '../modules/approval/approval-labels';
import { visibilityHint } from '../modules/asset/asset-labels';
import { AssetActions } from '../modules/asset/components/AssetActions';
import { EndorseButtons } from '../modules/endorsement/components/EndorseButtons';
import { AssetStatsCard } from '../modules/reuse/components/AssetStatsCard';
import { ReuseActions } from '../modules/reuse/components/ReuseActions';
import { SlidesUsedField } from '../modules/reuse/components/SlidesUsedField';
import { useRecordView } from '../modules/reuse/hooks/useRecordView';
import { BuyerEngagementPanel } from '../modules/share/components/BuyerEngagementPanel';
import { AssetKindBadge, AssetStatusBadge, VisibilityBadge } from '../modules/asset/components/AssetBadges';
import { AssetVerificationPanel } from '../modules/verification/components/AssetVerificationPanel';
import { OutOfDateBadge } from '../modules/verification/components/OutOfDateBadge';
import { AncestryBreadcrumbs, DerivedAssetsSection } from '../modules/asset/components/AssetLineage';
import { AssetTopics } from '../modules/asset/components/AssetTopics';
import { AssetVersionsSection } from '../modules/asset/components/AssetVersionsSection';
import { MarkdownBody } from '../modules/asset/components/MarkdownBody';
import { useAsset } from '../modules/asset/hooks/useAsset';
import type { AssetDetail } from '../modules/asset/hooks/useAsset';
import { FollowButton } from '../modules/follow/components/FollowButton';
import { SimilarityPrompt } from '../modules/similarity/components/SimilarityPrompt';
import { TemplateChangeBanner } from '../modules/template/components/TemplateChangeBanner';
import { downloadAssetDocx } from '../modules/template/template-export';
import { BranchIcon, DownloadIcon, PrinterIcon } from '../ui/icons';
import { notifyError } from '../ui/notify';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDate, formatDateTime } from '../ui/format';
import { usePhoneLayout } from '../ui/usePhoneLayout';

// The phone's action bar: its buttons and paddings, and the room the page leaves for it below its content.
const ACTION_BAR_HEIGHT = 56;

/** Shown for assets that do not exist and for those the viewer may not see: the API does not tell them apart. */
export function AssetNotFound() {
  return (
    <Card maw={560} data-testid="asset-not-found">
      <Stack gap="sm" align="flex-start">
        <Title order={1} fz="xl">
          Asset not found
        </Title>
        <Text c="dimmed" size="sm">
          This asset does not exist, or it is shared only with people you are not among (a team you are not in, or its
          authors). If someone sent you the link, ask them to share it with the whole organisation.
        </Text>
        <Button component={Link} to="/library" variant="light">
          Back to the library
        </Button>
      </Stack>
    </Card>
  );
}

function StatusNotice({ asset }: { asset: AssetDetail }) {
  if (asset.status === 'DRAFT') {
    return (
      <Alert color="yellow" variant="light" title="Draft" data-testid="draft-notice">
        Only its authors can see it until it is published. Once published:{' '}
        {visibilityHint(asset.visibility, asset.team?.name ?? null).toLowerCase()}
      </Alert>
    );
  }
  if (asset.status === 'ARCHIVED') {
    return (
      <Alert color="gray" variant="light" title="Archived">
        It no longer shows in search and feeds. It stays readable, and its authors keep their credit.
      </Alert>
    );
  }
  return null;
}

function AssetPageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <Skeleton h={20} w={180} />
      <Skeleton h={34} w="60%" />
      <Skeleton h={16} w="40%" />
      <Skeleton h={320} mt="md" />
    </Stack>
  );
}

interface AssetPageProps {
  viewer: Viewer;
}

export function AssetPage({ viewer }: AssetPageProps) {
  const { id } = useParams<{ id: string }>();
  const { asset: current, loading, notFound, error, refetch } = useAsset(id);
  // The page (the Markdown body and every panel) is drawn in an interruptible render, not in one long task when the
  // asset arrives.
  const asset = useDeferredValue(current);
  useRecordView(current?.id, current?.status === 'PUBLISHED');
  const phone = usePhoneLayout();
  // Slides typed for the next reuse, and the server's sentence about them.
  const [slides, setSlides] = useState('');
  const [slidesError, setSlidesError] = useState<string | null>(null);

  if (notFound) {
    return <AssetNotFound />;
  }
  if (!asset) {
    return loading || current ? (
      <AssetPageSkeleton />
    ) : (
      <ErrorNotice error={error} title="Could not load this asset" onRetry={() => void refetch()} />
    );
  }

  const meta = [
    asset.team?.name,
    asset.publishedAt ? `Published ${formatDate(asset.publishedAt)}` : `Created ${formatDate(asset.createdAt)}`,
    `Version ${asset.version}`,
  ].filter(Boolean);

  const downloadDocx = () =>
    void downloadAssetDocx(asset).catch((e: unknown) => notifyError(e, 'Could not download the DOCX'));
  // A template reaches buyers as a personalised copy, never through a link of its own.
  const reuseKind = asset.isTemplate ? undefined : asset.kind;
  // A reuse may name the slides of a deck (or the pages of a PDF) once it was read.
  const deck = asset.attachments.find(
    (attachment) =>
      attachment.extraction?.status === 'DONE' &&
      (attachment.extraction.kind === 'PPTX' || attachment.extraction.kind === 'PDF'),
  );
  const deckLabel = deck?.extraction?.pageLabel ?? (deck?.extraction?.kind === 'PDF' ? 'page' : 'slide');
  const slidesInput = deck ? { value: slides, onError: setSlidesError } : undefined;
  const mine = asset.authors.find((a) => a.user.id === viewer.id) ?? null;
  const shareBlocked = shareBlockedReason(asset.approval);
  const slidesField =
    deck && asset.status === 'PUBLISHED' ? (
      <SlidesUsedField
        value={slides}
        onChange={(value) => {
          setSlides(value);
          setSlidesError(null);
        }}
        error={slidesError}
        pageLabel={deckLabel}
      />
    ) : null;

  return (
    <Stack
      gap="lg"
      // Room below the content, so the fixed bar never hides its end.
      style={phone ? { paddingBottom: `calc(${ACTION_BAR_HEIGHT}px + env(safe-area-inset-bottom))` } : undefined}
    >
      <Stack gap="sm" component="header">
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to="/library" size="sm" c="dimmed">
            Library
          </Anchor>
          <Text size="sm" c="dimmed" aria-hidden>
            /
          </Text>
          <AssetKindBadge kind={asset.kind} />
          <AssetStatusBadge status={asset.status} />
          <VisibilityBadge visibility={asset.visibility} />
          <OutOfDateBadge outOfDate={asset.outOfDate} />
        </Group>
        <AncestryBreadcrumbs ancestry={asset.ancestry} />
        <Title order={1} fz={phone ? 24 : 30} lh={1.2} maw={900} data-testid="asset-title">
          {asset.title}
        </Title>
        {asset.summary ? (
          <Text size={phone ? 'md' : 'lg'} c="dark.3" maw={820}>
            {asset.summary}
          </Text>
        ) : null}
        <Group justify="space-between" align="center" gap="md" wrap="wrap">
          <Text size="sm" c="dimmed" title={`Last changed ${formatDateTime(asset.updatedAt)}`}>
            {meta.join(' · ')}
          </Text>
          <Group gap="xs" wrap="wrap">
            {asset.isTemplate && asset.status === 'PUBLISHED' ? (
              <Button component={Link} to={`/assets/${asset.id}/personalise`} data-testid="personalise-button">
                Personalise for a deal
              </Button>
            ) : null}
            {phone ? null : (
              <>
                <Button
                  variant="default"
                  leftSection={<DownloadIcon />}
                  data-testid="download-docx"
                  onClick={downloadDocx}
                >
                  Download DOCX
                </Button>
                <Button
                  variant="default"
                  leftSection={<PrinterIcon />}
                  component={Link}
                  to={`/assets/${asset.id}/print`}
                  target="_blank"
                >
                  Print / PDF
                </Button>
              </>
            )}
            <AssetActions asset={asset} />
          </Group>
        </Group>
      </Stack>

      <StatusNotice asset={asset} />
      {mine?.consent === 'PENDING' ? (
        <CoauthorshipNotice
          assetId={asset.id}
          share={mine.share}
          pending
          mayDecline={asset.viewerCan.declineCoauthorship}
        />
      ) : null}
      <SimilarityPrompt asset={asset} viewerId={viewer.id} />
      {asset.templateChange ? <TemplateChangeBanner change={asset.templateChange} /> : null}
      {error ? <ErrorNotice error={error} title="Could not refresh this asset" onRetry={() => void refetch()} /> : null}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Card padding={phone ? 'md' : 'xl'}>
              <MarkdownBody>{asset.body}</MarkdownBody>
            </Card>
            <DocumentsSection assetId={asset.id} attachments={asset.attachments} />
            <AttachmentsSection assetId={asset.id} attachments={asset.attachments} canEdit={asset.viewerCan.edit} />
            {asset.status === 'DRAFT' ? null : <BuyerEngagementPanel assetId={asset.id} />}
            <DerivedAssetsSection derivedAssets={asset.derivedAssets} />
            <AssetVersionsSection assetId={asset.id} currentVersion={asset.version} versions={asset.versions} />
            <CommentsSection assetId={asset.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Card component="section" aria-labelledby="reuse-heading" data-testid="asset-reuse">
              <Stack gap="md">
                <Title order={2} fz="md" id="reuse-heading">
                  Reuse it
                </Title>
                {slidesField}
                {phone ? (
                  <Text size="sm" c="dimmed">
                    Copy, share or record it in a deal from the bar at the bottom of the screen.
                  </Text>
                ) : (
                  <ReuseActions
                    assetId={asset.id}
                    disabled={asset.status !== 'PUBLISHED'}
                    kind={reuseKind}
                    slides={slidesInput}
                    shareBlocked={shareBlocked}
                  />
                )}
                <EndorseButtons
                  assetId={asset.id}
                  endorsements={asset.endorsements}
                  viewerId={viewer.id}
                  mayEndorse={asset.viewerCan.endorse}
                  mayVerify={viewer.viewerCan.verifyAssets}
                />
                <Text size="xs" c="dimmed">
                  Each reuse credits the authors; Byline records it once, however often you click.
                </Text>
              </Stack>
            </Card>
            <AssetVerificationPanel assetId={asset.id} mayChangeVerifier={viewer.viewerCan.reviewContent} />
            <ApprovalPanel assetId={asset.id} approval={asset.approval} />
            <AssetStatsCard stats={asset.stats} pageLabel={deckLabel} />
            <Card component="section" aria-labelledby="authors-heading" data-testid="asset-authors">
              <Stack gap="md">
                <Title order={2} fz="md" id="authors-heading">
                  Authors
                </Title>
                <AuthorsList
                  authors={asset.authors}
                  declined={asset.declinedAuthors}
                  renderAction={(author) =>
                    author.user.id === viewer.id ? null : (
                      <FollowButton kind="USER" target={author.user.id} label={author.user.name} />
                    )
                  }
                />
                <Text size="xs" c="dimmed">
                  Credit for each reuse is split between the authors by these shares.
                </Text>
                {mine && mine.consent !== 'PENDING' && asset.viewerCan.declineCoauthorship ? (
                  <CoauthorshipNotice assetId={asset.id} share={mine.share} pending={false} mayDecline />
                ) : null}
              </Stack>
            </Card>
            <Card component="section" aria-labelledby="topics-heading">
              <Stack gap="md">
                <Title order={2} fz="md" id="topics-heading">
                  Topics
                </Title>
                <AssetTopics
                  industries={asset.industries}
                  buyerRoles={asset.buyerRoles}
                  journeyPhases={asset.journeyPhases}
                  products={asset.products}
                  tags={asset.tags}
                />
              </Stack>
            </Card>
            <Card component="section" aria-labelledby="visibility-heading">
              <Stack gap={6}>
                <Title order={2} fz="md" id="visibility-heading">
                  Who can see it
                </Title>
                <Text size="sm" c="dimmed">
                  {asset.status === 'DRAFT'
                    ? 'Only its authors, while it is a draft.'
                    : visibilityHint(asset.visibility, asset.team?.name ?? null)}
                </Text>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      {phone ? (
        <Box
          component="section"
          aria-label="Reuse actions"
          data-testid="asset-action-bar"
          pos="fixed"
          left={0}
          right={0}
          bottom={0}
          px="sm"
          pt={8}
          bg="var(--mantine-color-body)"
          style={{
            // Under the app's header and navigation (z-index 100), above the page.
            zIndex: 99,
            paddingBottom: 'calc(8px + env(safe-area-inset-bottom))',
            borderTop: '1px solid var(--mantine-color-gray-3)',
            boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.06)',
          }}
        >
          <ReuseActions
            assetId={asset.id}
            disabled={asset.status !== 'PUBLISHED'}
            kind={reuseKind}
            layout="bar"
            slides={slidesInput}
            shareBlocked={shareBlocked}
            moreItems={
              <>
                {asset.viewerCan.adapt ? (
                  <Menu.Item component={Link} to={`/assets/${asset.id}/adapt`} leftSection={<BranchIcon />}>
                    Adapt
                  </Menu.Item>
                ) : null}
                <Menu.Item leftSection={<DownloadIcon />} data-testid="download-docx" onClick={downloadDocx}>
                  Download DOCX
                </Menu.Item>
                <Menu.Item
                  component={Link}
                  to={`/assets/${asset.id}/print`}
                  target="_blank"
                  leftSection={<PrinterIcon />}
                >
                  Print / PDF
                </Menu.Item>
              </>
            }
          />
        </Box>
      ) : null}
    </Stack>
  );
}
