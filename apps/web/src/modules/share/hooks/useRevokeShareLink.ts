import { useMutation } from '@apollo/client/react';
import { RevokeShareLinkDocument } from '../../../generated/graphql';

export function useRevokeShareLink() {
  const [mutate, { loading }] = useMutation(RevokeShareLinkDocument);
  const revokeShareLink = async (id: string) => {
    await mutate({ variables: { id } });
  };
  return { revokeShareLink, revoking: loading };
}
