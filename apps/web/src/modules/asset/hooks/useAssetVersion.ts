import { useQuery } from '@apollo/client/react';
import { AssetVersionDocument } from '../../../generated/graphql';
import type { AssetVersionQuery } from '../../../generated/graphql';

export type AssetVersionDetail = AssetVersionQuery['assetVersion'];

/** One immutable version of an asset; nothing is fetched until a version is chosen. */
export function useAssetVersion(assetId: string, version: number | null) {
  const { data, loading, error, refetch } = useQuery(AssetVersionDocument, {
    variables: { assetId, version: version ?? 0 },
    skip: version === null,
  });
  return { assetVersion: data?.assetVersion ?? null, loading, error, refetch };
}
