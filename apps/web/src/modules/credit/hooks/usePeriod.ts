import { useQuery } from '@apollo/client/react';
import { ResolvePeriodDocument } from '../../../generated/graphql';
import type { PeriodInput } from '../../../generated/graphql';

/** A period's bounds, label and whether it is closed. */
export function usePeriod(period: PeriodInput) {
  const { data, previousData } = useQuery(ResolvePeriodDocument, { variables: { period } });
  return (data ?? previousData)?.period ?? null;
}
