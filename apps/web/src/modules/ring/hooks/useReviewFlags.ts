import { useQuery } from '@apollo/client/react';
import { ReviewFlagsDocument } from '../../../generated/graphql';
import type { PeriodKind, ReviewFlagsQuery } from '../../../generated/graphql';

export type CreditRingRow = ReviewFlagsQuery['creditRings'][number];
export type CreditSpikeRow = ReviewFlagsQuery['creditSpikes'][number];

/** Credit rings and credit spikes in the current period of a kind, for an admin's review. */
export function useReviewFlags(kind: PeriodKind) {
  const { data, previousData, loading, error, refetch } = useQuery(ReviewFlagsDocument, {
    variables: { period: { kind } },
  });
  const flags = data ?? previousData;
  return { rings: flags?.creditRings ?? [], spikes: flags?.creditSpikes ?? [], loading, error, refetch };
}
