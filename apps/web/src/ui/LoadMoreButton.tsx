import { Button } from '@mantine/core';
import { notifyError } from './notify';

interface LoadMoreButtonProps {
  loading: boolean;
  onLoadMore: () => Promise<void>;
  /** The toast's title when the next page does not load, e.g. "Could not load more deals". */
  failureTitle: string;
}

/** Loads the next page of a list; a failure is a toast, and what is on screen stays. */
export function LoadMoreButton({ loading, onLoadMore, failureTitle }: LoadMoreButtonProps) {
  return (
    <Button
      variant="default"
      loading={loading}
      onClick={() => {
        onLoadMore().catch((loadError: unknown) => notifyError(loadError, failureTitle));
      }}
    >
      Load more
    </Button>
  );
}
