import { useMutation } from '@apollo/client/react';
import { ApproveAssetDocument, RejectAssetDocument } from '../../../generated/graphql';

/** Approve or reject an asset's current content; the queue is read again afterwards. */
export function useApprovalDecision() {
  const refetch = { refetchQueries: ['ApprovalQueue'] };
  const [approve, { loading: approving }] = useMutation(ApproveAssetDocument, refetch);
  const [reject, { loading: rejecting }] = useMutation(RejectAssetDocument, refetch);
  return {
    approve: async (id: string, version: number, note: string | null) =>
      void (await approve({ variables: { id, version, note } })),
    reject: async (id: string, version: number, reason: string) =>
      void (await reject({ variables: { id, version, reason } })),
    busy: approving || rejecting,
  };
}
