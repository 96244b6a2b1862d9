import { useQuery } from '@apollo/client/react';
import { ExpertsDocument } from '../../../generated/graphql';
import type { ExpertsQuery } from '../../../generated/graphql';

export type Expert = ExpertsQuery['experts'][number];

export const TOPIC_MAX_LENGTH = 100;

/** Who to ask about `topic` (nothing is asked until there is one). */
export function useExperts(topic: string, first = 5) {
  const trimmed = topic.trim();
  const { data, previousData, loading, error } = useQuery(ExpertsDocument, {
    variables: { topic: trimmed, first },
    skip: !trimmed,
  });
  return {
    experts: trimmed ? ((data ?? previousData)?.experts ?? null) : null,
    loading,
    error,
  };
}
