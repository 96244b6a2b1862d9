import { useQuery } from '@apollo/client/react';
import { TaxonomyTermsDocument } from '../../../generated/graphql';
import type { TaxonomyKind } from '../../../generated/graphql';

/** The vocabulary of one kind matching `search`, for pickers. */
export function useTaxonomyTerms(kind: TaxonomyKind, search: string) {
  const { data, previousData, loading, error, refetch } = useQuery(TaxonomyTermsDocument, {
    variables: { kind, search: search || null },
  });
  return { terms: (data ?? previousData)?.taxonomy ?? [], loading, error, refetch };
}
