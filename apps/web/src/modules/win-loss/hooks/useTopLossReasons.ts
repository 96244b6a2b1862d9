import { useQuery } from '@apollo/client/react';
import { TopLossReasonsDocument } from '../../../generated/graphql';
import type { DealFilter } from '../../../generated/graphql';

export const TOP_LOSS_REASONS = 10;

/** The reasons most cited by analyses of lost deals, most cited first. */
export function useTopLossReasons(filter: DealFilter) {
  const { data, previousData, loading, error, refetch } = useQuery(TopLossReasonsDocument, {
    variables: { filter, first: TOP_LOSS_REASONS },
    fetchPolicy: 'cache-and-network',
  });
  return {
    reasons: (data ?? previousData)?.topLossReasons ?? [],
    loading: loading && data === undefined && previousData === undefined,
    error,
    refetch,
  };
}
