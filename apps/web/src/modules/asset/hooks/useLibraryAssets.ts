import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { LibraryAssetsDocument } from '../../../generated/graphql';
import type { LibraryAssetsQuery } from '../../../generated/graphql';
import { effectiveSort, toAssetFilter } from '../library-params';
import type { LibraryParams } from '../library-params';

export type AssetCardData = LibraryAssetsQuery['assets']['edges'][number]['node'];
export type LibraryFacets = NonNullable<LibraryAssetsQuery['assets']['facets']>;

export const LIBRARY_PAGE_SIZE = 20;

export function useLibraryAssets(params: LibraryParams) {
  const { data, previousData, loading, error, fetchMore, refetch, networkStatus } = useQuery(LibraryAssetsDocument, {
    variables: {
      search: params.search || null,
      filter: toAssetFilter(params),
      sort: effectiveSort(params),
      first: LIBRARY_PAGE_SIZE,
      withFacets: true,
      // In a search, each card says where in its files the words are.
      fileQuery: params.search.trim(),
      withFileMatches: params.search.trim() !== '',
    },
    // Assets are published and edited elsewhere all the time: show the cached page at once, then refresh it.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous results on screen while a new search loads.
  const connection = (data ?? previousData)?.assets;
  // The same array while the results are the same, so that a deferred list re-renders only for new results.
  const edges = connection?.edges;
  const assets = useMemo(() => edges?.map((edge) => edge.node) ?? [], [edges]);

  const loadMore = async (): Promise<void> => {
    if (!connection?.pageInfo.hasNextPage) {
      return;
    }
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor, withFacets: false },
      updateQuery: (previous, { fetchMoreResult }) => ({
        assets: {
          ...fetchMoreResult.assets,
          facets: previous.assets.facets,
          edges: [...previous.assets.edges, ...fetchMoreResult.assets.edges],
        },
      }),
    });
  };

  return {
    assets,
    facets: connection?.facets ?? null,
    totalCount: connection?.totalCount ?? 0,
    // More match a search than the server counts: the total (and the facet counts) are at least what they say.
    totalIsEstimate: connection?.totalIsEstimate ?? false,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    // The first load of a new search, not a background refresh of results already shown.
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    stale: data === undefined && previousData !== undefined,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
  };
}
