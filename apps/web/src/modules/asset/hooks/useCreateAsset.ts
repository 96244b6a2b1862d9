import { useMutation } from '@apollo/client/react';
import { CreateAssetDocument } from '../../../generated/graphql';
import type { CreateAssetInput } from '../../../generated/graphql';
import type { AssetDetail } from './useAsset';

/** Resolves the saved asset or rejects with the API error, so the editor can run steps in sequence. */
export function useCreateAsset() {
  const [mutate, { loading }] = useMutation(CreateAssetDocument);
  const createAsset = async (input: CreateAssetInput): Promise<AssetDetail> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) {
      throw new Error('The server did not return the new asset.');
    }
    return data.createAsset;
  };
  return { createAsset, loading };
}
