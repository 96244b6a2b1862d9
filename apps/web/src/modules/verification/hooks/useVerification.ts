import { useMutation, useQuery } from '@apollo/client/react';
import {
  AssetVerificationDocument,
  ReviewQueueDocument,
  SetAssetVerifierDocument,
  VerifyAssetDocument,
} from '../../../generated/graphql';
import type { AssetVerificationFieldsFragment, ReviewQueueQuery } from '../../../generated/graphql';

export type AssetVerification = AssetVerificationFieldsFragment;
export type ReviewQueueItem = ReviewQueueQuery['reviewQueue'][number];

/** The verification of one asset: verifier, last verification, due date. */
export function useAssetVerification(id: string) {
  const { data, loading, error } = useQuery(AssetVerificationDocument, { variables: { id } });
  return { verification: data?.asset ?? null, loading: loading && !data, error };
}

/** Enablement's review queue, riskiest first. */
export function useReviewQueue() {
  const { data, loading, error, refetch } = useQuery(ReviewQueueDocument, { fetchPolicy: 'cache-and-network' });
  return { items: data?.reviewQueue ?? [], loading: loading && !data, error, refetch };
}

/** Verifies an asset; the review queue is read again, since a verified asset leaves it. */
export function useVerifyAsset() {
  const [mutate, { loading }] = useMutation(VerifyAssetDocument, { refetchQueries: [ReviewQueueDocument] });
  const verify = async (id: string) => {
    await mutate({ variables: { id } });
  };
  return { verify, loading };
}

/** Names the person who verifies an asset (enablement and admins); the review queue shows verifiers, so it is read again. */
export function useSetAssetVerifier() {
  const [mutate, { loading }] = useMutation(SetAssetVerifierDocument, { refetchQueries: [ReviewQueueDocument] });
  const setVerifier = async (assetId: string, userId: string) => {
    await mutate({ variables: { assetId, userId } });
  };
  return { setVerifier, loading };
}
