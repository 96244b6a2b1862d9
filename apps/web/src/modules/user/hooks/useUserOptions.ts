import { useQuery } from '@apollo/client/react';
import { UserOptionsDocument } from '../../../generated/graphql';

const OPTIONS_LIMIT = 20;

/** A short list of users matching `search`, for pickers. */
export function useUserOptions(search: string) {
  const { data, previousData, loading, error } = useQuery(UserOptionsDocument, {
    variables: { search: search || null, first: OPTIONS_LIMIT },
    // Not cached: the `users` field in the cache holds the paginated admin table.
    fetchPolicy: 'no-cache',
  });
  const edges = (data ?? previousData)?.users.edges ?? [];
  return { options: edges.map((edge) => edge.node), loading, error };
}
