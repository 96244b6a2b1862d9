import { useQuery } from '@apollo/client/react';
import { TagSuggestionsDocument } from '../../../generated/graphql';

/** Free tags already in use, most used first. */
export function useTagSuggestions(search: string) {
  const { data, previousData, loading } = useQuery(TagSuggestionsDocument, {
    variables: { search: search || null },
  });
  return { suggestions: (data ?? previousData)?.tagSuggestions ?? [], loading };
}
