import { useQuery } from '@apollo/client/react';
import { DealDocument } from '../../../generated/graphql';
import type { DealDetailFieldsFragment } from '../../../generated/graphql';

export type DealDetail = DealDetailFieldsFragment;

/** One deal for its page; the API answers null for an id that names no deal. */
export function useDeal(id: string | undefined) {
  const { data, loading, error, refetch } = useQuery(DealDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  return {
    deal: data?.deal ?? null,
    loading: loading && !data,
    notFound: data !== undefined && data.deal === null,
    error,
    refetch,
  };
}
