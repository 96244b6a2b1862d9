import { useMutation } from '@apollo/client/react';
import { DeriveAssetDocument } from '../../../generated/graphql';
import type { CreateAssetInput } from '../../../generated/graphql';
import type { AssetDetail } from './useAsset';

/** Resolves the saved asset or rejects with the API error, so the editor can run steps in sequence. */
export function useDeriveAsset() {
  const [mutate, { loading }] = useMutation(DeriveAssetDocument);
  const deriveAsset = async (fromId: string, input: CreateAssetInput): Promise<AssetDetail> => {
    const { data } = await mutate({ variables: { fromId, input } });
    if (!data) {
      throw new Error('The server did not return the adaptation.');
    }
    return data.deriveAsset;
  };
  return { deriveAsset, loading };
}
