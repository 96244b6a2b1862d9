import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginDocument } from '../../../generated/graphql';

export function useLogin() {
  const client = useApolloClient();
  const [loginMutation, { loading, error, reset }] = useMutation(LoginDocument);

  /** Resolves true once the server has set the session's cookies; on failure the error is in `error`. */
  const login = async (email: string, password: string): Promise<boolean> => {
    try {
      const { data } = await loginMutation({ variables: { email, password } });
      if (!data) {
        return false;
      }
      // Nothing cached for a previous user may leak into this session.
      await client.clearStore();
      return true;
    } catch {
      return false;
    }
  };

  return { login, loading, error, reset };
}
