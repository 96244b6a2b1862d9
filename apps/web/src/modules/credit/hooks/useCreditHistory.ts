import { useQuery } from '@apollo/client/react';
import { CreditHistoryDocument } from '../../../generated/graphql';

export function useCreditHistory(userId: string) {
  const { data, loading, error, refetch } = useQuery(CreditHistoryDocument, { variables: { userId } });
  return { points: data?.creditHistory ?? [], loading: loading && !data, error, refetch };
}
