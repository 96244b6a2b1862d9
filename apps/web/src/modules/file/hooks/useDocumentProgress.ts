import { useQuery } from '@apollo/client/react';
import { FileAssetProgressDocument } from '../../../generated/graphql';

const POLL_MS = 1000;

/**
 * While one of an asset's documents is being read, its progress is asked for every second; the answers land in the
 * cache, so the asset's page (and its proposed text, for a draft made from a file) follows. Stops once all are read.
 */
export function useDocumentProgress(assetId: string, reading: boolean) {
  useQuery(FileAssetProgressDocument, {
    variables: { id: assetId },
    skip: !reading,
    pollInterval: POLL_MS,
    fetchPolicy: 'network-only',
  });
}
