import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CreditStatementDocument } from '../../../generated/graphql';
import type { CreditEntryFieldsFragment, PeriodInput } from '../../../generated/graphql';

export type CreditEntryRow = CreditEntryFieldsFragment;

export const STATEMENT_PAGE_SIZE = 25;

/** A person's credit statement for a period, newest first, a page at a time. */
export function useCreditStatement(userId: string, period: PeriodInput) {
  const { data, previousData, loading, error, fetchMore, refetch, networkStatus } = useQuery(CreditStatementDocument, {
    variables: { userId, period, first: STATEMENT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous period's rows on screen while the next one loads.
  const connection = (data ?? previousData)?.creditEntries;

  const loadMore = async (): Promise<void> => {
    if (!connection?.pageInfo.hasNextPage) {
      return;
    }
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      // Pages are appended to the first page's list: the statement is one growing table.
      updateQuery: (previous, { fetchMoreResult }) => ({
        creditEntries: {
          ...fetchMoreResult.creditEntries,
          edges: [...previous.creditEntries.edges, ...fetchMoreResult.creditEntries.edges],
        },
      }),
    });
  };

  return {
    entries: connection?.edges.map((edge) => edge.node) ?? [],
    sum: connection?.sum ?? null,
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loading: loading && !connection,
    refreshing: networkStatus === NetworkStatus.setVariables || networkStatus === NetworkStatus.refetch,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
  };
}
