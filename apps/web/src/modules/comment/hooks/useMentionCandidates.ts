import { useQuery } from '@apollo/client/react';
import { MentionCandidatesDocument } from '../../../generated/graphql';
import type { MentionCandidatesQuery } from '../../../generated/graphql';

export type MentionCandidate = MentionCandidatesQuery['users']['edges'][number]['node'];

/** Active people with a login matching `search`, to mention; nothing is asked while `search` is null. */
export function useMentionCandidates(search: string | null) {
  const { data, previousData, loading } = useQuery(MentionCandidatesDocument, {
    variables: { search: search || null, first: 8 },
    skip: search === null,
    // Not cached: the `users` field in the cache holds the paginated people table.
    fetchPolicy: 'no-cache',
  });
  const edges = (data ?? previousData)?.users.edges ?? [];
  return {
    candidates: edges.map((e) => e.node).filter((p) => p.email && p.status === 'ACTIVE'),
    loading,
  };
}
