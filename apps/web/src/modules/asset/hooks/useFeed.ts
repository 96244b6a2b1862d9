import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { FeedDocument } from '../../../generated/graphql';

export const FEED_PAGE_SIZE = 20;

export function useFeed() {
  const { data, loading, error, fetchMore, refetch, networkStatus } = useQuery(FeedDocument, {
    variables: { first: FEED_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.feed;

  const loadMore = async (): Promise<void> => {
    if (!connection?.pageInfo.hasNextPage) {
      return;
    }
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        feed: { ...fetchMoreResult.feed, edges: [...previous.feed.edges, ...fetchMoreResult.feed.edges] },
      }),
    });
  };

  return {
    assets: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loading: loading && !connection,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
  };
}
