import { useQuery } from '@apollo/client/react';
import { ApprovalQueueDocument } from '../../../generated/graphql';
import type { ApprovalQueueQuery } from '../../../generated/graphql';

export type ApprovalQueueItem = ApprovalQueueQuery['approvalQueue'][number];

export function useApprovalQueue() {
  const { data, loading, error, refetch } = useQuery(ApprovalQueueDocument, { fetchPolicy: 'cache-and-network' });
  return { items: data?.approvalQueue ?? [], loading: loading && !data, error, refetch };
}
