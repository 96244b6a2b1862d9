import { useQuery } from '@apollo/client/react';
import { DealAnalysesDocument } from '../../../generated/graphql';
import type { AnalysisFieldsFragment } from '../../../generated/graphql';

export type DealAnalysis = AnalysisFieldsFragment;

/** The win/loss analyses of a deal that the viewer may see, newest first. */
export function useDealAnalyses(dealId: string) {
  const { data, loading, error, refetch } = useQuery(DealAnalysesDocument, {
    variables: { id: dealId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    analyses: data?.deal?.analyses ?? [],
    loading: loading && data === undefined,
    error,
    refetch,
  };
}
