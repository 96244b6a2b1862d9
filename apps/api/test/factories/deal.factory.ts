import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ImportKind } from '../../src/modules/crm-import/import-kind.js';
import { signWebhook } from '../../src/modules/deal/webhook-signature.util.js';
import { graphql } from '../generated/gql.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rows: number;
  errors: { row: number; message: string; code: string }[];
}

graphql(`
  fragment FactoryImportResult on ImportResult {
    created
    updated
    unchanged
    skipped
    rows
    errors {
      row
      message
      code
    }
  }
`);

const IMPORT_ACCOUNTS = graphql(`
  mutation FactoryImportAccounts($csv: String!) {
    importAccounts(csv: $csv) {
      ...FactoryImportResult
    }
  }
`);

const IMPORT_TEAMS = graphql(`
  mutation FactoryImportTeams($csv: String!) {
    importTeams(csv: $csv) {
      ...FactoryImportResult
    }
  }
`);

const IMPORT_DEALS = graphql(`
  mutation FactoryImportDeals($csv: String!) {
    importDeals(csv: $csv) {
      ...FactoryImportResult
    }
  }
`);

/** The columns of a CRM deals file (Maven's sales_pipeline.csv, without the opportunity name). */
export const DEAL_CSV_HEADER = [
  'opportunity_id',
  'sales_agent',
  'product',
  'account',
  'deal_stage',
  'engage_date',
  'close_date',
  'close_value',
];

/** A short tag that keeps a test's names and ids apart from every other test's. */
export const uniqueTag = () => randomUUID().slice(0, 8);

/** CSV text from rows of cells, quoting where needed. */
export function toCsv(rows: (string | number | null | undefined)[][], newline = '\r\n'): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join(newline) + newline;
}

/** Imports through the GraphQL mutation. */
export async function importViaGraphql(
  app: TestApp,
  kind: ImportKind,
  csv: string,
  token: string,
): Promise<GqlResponse<unknown> & { result: ImportResult | undefined }> {
  switch (kind) {
    case 'accounts': {
      const res = await app.gql(IMPORT_ACCOUNTS, { csv }, token);
      return { ...res, result: res.data?.importAccounts };
    }
    case 'teams': {
      const res = await app.gql(IMPORT_TEAMS, { csv }, token);
      return { ...res, result: res.data?.importTeams };
    }
    case 'deals': {
      const res = await app.gql(IMPORT_DEALS, { csv }, token);
      return { ...res, result: res.data?.importDeals };
    }
  }
}

/** Imports through POST /imports/<kind> with the file as the text/csv body. */
export async function importViaHttp(app: TestApp, kind: ImportKind, body: string | Buffer, token?: string) {
  const response = await fetch(`${app.url}/imports/${kind}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as ImportResult & { code?: string; message?: string; field?: string },
  };
}

/** An account, written straight to the database. */
export async function createAccount(
  app: TestApp,
  name = `Account ${uniqueTag()}`,
  industry: string | null = 'software',
) {
  const [row] = await app.byline.app
    .get(DataSource)
    .query<{ id: string }[]>('INSERT INTO accounts (name, industry) VALUES ($1, $2) RETURNING id', [name, industry]);
  return { id: row.id, name, industry };
}

/** The stored deals with these external ids, by external id, for before/after comparisons. */
export async function storedDeals(app: TestApp, externalIds: string[]) {
  return app.byline.app.get(DataSource).query<Record<string, unknown>[]>(
    `SELECT external_id, name, account_id, owner_id, team_id, product, amount::float8 AS amount, stage, outcome::text,
            competitor, engaged_at, closed_at, updated_at
       FROM deals WHERE external_id = ANY($1) ORDER BY external_id`,
    [externalIds],
  );
}

/** Sends a deal to the CRM webhook, signed with `secret` at `timestamp` (unix seconds, default now). */
export async function deliverDeal(
  app: TestApp,
  secret: string,
  body: object,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const raw = JSON.stringify(body);
  const response = await fetch(`${app.url}/webhooks/crm/deals`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-byline-timestamp': String(timestamp),
      'x-byline-signature': signWebhook(secret, timestamp, raw),
    },
    body: raw,
  });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; change?: string; message?: string },
  };
}

/** A deal row written straight to the database, with the outcome and close date a test needs. */
export async function createDeal(
  app: TestApp,
  deal: { outcome?: 'OPEN' | 'WON' | 'LOST'; amount?: number; closedAt?: Date | null; ownerId?: string } = {},
) {
  const externalId = `deal-${randomUUID()}`;
  const [row] = await app.byline.app
    .get(DataSource)
    .query<{ id: string }[]>(
      'INSERT INTO deals (external_id, name, outcome, amount, closed_at, owner_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [
        externalId,
        `Deal ${externalId.slice(5, 13)}`,
        deal.outcome ?? 'OPEN',
        deal.amount ?? 1000,
        deal.closedAt ?? null,
        deal.ownerId ?? null,
      ],
    );
  return { id: row.id, externalId };
}
