import { useMutation, useQuery } from '@apollo/client/react';
import { AttributionReviewsDocument, ResolveAttributionReviewDocument } from '../../../generated/graphql';
import type { AttributionReviewFieldsFragment } from '../../../generated/graphql';

export type AttributionReview = AttributionReviewFieldsFragment;

/** Enablement's queue of near-copies, open ones first. */
export function useAttributionReviews() {
  const { data, loading, error, refetch } = useQuery(AttributionReviewsDocument, {
    variables: { first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  return { reviews: data?.attributionReviews ?? [], loading: loading && !data, error, refetch };
}

/** Resolves a review: `derivedFromId` sets the asset's origin, null says it is not a copy. The row follows from the cache. */
export function useResolveAttributionReview() {
  const [mutate] = useMutation(ResolveAttributionReviewDocument);
  return async (id: string, derivedFromId: string | null) => {
    await mutate({ variables: { id, derivedFromId } });
  };
}
