import { EndorsementKind } from '../endorsement/endorsement.entity.js';
import { ReuseKind } from '../reuse/reuse-event.entity.js';
import type { ReportMetrics } from './report.repository.js';

/** One CSV row: who, in which period, and their numbers. */
export interface ReportCsvRow {
  period: string;
  team: string | null;
  userId: string;
  name: string;
  rank: number | null;
  metrics: ReportMetrics;
}

const REUSE_KINDS = Object.values(ReuseKind);
const ENDORSEMENT_KINDS = Object.values(EndorsementKind);

/** Words a spreadsheet reader understands: "Reuses: used in deal", not an enum name. */
const human = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

export const REPORT_CSV_HEADER = [
  'Period',
  'Team',
  'Person ID',
  'Name',
  'Credit',
  'Rank',
  'Assets authored',
  ...REUSE_KINDS.map((k) => `Reuses: ${human(k)}`),
  'Unique reusers',
  'Teams reached',
  ...ENDORSEMENT_KINDS.map((k) => `Endorsements: ${human(k)}`),
  'Derived assets',
  'Won deals influenced',
  'Won amount influenced',
  'Sharing: reuses of work by others',
  'Participating: endorsements and comments',
  'Contributing: assets authored',
];

/**
 * RFC 4180 text (CRLF, quotes doubled) that spreadsheets open safely: a cell that starts like a formula
 * (=, +, -, @, tab, CR) gets a leading apostrophe, so a name can never run as a formula.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(rows: ReportCsvRow[]): string {
  const lines = [REPORT_CSV_HEADER, ...rows.map(csvValues)].map((cells) => cells.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function csvValues(row: ReportCsvRow): (string | number | null)[] {
  const m = row.metrics;
  return [
    row.period,
    row.team,
    row.userId,
    row.name,
    m.credit,
    row.rank,
    m.assetsAuthored,
    ...REUSE_KINDS.map((k) => m.reusesReceived[k] ?? 0),
    m.uniqueReusers,
    m.teamsReached,
    ...ENDORSEMENT_KINDS.map((k) => m.endorsementsReceived[k] ?? 0),
    m.derivedAssets,
    m.wonDealsInfluenced,
    m.wonAmountInfluenced,
    m.sharing,
    m.participating,
    m.contributing,
  ];
}

/** Every kind in its enum order, zeros included, so reports and CSV columns line up. */
export function countsByKind(
  kinds: readonly string[],
  counts: Record<string, number>,
): { kind: string; count: number }[] {
  return kinds.map((kind) => ({ kind, count: counts[kind] ?? 0 }));
}

export { ENDORSEMENT_KINDS, REUSE_KINDS };
