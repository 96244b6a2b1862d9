import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddCommentDocument,
  AssetCommentsDocument,
  EditCommentDocument,
  ResolveCommentDocument,
} from '../../../generated/graphql';
import type { CommentFieldsFragment } from '../../../generated/graphql';

export type CommentItem = CommentFieldsFragment;

/** The asset's comments and what can be done with them; every change reads the thread again. */
export function useComments(assetId: string) {
  const { data, loading, error, refetch } = useQuery(AssetCommentsDocument, { variables: { assetId } });
  const refetchQueries = [{ query: AssetCommentsDocument, variables: { assetId } }];
  const [addMutation, { loading: adding }] = useMutation(AddCommentDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [editMutation, { loading: editing }] = useMutation(EditCommentDocument);
  const [resolveMutation, { loading: resolving }] = useMutation(ResolveCommentDocument);

  const add = async (body: string, parentId: string | null = null) => {
    const { data: added } = await addMutation({ variables: { assetId, body, parentId } });
    if (!added) throw new Error('The server did not confirm the comment.');
    return added.addComment;
  };
  const edit = async (id: string, body: string) => {
    const { data: edited } = await editMutation({ variables: { id, body } });
    if (!edited) throw new Error('The server did not confirm the edit.');
    return edited.editComment;
  };
  const resolve = async (id: string, resolved: boolean) => {
    await resolveMutation({ variables: { id, resolved } });
  };

  return {
    comments: data?.asset?.comments ?? [],
    count: data?.asset?.commentCount ?? 0,
    loading,
    error,
    refetch,
    add,
    edit,
    resolve,
    busy: adding || editing || resolving,
  };
}
