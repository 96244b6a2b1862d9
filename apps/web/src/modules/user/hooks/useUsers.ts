import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { UsersDocument } from '../../../generated/graphql';
import type { UsersQuery } from '../../../generated/graphql';

export type UserRow = UsersQuery['users']['edges'][number]['node'];

export const USERS_PAGE_SIZE = 25;

export function useUsers(search: string) {
  const { data, previousData, loading, error, fetchMore, refetch, networkStatus } = useQuery(UsersDocument, {
    variables: { search: search || null, first: USERS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous rows on screen while a new search loads.
  const connection = (data ?? previousData)?.users;

  const loadMore = async (): Promise<void> => {
    if (!connection?.pageInfo.hasNextPage) {
      return;
    }
    await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

  return {
    users: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loading,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
  };
}
