import type { AuthorshipReportFieldsFragment } from '../../generated/graphql';

const amountFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** Deal amounts as the CRM recorded them (the CRM export names no currency). */
export function formatAmount(amount: number): string {
  return amountFormat.format(amount);
}

/** Reuses that count (views are recorded for analytics only). */
export function reusesExceptViews(report: Pick<AuthorshipReportFieldsFragment, 'reusesReceived'>): number {
  return report.reusesReceived.filter((entry) => entry.kind !== 'VIEW').reduce((sum, entry) => sum + entry.count, 0);
}

export function countOf(list: readonly { kind: string; count: number }[], kind: string): number {
  return list.find((entry) => entry.kind === kind)?.count ?? 0;
}

export function totalCount(list: readonly { count: number }[]): number {
  return list.reduce((sum, entry) => sum + entry.count, 0);
}
