import { useQuery } from '@apollo/client/react';
import { WinLossReasonsDocument } from '../../../generated/graphql';

/** The reasons an analysis can cite, in list order. */
export function useWinLossReasons(skip = false) {
  const { data, loading, error } = useQuery(WinLossReasonsDocument, { skip });
  return { reasons: data?.winLossReasons ?? [], loading, error };
}
