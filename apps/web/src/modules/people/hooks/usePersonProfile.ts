import { useQuery } from '@apollo/client/react';
import { hasErrorCode } from '../../../core/graphql-errors';
import { PersonProfileDocument } from '../../../generated/graphql';
import type { PersonProfileQuery } from '../../../generated/graphql';

export type PersonProfile = PersonProfileQuery['personProfile'];

/** One person's profile for their page; an unknown id answers NOT_FOUND. */
export function usePersonProfile(userId: string | undefined) {
  const { data, loading, error, refetch } = useQuery(PersonProfileDocument, {
    variables: { userId: userId ?? '' },
    skip: !userId,
    fetchPolicy: 'cache-and-network',
  });
  return {
    profile: data?.personProfile ?? null,
    loading: loading && !data,
    notFound: hasErrorCode(error, 'NOT_FOUND'),
    error,
    refetch,
  };
}
