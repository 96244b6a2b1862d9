import { useMutation } from '@apollo/client/react';
import { AcceptCoauthorshipDocument, DeclineCoauthorshipDocument } from '../../../generated/graphql';

/** Accept or decline being named on an asset; the asset page is read again afterwards (shares may have moved). */
export function useCoauthorshipAnswer() {
  const refetch = { refetchQueries: ['AssetDetail'], awaitRefetchQueries: true };
  const [accept, { loading: accepting }] = useMutation(AcceptCoauthorshipDocument, refetch);
  const [decline, { loading: declining }] = useMutation(DeclineCoauthorshipDocument, refetch);
  return {
    accept: async (assetId: string) => void (await accept({ variables: { assetId } })),
    decline: async (assetId: string) => void (await decline({ variables: { assetId } })),
    busy: accepting || declining,
  };
}
