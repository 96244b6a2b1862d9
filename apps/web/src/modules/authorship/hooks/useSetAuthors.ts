import { useMutation } from '@apollo/client/react';
import { SetAuthorsDocument } from '../../../generated/graphql';
import type { AuthorshipInput } from '../../../generated/graphql';

/** Resolves once the server accepted the authors; rejects with the API error otherwise. */
export function useSetAuthors() {
  const [mutate, { loading }] = useMutation(SetAuthorsDocument);
  const setAuthors = async (assetId: string, authors: AuthorshipInput[]): Promise<void> => {
    await mutate({ variables: { assetId, authors } });
  };
  return { setAuthors, loading };
}
