import { useMutation } from '@apollo/client/react';
import { AddTaxonomyTermDocument, TaxonomyTermsDocument } from '../../../generated/graphql';
import type { TaxonomyKind } from '../../../generated/graphql';

/** Adds a term to a vocabulary (enablement and admins only); resolves its canonical spelling. */
export function useAddTaxonomyTerm() {
  const [mutate, { loading }] = useMutation(AddTaxonomyTermDocument, { refetchQueries: [TaxonomyTermsDocument] });
  const addTerm = async (kind: TaxonomyKind, value: string): Promise<string> => {
    const { data } = await mutate({ variables: { kind, value } });
    if (!data) {
      throw new Error('The server did not return the new term.');
    }
    return data.addTaxonomyTerm.value;
  };
  return { addTerm, loading };
}
