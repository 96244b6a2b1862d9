import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  AssetEndorsementsRefreshDocument,
  EndorseAssetDocument,
  WithdrawEndorsementDocument,
} from '../../../generated/graphql';
import type { EndorsementKind } from '../../../generated/graphql';

/** Endorse an asset and withdraw an endorsement; the cached asset's endorsements and stats follow both. */
export function useEndorse(assetId: string) {
  const client = useApolloClient();
  const [endorseMutation, { loading: endorsing }] = useMutation(EndorseAssetDocument);
  const [withdrawMutation, { loading: withdrawing }] = useMutation(WithdrawEndorsementDocument);

  const endorse = async (kind: EndorsementKind, comment: string | null) => {
    const { data } = await endorseMutation({ variables: { assetId, kind, comment } });
    if (!data) {
      throw new Error('The server did not confirm the endorsement.');
    }
    return data.endorseAsset;
  };

  const withdraw = async (endorsementId: string) => {
    await withdrawMutation({ variables: { id: endorsementId } });
    // The mutation answers only true: read the asset's endorsements and stats as they now are.
    await client.query({
      query: AssetEndorsementsRefreshDocument,
      variables: { assetId },
      fetchPolicy: 'network-only',
    });
    client.cache.evict({ id: client.cache.identify({ __typename: 'Endorsement', id: endorsementId }) });
    client.cache.gc();
  };

  return { endorse, withdraw, busy: endorsing || withdrawing };
}
