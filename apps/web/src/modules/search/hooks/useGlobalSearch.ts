import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { GlobalSearchDocument } from '../../../generated/graphql';
import type { GlobalSearchQuery } from '../../../generated/graphql';

export type GlobalSearchResults = GlobalSearchQuery['globalSearch'];

/** What the API accepts: longer text is refused, so it is not sent. */
export const MAX_SEARCH_LENGTH = 100;
const RESULTS_PER_KIND = 5;
const DEBOUNCE_MS = 200;

/**
 * The header search as the viewer types: asked for once typing pauses, the previous answer kept on screen while the
 * next one loads so the list does not flicker.
 */
export function useGlobalSearch(query: string) {
  const [text] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const tooLong = text.length > MAX_SEARCH_LENGTH;
  const { data, previousData, loading, error } = useQuery(GlobalSearchDocument, {
    variables: { query: text, first: RESULTS_PER_KIND },
    skip: !text || tooLong,
  });
  const settled = text === query.trim();
  const results = text && !tooLong ? (data ?? previousData)?.globalSearch : undefined;
  return {
    /** The text the results are for, once typing paused. */
    searchedFor: text,
    results,
    loading: Boolean(text) && (loading || !settled),
    tooLong,
    error: text ? error : undefined,
  };
}
