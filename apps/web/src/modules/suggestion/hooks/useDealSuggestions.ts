import { useQuery } from '@apollo/client/react';
import { DealSuggestionsDocument } from '../../../generated/graphql';
import type { DealSuggestionsQuery } from '../../../generated/graphql';

export type DealSuggestion = DealSuggestionsQuery['dealSuggestions'][number];

/** Assets suggested for a deal, best fit first. */
export function useDealSuggestions(dealId: string, first: number) {
  const { data, loading, error, refetch } = useQuery(DealSuggestionsDocument, {
    variables: { dealId, first },
    // Scores move with reuse and won deals: show the cached list, then refresh it.
    fetchPolicy: 'cache-and-network',
  });
  return {
    suggestions: data?.dealSuggestions ?? [],
    loading: loading && data === undefined,
    error,
    refetch,
  };
}
