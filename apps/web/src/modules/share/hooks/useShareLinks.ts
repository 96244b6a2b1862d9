import { useQuery } from '@apollo/client/react';
import { ShareLinksDocument } from '../../../generated/graphql';
import type { ShareLinkFieldsFragment } from '../../../generated/graphql';

export type ShareLink = ShareLinkFieldsFragment;
export type ShareSession = ShareLink['sessions'][number];

/** The share links of an asset or a deal that the viewer may see (the API decides which). */
export function useShareLinks(filter: { assetId?: string; dealId?: string }) {
  const { data, loading, error, refetch } = useQuery(ShareLinksDocument, {
    variables: { assetId: filter.assetId ?? null, dealId: filter.dealId ?? null },
    fetchPolicy: 'cache-and-network',
  });
  return { links: data?.shareLinks ?? null, loading, error, refetch };
}
