import { useQuery } from '@apollo/client/react';
import { ReuseTargetDocument } from '../../../generated/graphql';

/** The asset's body (to copy) and the viewer (whose open deals to offer); on the asset page both come from the cache. */
export function useReuseTarget(assetId: string) {
  const { data } = useQuery(ReuseTargetDocument, { variables: { assetId } });
  return {
    body: data?.asset?.body ?? null,
    title: data?.asset?.title ?? null,
    viewerId: data?.viewer?.id ?? null,
  };
}
