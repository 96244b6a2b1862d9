import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { DealChangeSource } from '../deal/deal-audit-entry.entity.js';
import { ACCOUNT_LIMITS } from '../deal/account.entity.js';
import { DEAL_LIMITS } from '../deal/deal.entity.js';
import {
  FieldError,
  closedAtFor,
  externalIdOf,
  outcomeOfStage,
  parseAmount,
  parseDealDate,
  text,
} from '../deal/deal-fields.util.js';
import type { DealFields } from '../deal/deal-fields.util.js';
import { DealWriteService } from '../deal/deal-write.service.js';
import type { DealField } from '../deal/deal-write.service.js';
import type { ColumnMap, ColumnSpec } from './csv-columns.util.js';
import type { BatchOutcome, ParsedRow, RowImporter } from './import-kind.js';

type DealColumn = 'externalId' | DealField;

// The CSV columns that give each deal field (stage and outcome come from one column).
const GIVES: [DealColumn, DealField][] = [
  ['name', 'name'],
  ['account', 'account'],
  ['owner', 'owner'],
  ['team', 'team'],
  ['product', 'product'],
  ['amount', 'amount'],
  ['stage', 'stage'],
  ['competitor', 'competitor'],
  ['engagedAt', 'engagedAt'],
];

/**
 * importDeals: upserts deals by their CRM id (sales_pipeline.csv: opportunity_id, sales_agent, product, account,
 * deal_stage, engage_date, close_date, close_value). Owners are matched by email or name, accounts by name, teams
 * by name (else the owner's team); a row naming someone or something Byline does not know is reported.
 */
@Injectable()
export class DealImportService implements RowImporter<DealColumn, DealFields> {
  readonly batchSize = 1000;
  readonly columns: ColumnSpec<DealColumn>[] = [
    {
      key: 'externalId',
      label: 'opportunity ID',
      aliases: ['opportunity_id', 'opportunity id', 'deal id', 'external id', 'crm id', 'record id', 'id'],
      required: true,
    },
    {
      key: 'stage',
      label: 'deal stage',
      aliases: ['deal_stage', 'stage', 'sales stage', 'opportunity stage', 'outcome', 'status'],
      required: true,
    },
    { key: 'name', label: 'opportunity name', aliases: ['opportunity name', 'deal name', 'opportunity', 'name'] },
    {
      key: 'owner',
      label: 'sales agent',
      aliases: [
        'sales_agent',
        'owner',
        'owner email',
        'deal owner',
        'opportunity owner',
        'owner name',
        'sales rep',
        'salesperson',
        'account executive',
        'agent',
        'rep',
      ],
    },
    {
      key: 'account',
      label: 'account',
      aliases: ['account', 'account name', 'company', 'company name', 'customer', 'organization', 'organisation'],
    },
    { key: 'product', label: 'product', aliases: ['product', 'product name', 'item'] },
    {
      key: 'amount',
      label: 'close value',
      aliases: ['close_value', 'amount', 'deal value', 'deal amount', 'deal size', 'value'],
    },
    {
      key: 'engagedAt',
      label: 'engage date',
      aliases: ['engage_date', 'engaged at', 'engaged date', 'created date', 'open date', 'start date'],
    },
    { key: 'closedAt', label: 'close date', aliases: ['close_date', 'closed at', 'closed date', 'date closed'] },
    {
      key: 'competitor',
      label: 'competitor',
      aliases: ['competitor', 'primary competitor', 'main competitor', 'competitors'],
    },
    { key: 'team', label: 'team', aliases: ['team', 'regional office', 'office', 'sales team', 'team name'] },
  ];

  constructor(private readonly dealWrite: DealWriteService) {}

  parse(values: string[], columns: ColumnMap<DealColumn>): DealFields {
    const label = (key: DealColumn) => columns.label(key);
    const optional = (key: DealColumn, max: number) =>
      columns.has(key) ? text(columns.get(values, key), label(key), max) : undefined;
    const stage = text(columns.get(values, 'stage'), label('stage'), DEAL_LIMITS.stage);
    if (!stage) throw new FieldError(`${label('stage')} is empty`);
    const outcome = outcomeOfStage(stage);
    const engagedAt = columns.has('engagedAt')
      ? parseDealDate(columns.get(values, 'engagedAt'), label('engagedAt'))
      : undefined;
    const closeDate = parseDealDate(columns.get(values, 'closedAt'), label('closedAt'));
    return {
      externalId: externalIdOf(columns.get(values, 'externalId'), label('externalId')),
      name: optional('name', DEAL_LIMITS.name),
      account: optional('account', ACCOUNT_LIMITS.name),
      owner: optional('owner', 254),
      team: optional('team', 120),
      product: optional('product', DEAL_LIMITS.product),
      amount: columns.has('amount') ? parseAmount(columns.get(values, 'amount'), label('amount')) : undefined,
      stage,
      outcome,
      competitor: optional('competitor', DEAL_LIMITS.competitor),
      engagedAt,
      closedAt: closedAtFor(outcome, closeDate, engagedAt, label('closedAt')),
    };
  }

  identity(deal: DealFields): string {
    return deal.externalId;
  }

  async write(
    rows: ParsedRow<DealFields>[],
    columns: ColumnMap<DealColumn>,
    viewer: Viewer | null,
  ): Promise<BatchOutcome> {
    const given = new Set(GIVES.filter(([column]) => columns.has(column)).map(([, field]) => field));
    const result = await this.dealWrite.write(
      rows.map((r) => r.item),
      given,
      { source: DealChangeSource.IMPORT, viewer },
    );
    return {
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      errors: result.errors.map((e) => ({ row: rows[e.index].row, message: e.message, code: e.code })),
    };
  }
}
