import { Alert, Center, Loader } from '@mantine/core';
import type { Viewer } from '../modules/auth/hooks/useViewer';
import { ApprovalQueueList } from '../modules/approval/components/ApprovalQueueList';
import { useApprovalQueue } from '../modules/approval/hooks/useApprovalQueue';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeader } from '../ui/PageHeader';

const TITLE = 'Approvals';
const DESCRIPTION =
  'Client-facing assets waiting for approval before they can be shared with customers, the longest waiting first. Open one to approve it or say what to change.';

function Queue() {
  const { items, loading, error, refetch } = useApprovalQueue();
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
      <ApprovalQueueList items={items} />
    </>
  );
}

/** /approvals: enablement's queue of client-facing content to approve. */
export function ApprovalsPage({ viewer }: { viewer: Pick<Viewer, 'viewerCan'> }) {
  if (!viewer.viewerCan.decideApprovals) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="gray" variant="light" title="Enablement and admins only" data-testid="approvals-not-allowed">
          Enablement approves client-facing content before it reaches customers.
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
