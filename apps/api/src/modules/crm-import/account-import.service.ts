import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACCOUNT_LIMITS } from '../deal/account.entity.js';
import { lockCrmWrites } from '../deal/crm-write-lock.js';
import { FieldError, parseAmount, text } from '../deal/deal-fields.util.js';
import type { ColumnMap, ColumnSpec } from './csv-columns.util.js';
import { parseInteger } from './csv-values.util.js';
import type { BatchOutcome, ParsedRow, RowImporter } from './import-kind.js';

type AccountColumn = 'name' | 'industry' | 'yearEstablished' | 'revenue' | 'employees' | 'headquarters' | 'parent';

interface AccountRow {
  name: string;
  industry: string | null;
  year_established: number | null;
  annual_revenue: number | null;
  employees: number | null;
  headquarters: string | null;
  parent_name: string | null;
}

// The stored column each CSV column sets; the name is the key and is always there.
const STORED: Record<Exclude<AccountColumn, 'name'>, Exclude<keyof AccountRow, 'name'>> = {
  industry: 'industry',
  yearEstablished: 'year_established',
  revenue: 'annual_revenue',
  employees: 'employees',
  headquarters: 'headquarters',
  parent: 'parent_name',
};

// Updates only the columns the file has, and only accounts where one of them differs (a name's case included).
function upsertSql(stored: string[]): string {
  const compared = ['name', ...stored];
  return `
    WITH input AS (
      SELECT x.name, x.industry, x.year_established, x.annual_revenue::numeric(16,2) AS annual_revenue, x.employees,
             x.headquarters, x.parent_name
        FROM json_to_recordset($1::json) AS x(name text, industry text, year_established int, annual_revenue numeric,
                                                employees int, headquarters text, parent_name text)
    ),
    previous AS (
      SELECT a.id, lower(a.name) AS key FROM accounts a JOIN input i ON lower(i.name) = lower(a.name)
    ),
    updated AS (
      UPDATE accounts a SET ${compared.map((c) => `${c} = i.${c}`).join(', ')}, updated_at = now()
        FROM input i
       WHERE lower(a.name) = lower(i.name)
         AND (${compared.map((c) => `a.${c}`).join(', ')}) IS DISTINCT FROM (${compared.map((c) => `i.${c}`).join(', ')})
      RETURNING a.id
    ),
    inserted AS (
      INSERT INTO accounts (name, industry, year_established, annual_revenue, employees, headquarters, parent_name)
      SELECT i.name, i.industry, i.year_established, i.annual_revenue, i.employees, i.headquarters, i.parent_name
        FROM input i
       WHERE NOT EXISTS (SELECT 1 FROM previous p WHERE p.key = lower(i.name))
      RETURNING id
    )
    SELECT (SELECT count(*) FROM inserted)::int AS created, (SELECT count(*) FROM updated)::int AS updated`;
}

/** importAccounts: upserts accounts by name, any case (accounts.csv: account, sector, year_established, ...). */
@Injectable()
export class AccountImportService implements RowImporter<AccountColumn, AccountRow> {
  readonly batchSize = 1000;
  readonly columns: ColumnSpec<AccountColumn>[] = [
    {
      key: 'name',
      label: 'account',
      aliases: [
        'account',
        'account name',
        'company',
        'company name',
        'organization',
        'organisation',
        'customer',
        'name',
      ],
      required: true,
    },
    { key: 'industry', label: 'sector', aliases: ['sector', 'industry', 'vertical'] },
    {
      key: 'yearEstablished',
      label: 'year established',
      aliases: ['year_established', 'year founded', 'founded', 'established'],
    },
    { key: 'revenue', label: 'revenue', aliases: ['revenue', 'annual revenue'] },
    {
      key: 'employees',
      label: 'employees',
      aliases: ['employees', 'number of employees', 'employee count', 'headcount'],
    },
    {
      key: 'headquarters',
      label: 'office location',
      aliases: ['office_location', 'headquarters', 'hq', 'billing country', 'country', 'location'],
    },
    { key: 'parent', label: 'subsidiary of', aliases: ['subsidiary_of', 'parent account', 'parent company', 'parent'] },
  ];

  constructor(private readonly dataSource: DataSource) {}

  parse(values: string[], columns: ColumnMap<AccountColumn>): AccountRow {
    const name = text(columns.get(values, 'name'), columns.label('name'), ACCOUNT_LIMITS.name);
    if (!name) throw new FieldError(`${columns.label('name')} is empty`);
    return {
      name,
      industry: text(columns.get(values, 'industry'), columns.label('industry'), ACCOUNT_LIMITS.industry),
      year_established: parseInteger(
        columns.get(values, 'yearEstablished'),
        columns.label('yearEstablished'),
        1000,
        2999,
      ),
      annual_revenue: parseAmount(columns.get(values, 'revenue'), columns.label('revenue')),
      employees: parseInteger(columns.get(values, 'employees'), columns.label('employees'), 0, 2_000_000_000),
      headquarters: text(
        columns.get(values, 'headquarters'),
        columns.label('headquarters'),
        ACCOUNT_LIMITS.headquarters,
      ),
      parent_name: text(columns.get(values, 'parent'), columns.label('parent'), ACCOUNT_LIMITS.parentName),
    };
  }

  identity(account: AccountRow): string {
    return account.name.toLowerCase();
  }

  async write(rows: ParsedRow<AccountRow>[], columns: ColumnMap<AccountColumn>): Promise<BatchOutcome> {
    const stored = (Object.keys(STORED) as (keyof typeof STORED)[]).filter((c) => columns.has(c)).map((c) => STORED[c]);
    const [{ created, updated }] = await this.dataSource.transaction(async (em) => {
      await lockCrmWrites(em);
      return em.query<{ created: number; updated: number }[]>(upsertSql(stored), [
        JSON.stringify(rows.map((r) => r.item)),
      ]);
    });
    return { created, updated, unchanged: rows.length - created - updated, errors: [] };
  }
}
