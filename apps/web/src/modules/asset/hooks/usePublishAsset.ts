import { useMutation } from '@apollo/client/react';
import { PublishAssetDocument } from '../../../generated/graphql';
import type { AssetDetail } from './useAsset';

/** Resolves the saved asset or rejects with the API error, so the editor can run steps in sequence. */
export function usePublishAsset() {
  const [mutate, { loading }] = useMutation(PublishAssetDocument);
  const publishAsset = async (id: string): Promise<AssetDetail> => {
    const { data } = await mutate({ variables: { id } });
    if (!data) {
      throw new Error('The server did not return the published asset.');
    }
    return data.publishAsset;
  };
  return { publishAsset, loading };
}
