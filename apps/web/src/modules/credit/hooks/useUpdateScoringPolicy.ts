import { useMutation } from '@apollo/client/react';
import {
  ScoringPolicyDocument,
  ScoringPolicyHistoryDocument,
  UpdateScoringPolicyDocument,
} from '../../../generated/graphql';

export function useUpdateScoringPolicy() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateScoringPolicyDocument, {
    refetchQueries: [ScoringPolicyDocument, ScoringPolicyHistoryDocument],
    awaitRefetchQueries: true,
  });

  /** Publishes the values as the next version; resolves true, or false with the reason in `error`. */
  const publish = async (policy: Record<string, unknown>): Promise<boolean> => {
    try {
      await mutate({ variables: { policy: JSON.stringify(policy) } });
      return true;
    } catch {
      return false;
    }
  };

  return { publish, loading, error, reset };
}
