import { Alert, Center, Loader } from '@mantine/core';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { AttributionReviewList } from '../modules/similarity/components/AttributionReviewList';
import { useAttributionReviews } from '../modules/similarity/hooks/useAttributionReviews';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

const TITLE = 'Attribution reviews';
const DESCRIPTION =
  'Published assets that closely resemble older ones their authors did not adapt. Set the original when it is a copy, so its authors are credited, or say it is not one.';

function Reviews() {
  const { reviews, loading, error, refetch } = useAttributionReviews();
  if (loading) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <>
      {error ? <ErrorNotice error={error} title="Could not load the reviews" onRetry={() => void refetch()} /> : null}
      <AttributionReviewList reviews={reviews} />
    </>
  );
}

/** /attribution-reviews: enablement's queue of near-copies. */
export function AttributionReviewsPage({ viewer }: { viewer: Pick<Viewer, 'viewerCan'> }) {
  if (!viewer.viewerCan.reviewAttributions) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="gray" variant="light" title="Enablement and admins only" data-testid="reviews-not-allowed">
          Enablement reviews assets that look like copies of others. If you think one of yours was credited wrongly, ask
          someone in enablement.
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <Reviews />
    </>
  );
}
