import { useMutation } from '@apollo/client/react';
import { CreateTeamDocument, TeamsDocument, UsersDocument } from '../../../generated/graphql';
import type { CreateTeamMutation } from '../../../generated/graphql';

export function useCreateTeam() {
  const [createTeamMutation, { loading, error, reset }] = useMutation(CreateTeamDocument, {
    refetchQueries: [TeamsDocument, UsersDocument],
    awaitRefetchQueries: true,
  });

  /** Resolves the new team, or null with the reason in `error`. */
  const createTeam = async (name: string, managerIds: string[]): Promise<CreateTeamMutation['createTeam'] | null> => {
    try {
      const { data } = await createTeamMutation({ variables: { name, managerIds } });
      return data?.createTeam ?? null;
    } catch {
      return null;
    }
  };

  return { createTeam, loading, error, reset };
}
