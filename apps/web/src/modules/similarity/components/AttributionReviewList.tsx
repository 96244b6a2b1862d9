import { Anchor, Badge, Button, Card, Group, Progress, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { notifyError } from '../../../ui/notify';
import type { AttributionReview } from '../hooks/useAttributionReviews';
import { useResolveAttributionReview } from '../hooks/useAttributionReviews';
import { authorNames, percentSame } from '../similarity-text';

type ReviewAsset = AttributionReview['asset'];

const STATUS_LABELS: Record<string, { label: string; color: string }> = {
  OPEN: { label: 'Open', color: 'yellow' },
  LINEAGE_SET: { label: 'Adaptation set', color: 'teal' },
  NOT_A_COPY: { label: 'Not a copy', color: 'gray' },
};

interface AssetLineProps {
  label: string;
  asset: ReviewAsset;
  extra?: string | null;
  testId: string;
}

function AssetLine({ label, asset, extra, testId }: AssetLineProps) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Anchor component={Link} to={`/assets/${asset.id}`} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {asset.title}
      </Anchor>
      <Text size="xs" c="dimmed">
        by {authorNames(asset.authors)}
        {extra ? ` · ${extra}` : ''}
      </Text>
    </Stack>
  );
}

/** "78% the same" with a small bar, for reading down the list. */
function SimilarityBar({ similarity }: { similarity: number }) {
  const percent = percentSame(similarity);
  return (
    <Stack gap={4} maw={220}>
      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {percent} the same
      </Text>
      <Progress value={Math.round(similarity * 100)} size="sm" color="yellow.7" aria-label={`${percent} the same`} />
    </Stack>
  );
}

/** What was decided: the origin that was set, or not a copy, and when. */
function Outcome({ review }: { review: AttributionReview }) {
  const when = review.resolvedAt ? ` on ${formatDate(review.resolvedAt)}` : '';
  if (review.status === 'LINEAGE_SET') {
    const origin = review.matches.find((match) => match.asset.id === review.derivedFromId)?.asset;
    return (
      <Text size="sm" data-testid="review-outcome">
        Set as an adaptation of{' '}
        {origin ? (
          <Anchor component={Link} to={`/assets/${origin.id}`} inherit fw={600}>
            {origin.title}
          </Anchor>
        ) : (
          'its original'
        )}
        {when}; its authors are credited.
      </Text>
    );
  }
  return (
    <Text size="sm" data-testid="review-outcome">
      Resolved as not a copy{when}.
    </Text>
  );
}

function ReviewActions({ review, onResolved }: { review: AttributionReview; onResolved: (id: string) => void }) {
  const resolve = useResolveAttributionReview();
  const [originId, setOriginId] = useState(review.matchedAsset?.id ?? review.matches[0]?.asset.id ?? null);
  const [busy, setBusy] = useState(false);
  const origin = review.matches.find((match) => match.asset.id === originId)?.asset ?? null;
  const run = (derivedFromId: string | null) => {
    setBusy(true);
    onResolved(review.id);
    void resolve(review.id, derivedFromId)
      .catch((error: unknown) => notifyError(error, 'Could not resolve the review'))
      .finally(() => setBusy(false));
  };

  return (
    <Stack gap="sm">
      {review.matches.length > 1 ? (
        <Radio.Group
          label="Which one is its original?"
          value={originId}
          onChange={setOriginId}
          size="sm"
          data-testid="review-origin-choice"
        >
          <Stack gap={6} mt={6}>
            {review.matches.map((match) => (
              <Radio
                key={match.asset.id}
                value={match.asset.id}
                label={`${match.asset.title} (${percentSame(match.similarity)})`}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : null}
      <Group gap="xs" wrap="wrap">
        {origin ? (
          <Button
            size="sm"
            disabled={busy}
            onClick={() => run(origin.id)}
            // Titles are long: the label wraps instead of widening the page.
            styles={{ root: { height: 'auto', minHeight: 36, paddingBlock: 6 }, label: { whiteSpace: 'normal' } }}
          >
            Set as adaptation of “{origin.title}”
          </Button>
        ) : null}
        <Button size="sm" variant="default" disabled={busy} onClick={() => run(null)}>
          Not a copy
        </Button>
      </Group>
    </Stack>
  );
}

function ReviewCard({ review, onResolved }: { review: AttributionReview; onResolved: (id: string) => void }) {
  const status = STATUS_LABELS[review.status] ?? { label: review.status, color: 'gray' };
  const best = review.matches.find((match) => match.asset.id === review.matchedAsset?.id) ?? review.matches[0];
  return (
    <Card component="li" withBorder data-testid="attribution-review" data-status={review.status}>
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Badge color={status.color} variant="light" radius="sm">
            {status.label}
          </Badge>
          <Text size="xs" c="dimmed">
            Opened {formatDate(review.createdAt)}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="sm">
          <AssetLine label="Asset" asset={review.asset} testId="review-asset" />
          {best ? (
            <AssetLine
              label="Looks like"
              asset={best.asset}
              testId="review-match"
              extra={best.partial && best.slidesLabel ? best.slidesLabel : null}
            />
          ) : (
            <Text size="sm" c="dimmed">
              The asset it resembled is gone.
            </Text>
          )}
          <SimilarityBar similarity={review.similarity} />
        </SimpleGrid>
        {review.matches.length > 1 ? (
          <Text size="xs" c="dimmed">
            It resembles {review.matches.length} assets; the most similar is shown.
          </Text>
        ) : null}
        {review.status === 'OPEN' ? (
          <ReviewActions review={review} onResolved={onResolved} />
        ) : (
          <Outcome review={review} />
        )}
      </Stack>
    </Card>
  );
}

interface ReviewCardsProps {
  reviews: readonly AttributionReview[];
  label: string;
  onResolved: (id: string) => void;
}

function ReviewCards({ reviews, label, onResolved }: ReviewCardsProps) {
  return (
    <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {reviews.map((review) => (
        <ReviewCard key={review.id} review={review} onResolved={onResolved} />
      ))}
    </Stack>
  );
}

/**
 * The near-copies waiting for enablement, oldest first, then the latest resolved. A review resolved here stays in
 * its place, showing its outcome, until the list is loaded again.
 */
export function AttributionReviewList({ reviews }: { reviews: readonly AttributionReview[] }) {
  // A review resolved here stays with the waiting ones, showing its outcome, so the row does not jump away.
  const [resolvedHere, setResolvedHere] = useState<ReadonlySet<string>>(new Set());
  const onResolved = (id: string) => setResolvedHere((ids) => new Set([...ids, id]));
  const stays = (review: AttributionReview) => review.status === 'OPEN' || resolvedHere.has(review.id);
  const waiting = reviews.filter(stays);
  const resolved = reviews.filter((review) => !stays(review));
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="reviews-waiting-heading">
        <Group gap="xs">
          <Title order={2} fz="lg" id="reviews-waiting-heading">
            Waiting for review
          </Title>
          <Badge variant="light" color="gray" radius="sm" data-testid="reviews-waiting-count">
            {reviews.filter((review) => review.status === 'OPEN').length}
          </Badge>
        </Group>
        {waiting.every((review) => review.status !== 'OPEN') ? (
          <Card data-testid="attribution-reviews-empty">
            <Text size="sm" c="dimmed" ta="center" py="md">
              No near-copies waiting for review.
            </Text>
          </Card>
        ) : null}
        {waiting.length ? <ReviewCards reviews={waiting} label="Waiting for review" onResolved={onResolved} /> : null}
      </Stack>
      {resolved.length ? (
        <Stack gap="sm" component="section" aria-labelledby="reviews-resolved-heading">
          <Title order={2} fz="lg" id="reviews-resolved-heading">
            Recently resolved
          </Title>
          <ReviewCards reviews={resolved} label="Recently resolved" onResolved={onResolved} />
        </Stack>
      ) : null}
    </Stack>
  );
}
