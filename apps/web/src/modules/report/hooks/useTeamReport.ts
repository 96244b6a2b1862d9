import { useQuery } from '@apollo/client/react';
import { TeamReportDocument } from '../../../generated/graphql';
import type { PeriodInput, TeamReportQuery } from '../../../generated/graphql';

export type TeamReport = TeamReportQuery['authorshipReport'];
export type TeamMemberReport = NonNullable<TeamReport['members']>[number];

export function useTeamReport(teamId: string | null, period: PeriodInput) {
  const { data, previousData, loading, error, refetch } = useQuery(TeamReportDocument, {
    variables: { teamId: teamId ?? '', period },
    skip: !teamId,
  });
  const report = (data ?? previousData)?.authorshipReport ?? null;
  return {
    // While another team loads, show nothing of the previous one.
    report: report && report.team?.id === teamId ? report : null,
    loading: loading && !data,
    error,
    refetch,
  };
}
