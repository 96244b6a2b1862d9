import { useQuery } from '@apollo/client/react';
import { AuthConfigDocument } from '../../../generated/graphql';

/** How this installation lets people sign in (password, single sign-on or both); readable before signing in. */
export function useAuthConfig() {
  const { data, loading, error, refetch } = useQuery(AuthConfigDocument);
  return { config: data?.authConfig ?? null, loading, error, refetch };
}
