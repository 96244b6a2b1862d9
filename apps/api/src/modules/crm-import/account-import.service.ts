import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ACCOUNT_LIMITS } from '../deal/account.entity.js';
import { FieldError, parseAmount, text } from '../deal/deal-fields.util.js';
import { DealRepository } from '../deal/deal.repository.js';
import type { AccountColumn, AccountWriteRow } from '../deal/deal.repository.js';
import type { ColumnMap, ColumnSpec } from './csv-columns.util.js';
import { parseInteger } from './csv-values.util.js';
import type { BatchOutcome, ParsedRow, RowImporter } from './import-kind.js';

type AccountCsvColumn = 'name' | 'industry' | 'yearEstablished' | 'revenue' | 'employees' | 'headquarters' | 'parent';

type AccountRow = AccountWriteRow & {
  industry: string | null;
  year_established: number | null;
  annual_revenue: number | null;
  employees: number | null;
  headquarters: string | null;
  parent_name: string | null;
};

// The stored column each CSV column sets; the name is the key and is always there.
const STORED: Record<Exclude<AccountCsvColumn, 'name'>, AccountColumn> = {
  industry: 'industry',
  yearEstablished: 'year_established',
  revenue: 'annual_revenue',
  employees: 'employees',
  headquarters: 'headquarters',
  parent: 'parent_name',
};

/** importAccounts: upserts accounts by name, any case (accounts.csv: account, sector, year_established, ...). */
@Injectable()
export class AccountImportService implements RowImporter<AccountCsvColumn, AccountRow> {
  readonly batchSize = 1000;
  readonly columns: ColumnSpec<AccountCsvColumn>[] = [
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

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: DealRepository,
  ) {}

  parse(values: string[], columns: ColumnMap<AccountCsvColumn>): AccountRow {
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

  async write(rows: ParsedRow<AccountRow>[], columns: ColumnMap<AccountCsvColumn>): Promise<BatchOutcome> {
    const stored = (Object.keys(STORED) as (keyof typeof STORED)[]).filter((c) => columns.has(c)).map((c) => STORED[c]);
    const { created, updated } = await this.dataSource.transaction(async (em) => {
      await this.accounts.lockCrmWrites(em);
      return this.accounts.upsertAccounts(
        em,
        stored,
        rows.map((r) => r.item),
      );
    });
    return { created, updated, unchanged: rows.length - created - updated, errors: [] };
  }
}
