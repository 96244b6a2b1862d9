import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ScoringPolicyDocument } from '../../../generated/graphql';
import { parseScoringPolicy } from '../scoring-policy';

/** The scoring policy in force: how many points each reuse and endorsement is worth before caps. */
export function useScoringPolicy() {
  const { data } = useQuery(ScoringPolicyDocument);
  const json = data?.scoringPolicy;
  return useMemo(() => parseScoringPolicy(json), [json]);
}
