import type { PeriodChoice } from '../credit/credit-period';

/** The reports page's person and team (the period has its own parameters). */
export function readReportParams(params: URLSearchParams) {
  return { personId: params.get('person'), teamParam: params.get('team') };
}

/** The print page's address for what the reports page shows. */
export function reportPrintPath(
  target: { teamId?: string | null; userId?: string | null },
  period: PeriodChoice,
): string {
  const params = new URLSearchParams();
  // With both, the print page shows the person; the team brings "Back to reports" to the right team.
  if (target.teamId) {
    params.set('team', target.teamId);
  }
  if (target.userId) {
    params.set('person', target.userId);
  }
  params.set('period', period.kind);
  if (period.at) {
    params.set('at', period.at);
  }
  return `/reports/print?${params.toString()}`;
}

/** The server's PDF of a person's report for the period on screen. */
export function reportPdfHref(userId: string, period: { kind: string; at?: string | null }): string {
  const params = new URLSearchParams({ kind: period.kind });
  if (period.at) {
    params.set('at', period.at);
  }
  return `/reports/person/${encodeURIComponent(userId)}.pdf?${params.toString()}`;
}
