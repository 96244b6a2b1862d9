import { useQuery } from '@apollo/client/react';
import { EmbedDealDocument } from '../../../generated/graphql';
import type { EmbedDealQuery } from '../../../generated/graphql';

export type EmbedDeal = NonNullable<EmbedDealQuery['deal']>;

/** The panel's deal with the content already used in it. */
export function useEmbedDeal(dealId: string) {
  const { data, loading, error, refetch } = useQuery(EmbedDealDocument, {
    variables: { id: dealId },
    fetchPolicy: 'cache-and-network',
  });
  return { deal: data?.deal ?? null, loading: loading && data === undefined, error, refetch };
}
