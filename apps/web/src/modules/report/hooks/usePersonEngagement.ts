import { useQuery } from '@apollo/client/react';
import { PersonEngagementDocument } from '../../../generated/graphql';
import type { PeriodInput } from '../../../generated/graphql';
import { engagementCounts } from '../engagement';

export function usePersonEngagement(userId: string, period: PeriodInput) {
  const { data, previousData, loading, error, refetch } = useQuery(PersonEngagementDocument, {
    variables: { userId, period },
  });
  const report = (data ?? previousData)?.authorshipReport;
  return {
    engagement: report ? engagementCounts(report.engagement) : null,
    loading: loading && !report,
    error,
    refetch,
  };
}
