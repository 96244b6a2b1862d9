import { useMutation } from '@apollo/client/react';
import { UpdateAssetDocument } from '../../../generated/graphql';
import type { UpdateAssetInput } from '../../../generated/graphql';
import type { AssetDetail } from './useAsset';

/** Resolves the saved asset or rejects with the API error, so the editor can run steps in sequence. */
export function useUpdateAsset() {
  const [mutate, { loading }] = useMutation(UpdateAssetDocument);
  const updateAsset = async (id: string, input: UpdateAssetInput): Promise<AssetDetail> => {
    const { data } = await mutate({ variables: { id, input } });
    if (!data) {
      throw new Error('The server did not return the saved asset.');
    }
    return data.updateAsset;
  };
  return { updateAsset, loading };
}
