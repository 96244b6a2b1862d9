import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { SimilarAssetsDocument } from '../../../generated/graphql';
import type { SimilarAssetFieldsFragment } from '../../../generated/graphql';

export type SimilarAsset = SimilarAssetFieldsFragment;

const POLL_MS = 3000;

/**
 * What the asset resembles, for its authors. While one of its files is being read it is asked again every few
 * seconds (a file's text is compared once it is read), and once more when the last one is done.
 */
export function useSimilarAssets(assetId: string, { enabled, reading }: { enabled: boolean; reading: boolean }) {
  const { data, error, refetch } = useQuery(SimilarAssetsDocument, {
    variables: { assetId },
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
    pollInterval: enabled && reading ? POLL_MS : 0,
  });
  const wasReading = useRef(reading);
  useEffect(() => {
    if (wasReading.current && !reading && enabled) {
      void refetch().catch(() => undefined);
    }
    wasReading.current = reading;
  }, [reading, enabled, refetch]);
  return { matches: data?.similarAssets ?? [], error };
}
