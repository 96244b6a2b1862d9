import { useQuery } from '@apollo/client/react';
import { ContentInfluenceDocument } from '../../../generated/graphql';
import type { ContentInfluenceQuery, DealFilter } from '../../../generated/graphql';

export type ContentInfluenceRow = ContentInfluenceQuery['contentInfluence'][number];

import { MIN_CLOSED_DEALS } from '../win-loss-sample';

// Below MIN_CLOSED_DEALS an asset gets no win rate (the API's rule; asked for explicitly so the UI says it).
export { MIN_CLOSED_DEALS };
export const INFLUENCE_ROWS = 20;

/** Assets used in closed deals: how those deals went against comparable deals that did not use them. */
export function useContentInfluence(filter: DealFilter) {
  const { data, previousData, loading, error, refetch } = useQuery(ContentInfluenceDocument, {
    variables: { filter, minClosedDeals: MIN_CLOSED_DEALS, first: INFLUENCE_ROWS },
    fetchPolicy: 'cache-and-network',
  });
  return {
    rows: (data ?? previousData)?.contentInfluence ?? [],
    loading: loading && data === undefined && previousData === undefined,
    error,
    refetch,
  };
}
