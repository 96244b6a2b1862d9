import { useMutation } from '@apollo/client/react';
import { ArchiveAssetDocument } from '../../../generated/graphql';
import type { AssetDetail } from './useAsset';

/** Resolves the saved asset or rejects with the API error, so the editor can run steps in sequence. */
export function useArchiveAsset() {
  const [mutate, { loading }] = useMutation(ArchiveAssetDocument);
  const archiveAsset = async (id: string): Promise<AssetDetail> => {
    const { data } = await mutate({ variables: { id } });
    if (!data) {
      throw new Error('The server did not return the archived asset.');
    }
    return data.archiveAsset;
  };
  return { archiveAsset, loading };
}
