import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DealsDocument } from '../../../generated/graphql';
import type { DealFilter, DealOutcome, DealsQuery } from '../../../generated/graphql';

export type DealRow = DealsQuery['deals']['edges'][number]['node'];

export const DEALS_PAGE_SIZE = 25;

interface UseDealsOptions {
  filter: DealFilter;
  outcome: DealOutcome | null;
  pageSize?: number;
  skip?: boolean;
}

/** A page of the pipeline, newest activity first, with "Load more". */
export function useDeals({ filter, outcome, pageSize = DEALS_PAGE_SIZE, skip = false }: UseDealsOptions) {
  const { data, previousData, loading, error, fetchMore, refetch, networkStatus } = useQuery(DealsDocument, {
    variables: { filter, outcome, first: pageSize },
    // Imports and the CRM webhook change deals behind our back: show the cached page, then refresh it.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
    skip,
  });
  const connection = (data ?? previousData)?.deals;

  const loadMore = async (): Promise<void> => {
    if (!connection?.pageInfo.hasNextPage) {
      return;
    }
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        deals: { ...fetchMoreResult.deals, edges: [...previous.deals.edges, ...fetchMoreResult.deals.edges] },
      }),
    });
  };

  return {
    deals: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    // Results of the previous filters, still on screen while the new ones load.
    stale: data === undefined && previousData !== undefined,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
  };
}
