import { useFragment, useQuery } from '@apollo/client/react';
import { ReuseAssetAuthorsFragmentDoc, ReuseTargetDocument } from '../../../generated/graphql';

/** The asset's body (to copy) and whether the viewer authors it; on the asset page both come from the cache. */
export function useReuseTarget(assetId: string) {
  const { data } = useQuery(ReuseTargetDocument, { variables: { assetId } });
  const authors = useFragment({
    fragment: ReuseAssetAuthorsFragmentDoc,
    from: { __typename: 'Asset', id: assetId },
  });
  const viewerId = data?.viewer?.id ?? null;
  const authorIds = authors.complete ? authors.data.authors.map((author) => author.user.id) : null;
  return {
    body: data?.asset?.body ?? null,
    title: data?.asset?.title ?? null,
    viewerId,
    isAuthor: viewerId && authorIds ? authorIds.includes(viewerId) : null,
  };
}
