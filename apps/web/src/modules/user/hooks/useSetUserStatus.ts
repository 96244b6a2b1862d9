import { useMutation } from '@apollo/client/react';
import { SetUserStatusDocument, TeamsDocument, UsersDocument } from '../../../generated/graphql';
import type { UserStatus } from '../../../generated/graphql';

export function useSetUserStatus() {
  const [setUserStatusMutation, { loading }] = useMutation(SetUserStatusDocument, {
    refetchQueries: [UsersDocument, TeamsDocument],
  });

  /** Resolves once the server accepted the change; rejects with the API error otherwise. */
  const setUserStatus = async (userId: string, status: UserStatus): Promise<void> => {
    await setUserStatusMutation({ variables: { userId, status } });
  };

  return { setUserStatus, loading };
}
