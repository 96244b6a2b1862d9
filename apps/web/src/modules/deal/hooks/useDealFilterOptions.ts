import { useQuery } from '@apollo/client/react';
import { DealFilterOptionsDocument } from '../../../generated/graphql';

export interface FilterOption {
  value: string;
  label: string;
}

// Deals without an industry or product are grouped as "(none)", which no filter can select.
const NO_VALUE = '(none)';

const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);

/** Choices for the pipeline's and the dashboard's filters. */
export function useDealFilterOptions() {
  const { data, loading, error } = useQuery(DealFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  // The filters match any case, so "Finance" and "finance" are one choice.
  const values = (rows: readonly { key: string }[] | undefined): FilterOption[] => {
    const seen = new Map<string, FilterOption>();
    for (const { key } of rows ?? []) {
      if (key !== NO_VALUE && !seen.has(key.toLowerCase())) {
        seen.set(key.toLowerCase(), { value: key, label: key });
      }
    }
    return [...seen.values()].sort(byLabel);
  };
  return {
    teams: (data?.teams ?? []).map((team) => ({ value: team.id, label: team.name })).sort(byLabel),
    industries: values(data?.industries),
    products: values(data?.products),
    owners: (data?.owners ?? [])
      .flatMap((row) => (row.groupId ? [{ value: row.groupId, label: row.key }] : []))
      .sort(byLabel),
    loading,
    error,
  };
}
