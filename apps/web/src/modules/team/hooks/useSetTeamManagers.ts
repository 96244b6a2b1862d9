import { useMutation } from '@apollo/client/react';
import { SetTeamManagersDocument, TeamsDocument, UsersDocument } from '../../../generated/graphql';

export function useSetTeamManagers() {
  const [setTeamManagersMutation, { loading, error, reset }] = useMutation(SetTeamManagersDocument, {
    refetchQueries: [TeamsDocument, UsersDocument],
    awaitRefetchQueries: true,
  });

  /** Resolves true once saved; on failure the reason is in `error`. */
  const setTeamManagers = async (teamId: string, userIds: string[]): Promise<boolean> => {
    try {
      const { data } = await setTeamManagersMutation({ variables: { teamId, userIds } });
      return data !== undefined;
    } catch {
      return false;
    }
  };

  return { setTeamManagers, loading, error, reset };
}
