import { useMutation, useQuery } from '@apollo/client/react';
import {
  EmbedCreateShareLinkDocument,
  EmbedRevokeShareLinkDocument,
  EmbedShareLinksDocument,
} from '../../../generated/graphql';
import type { AssetKind, EmbedCreateShareLinkMutation, EmbedShareLinksQuery } from '../../../generated/graphql';
import { newClientEventId } from '../../reuse/client-event-id';

export type DealShareLink = EmbedShareLinksQuery['shareLinks'][number];
export type CreatedShareLink = EmbedCreateShareLinkMutation['createShareLink'];

/** The deal's share links (with their buyers' engagement), and creating and revoking them. */
export function useDealShareLinks(dealId: string) {
  const { data, loading, error, refetch } = useQuery(EmbedShareLinksDocument, {
    variables: { dealId },
    fetchPolicy: 'cache-and-network',
  });
  const [create, creating] = useMutation(EmbedCreateShareLinkDocument);
  const [revoke, revoking] = useMutation(EmbedRevokeShareLinkDocument);
  const clientSafeKinds: readonly AssetKind[] = data?.clientSafeKinds ?? [];

  const createShareLink = async (assetId: string): Promise<CreatedShareLink> => {
    const { data: created } = await create({
      variables: { input: { assetId, dealId, clientEventId: newClientEventId() } },
    });
    if (!created) {
      throw new Error('The server did not confirm the link.');
    }
    await refetch();
    return created.createShareLink;
  };

  const revokeShareLink = async (id: string): Promise<void> => {
    await revoke({ variables: { id } });
  };

  return {
    links: data?.shareLinks ?? [],
    clientSafeKinds,
    loading: loading && data === undefined,
    error,
    refetch,
    createShareLink,
    creating: creating.loading,
    revokeShareLink,
    revoking: revoking.loading,
  };
}
