import { useQuery } from '@apollo/client/react';
import { hasErrorCode } from '../../../core/graphql-errors';
import { AssetDetailDocument } from '../../../generated/graphql';
import type { AssetDetailFieldsFragment } from '../../../generated/graphql';

export type AssetDetail = AssetDetailFieldsFragment;

interface UseAssetOptions {
  /** Wait for the server's answer instead of showing a cached copy first (the editor needs the newest version). */
  fresh?: boolean;
}

/** One asset for its page or the editor; `notFound` covers assets the viewer may not see, as the API does. */
export function useAsset(id: string | undefined, { fresh = false }: UseAssetOptions = {}) {
  const { data, loading, error, refetch } = useQuery(AssetDetailDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: fresh ? 'network-only' : 'cache-and-network',
  });
  return {
    asset: data?.asset ?? null,
    loading: loading && !data,
    notFound: hasErrorCode(error, 'NOT_FOUND'),
    error,
    refetch,
  };
}
