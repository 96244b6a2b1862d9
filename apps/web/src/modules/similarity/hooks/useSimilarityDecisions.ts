import { useMutation } from '@apollo/client/react';
import { AdaptFromSimilarDocument, DeclineSimilarDocument, SimilarAssetsDocument } from '../../../generated/graphql';

/** "Make it an adaptation" and "It's not a copy": each resolves once the asset's matches are asked again. */
export function useSimilarityDecisions(assetId: string) {
  const refetchQueries = [{ query: SimilarAssetsDocument, variables: { assetId } }];
  const [adapt, adapting] = useMutation(AdaptFromSimilarDocument, { refetchQueries, awaitRefetchQueries: true });
  const [decline, declining] = useMutation(DeclineSimilarDocument, { refetchQueries, awaitRefetchQueries: true });
  return {
    makeAdaptation: async (derivedFromId: string) => {
      await adapt({ variables: { assetId, derivedFromId } });
    },
    notACopy: async (similarAssetId: string) => {
      await decline({ variables: { assetId, similarAssetId } });
    },
    busy: adapting.loading || declining.loading,
  };
}
