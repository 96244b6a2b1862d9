import { Alert, Center, Loader } from '@mantine/core';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { ReviewQueueList } from '../modules/verification/components/ReviewQueueList';
import { useReviewQueue } from '../modules/verification/hooks/useVerification';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

const TITLE = 'Review queue';
const DESCRIPTION =
  'Published assets whose review is overdue, riskiest first: those used in open deals, then the most reused. Verify what is still right; archive what nobody uses any more.';

function Queue() {
  const { items, loading, error, refetch } = useReviewQueue();
  if (loading) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <>
      {error ? <ErrorNotice error={error} title="Could not load the queue" onRetry={() => void refetch()} /> : null}
      <ReviewQueueList items={items} onChanged={() => void refetch()} />
    </>
  );
}

/** /review-queue: enablement's queue of assets due for verification. */
export function ReviewQueuePage({ viewer }: { viewer: Pick<Viewer, 'viewerCan'> }) {
  if (!viewer.viewerCan.reviewContent) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="gray" variant="light" title="Enablement and admins only" data-testid="review-queue-not-allowed">
          Enablement keeps content fresh. The assets you verify are marked on their pages.
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <Queue />
    </>
  );
}
