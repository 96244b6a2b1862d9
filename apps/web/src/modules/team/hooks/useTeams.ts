import { useQuery } from '@apollo/client/react';
import { TeamsDocument } from '../../../generated/graphql';
import type { TeamsQuery } from '../../../generated/graphql';

export type TeamRow = TeamsQuery['teams'][number];

export function useTeams() {
  const { data, loading, error, refetch } = useQuery(TeamsDocument);
  return { teams: data?.teams ?? [], loading, error, refetch };
}
