import { useMutation } from '@apollo/client/react';
import { CreateUserDocument, TeamsDocument, UsersDocument } from '../../../generated/graphql';
import type { CreateUserMutation, CreateUserMutationVariables } from '../../../generated/graphql';

export type NewUser = CreateUserMutation['createUser'];

export function useCreateUser() {
  const [createUserMutation, { loading, error, reset }] = useMutation(CreateUserDocument, {
    // Team member counts change with a new member.
    refetchQueries: [UsersDocument, TeamsDocument],
    awaitRefetchQueries: true,
  });

  /** Resolves the new user, or null with the reason in `error`. */
  const createUser = async (variables: CreateUserMutationVariables): Promise<NewUser | null> => {
    try {
      const { data } = await createUserMutation({ variables });
      return data?.createUser ?? null;
    } catch {
      return null;
    }
  };

  return { createUser, loading, error, reset };
}
