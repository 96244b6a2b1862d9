import { useQuery } from '@apollo/client/react';
import { hasErrorCode } from '../../../core/graphql-errors';
import { PersonReportDocument } from '../../../generated/graphql';
import type { PeriodInput, PersonReportQuery } from '../../../generated/graphql';

export type PersonReport = PersonReportQuery['authorshipReport'];

export function usePersonReport(userId: string | null, period: PeriodInput) {
  const { data, previousData, loading, error, refetch } = useQuery(PersonReportDocument, {
    variables: { userId: userId ?? '', period },
    skip: !userId,
  });
  const report = (data ?? previousData)?.authorshipReport ?? null;
  return {
    report: report && report.user?.id === userId ? report : null,
    loading: loading && !data,
    forbidden: hasErrorCode(error, 'FORBIDDEN'),
    error,
    refetch,
  };
}
