import { useMutation } from '@apollo/client/react';
import { AssetDetailDocument, DeleteAttachmentDocument } from '../../../generated/graphql';

/** Resolves once the attachment is gone and the asset page refreshed; rejects with the API error otherwise. */
export function useDeleteAttachment() {
  const [mutate, { loading }] = useMutation(DeleteAttachmentDocument, {
    refetchQueries: [AssetDetailDocument],
    awaitRefetchQueries: true,
  });
  const deleteAttachment = async (id: string): Promise<void> => {
    await mutate({ variables: { id } });
  };
  return { deleteAttachment, loading };
}
