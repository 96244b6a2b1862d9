import { useQuery } from '@apollo/client/react';
import { hasErrorCode } from '../../../core/graphql-errors';
import { CreditPersonDocument } from '../../../generated/graphql';

export function useCreditPerson(id: string, skip: boolean) {
  const { data, loading, error } = useQuery(CreditPersonDocument, { variables: { id }, skip });
  return {
    person: data?.user ?? null,
    loading: loading && !data,
    notFound: (!loading && !skip && data !== undefined && data.user === null) || hasErrorCode(error, 'NOT_FOUND'),
    error,
  };
}
