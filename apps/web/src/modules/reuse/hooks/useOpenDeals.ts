import { useQuery } from '@apollo/client/react';
import { OpenDealsDocument } from '../../../generated/graphql';
import type { OpenDealsQuery } from '../../../generated/graphql';

export type OpenDeal = OpenDealsQuery['deals']['edges'][number]['node'];

/** The viewer's open deals, to say which one an asset was used in. */
export function useOpenDeals(ownerId: string | null) {
  const { data, loading, error } = useQuery(OpenDealsDocument, {
    variables: { ownerId: ownerId ?? '' },
    skip: !ownerId,
  });
  // Without the list (an error) the reuse is simply recorded without a deal.
  return {
    deals: data?.deals.edges.map((edge) => edge.node) ?? [],
    loaded: data !== undefined || error !== undefined,
    loading,
  };
}
