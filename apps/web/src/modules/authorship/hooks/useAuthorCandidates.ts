import { useQuery } from '@apollo/client/react';
import { AuthorCandidatesDocument } from '../../../generated/graphql';
import type { AuthorCandidatesQuery } from '../../../generated/graphql';

export type AuthorCandidate = AuthorCandidatesQuery['users']['edges'][number]['node'];

const CANDIDATES_LIMIT = 20;

/** People matching `search`, to add as authors. */
export function useAuthorCandidates(search: string) {
  const { data, previousData, loading, error } = useQuery(AuthorCandidatesDocument, {
    variables: { search: search || null, first: CANDIDATES_LIMIT },
    // Not cached: the `users` field in the cache holds the paginated admin table.
    fetchPolicy: 'no-cache',
  });
  const edges = (data ?? previousData)?.users.edges ?? [];
  return { candidates: edges.map((edge) => edge.node), loading, error };
}
