import { useMutation, useQuery } from '@apollo/client/react';
import { ReviewIntervalsDocument, SetReviewIntervalDocument } from '../../../generated/graphql';
import type { AssetKind } from '../../../generated/graphql';

/** The review interval of each asset kind. */
export function useReviewIntervals() {
  const { data, loading, error, refetch } = useQuery(ReviewIntervalsDocument);
  return { intervals: data?.reviewIntervals ?? [], loading: loading && !data, error, refetch };
}

/** Sets one kind's interval; the list is read again, and with it every due date the page shows. */
export function useSetReviewInterval() {
  const [mutate, { loading }] = useMutation(SetReviewIntervalDocument, {
    refetchQueries: [ReviewIntervalsDocument],
  });
  const save = async (kind: AssetKind, days: number) => {
    await mutate({ variables: { input: { kind, days } } });
  };
  return { save, loading };
}
