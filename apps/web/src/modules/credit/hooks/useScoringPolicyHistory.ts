import { useQuery } from '@apollo/client/react';
import { ScoringPolicyHistoryDocument } from '../../../generated/graphql';

/** Every version of the scoring policy, newest first (admins only). */
export function useScoringPolicyHistory() {
  const { data, loading, error, refetch } = useQuery(ScoringPolicyHistoryDocument);
  return { versions: data?.scoringPolicyHistory ?? [], loading, error, refetch };
}
