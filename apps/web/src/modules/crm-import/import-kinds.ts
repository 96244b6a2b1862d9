import type { ViewerCan } from '../auth/hooks/useViewer';

export type ImportKind = 'accounts' | 'teams' | 'deals';

/** The viewer's answers (`User.viewerCan`) on running each import. */
export type ImportPermissions = Pick<ViewerCan, 'importAccounts' | 'importTeams' | 'importDeals'>;

export interface ImportColumn {
  /** The header the Maven CRM export uses. */
  name: string;
  /** Other headers the server recognises for it (any case; spaces and punctuation ignored). */
  aliases: readonly string[];
  required: boolean;
  note?: string;
}

export interface ImportKindInfo {
  kind: ImportKind;
  step: number;
  title: string;
  /** The Maven CRM file that fits this step. */
  exampleFile: string;
  description: string;
  /** The `viewerCan` field that says whether the viewer may run this import. */
  permission: keyof ImportPermissions;
  columns: readonly ImportColumn[];
}

/** The largest file the import routes accept (GraphQL takes about 1 MB; these routes 25 MB). */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

// Columns and aliases as the API matches them (apps/api/src/modules/crm-import/*-import.service.ts), abridged.
export const IMPORT_KINDS: readonly ImportKindInfo[] = [
  {
    kind: 'accounts',
    step: 1,
    title: 'Accounts',
    exampleFile: 'accounts.csv',
    description: 'Customers and their sector. A deal takes its industry from its account, so import accounts first.',
    permission: 'importAccounts',
    columns: [
      { name: 'account', aliases: ['account name', 'company', 'customer', 'name'], required: true },
      { name: 'sector', aliases: ['industry', 'vertical'], required: false, note: 'the industry deals are grouped by' },
      { name: 'year_established', aliases: ['founded', 'established'], required: false },
      { name: 'revenue', aliases: ['annual revenue'], required: false },
      { name: 'employees', aliases: ['headcount', 'employee count'], required: false },
      { name: 'office_location', aliases: ['headquarters', 'country'], required: false },
      { name: 'subsidiary_of', aliases: ['parent account', 'parent'], required: false },
    ],
  },
  {
    kind: 'teams',
    step: 2,
    title: 'Teams and people',
    exampleFile: 'sales_teams.csv',
    description:
      'Sellers, their managers and offices. Each office becomes a team that its manager manages. People are matched by email, else by name; those without an email get no login until an admin gives them one.',
    permission: 'importTeams',
    columns: [
      { name: 'sales_agent', aliases: ['sales rep', 'salesperson', 'name'], required: true },
      { name: 'regional_office', aliases: ['team', 'office', 'region'], required: true, note: 'becomes the team' },
      { name: 'manager', aliases: ['sales manager', 'team lead'], required: false },
      { name: 'email', aliases: ['email address', 'work email'], required: false },
      { name: 'manager email', aliases: [], required: false },
      { name: 'title', aliases: ['job title'], required: false },
    ],
  },
  {
    kind: 'deals',
    step: 3,
    title: 'Deals',
    exampleFile: 'sales_pipeline.csv',
    description:
      'Opportunities, upserted by their CRM id: importing a newer export updates the deals that changed. Won and Lost close a deal; Prospecting and Engaging keep it open.',
    permission: 'importDeals',
    columns: [
      { name: 'opportunity_id', aliases: ['opportunity id', 'deal id', 'crm id', 'id'], required: true },
      { name: 'deal_stage', aliases: ['stage', 'sales stage', 'status'], required: true },
      { name: 'sales_agent', aliases: ['owner', 'owner email', 'sales rep'], required: false, note: 'the owner' },
      { name: 'account', aliases: ['account name', 'company', 'customer'], required: false },
      { name: 'product', aliases: ['product name'], required: false },
      { name: 'close_value', aliases: ['amount', 'deal value'], required: false },
      { name: 'engage_date', aliases: ['created date', 'open date'], required: false },
      { name: 'close_date', aliases: ['closed date', 'date closed'], required: false },
      { name: 'competitor', aliases: ['primary competitor'], required: false },
      { name: 'team', aliases: ['sales team', 'office'], required: false },
      { name: 'opportunity name', aliases: ['deal name', 'name'], required: false },
    ],
  },
];

export function mayImport(can: ImportPermissions, info: ImportKindInfo): boolean {
  return can[info.permission];
}

/** Whether the viewer may open the import page at all: they may run one of the imports. */
export function mayOpenImports(can: ImportPermissions): boolean {
  return IMPORT_KINDS.some((info) => mayImport(can, info));
}
