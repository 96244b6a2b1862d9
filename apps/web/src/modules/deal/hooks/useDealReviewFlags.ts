import { useQuery } from '@apollo/client/react';
import { DealReviewFlagsDocument } from '../../../generated/graphql';

/** Deals whose outcome moved more than once or that re-opened, for admins to review. */
export function useDealReviewFlags() {
  const { data, loading, error, refetch } = useQuery(DealReviewFlagsDocument, { fetchPolicy: 'cache-and-network' });
  return { flags: data?.dealReviewFlags ?? [], loading: loading && !data, error, refetch };
}
