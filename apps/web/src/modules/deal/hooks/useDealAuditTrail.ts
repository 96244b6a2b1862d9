import { useQuery } from '@apollo/client/react';
import { DealAuditTrailDocument } from '../../../generated/graphql';

/** Every change of a deal's outcome, amount and dates; admins only, so only asked for by an admin. */
export function useDealAuditTrail(dealId: string) {
  const { data, loading, error, refetch } = useQuery(DealAuditTrailDocument, {
    variables: { id: dealId },
    fetchPolicy: 'cache-and-network',
  });
  return { entries: data?.deal?.auditTrail ?? [], loading: loading && !data, error, refetch };
}
