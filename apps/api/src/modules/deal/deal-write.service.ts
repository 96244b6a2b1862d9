import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { lockCrmWrites } from './crm-write-lock.js';
import { DealEventsService } from './deal-events.service.js';
import { FieldError, defaultDealName } from './deal-fields.util.js';
import type { DealFields } from './deal-fields.util.js';
import { DealReferences } from './deal-references.js';
import { DealOutcome } from './deal.entity.js';

/** The stored columns a CRM write can set, with the type each is read as from the batch's JSON. */
const COLUMN_TYPES = {
  name: 'text',
  account_id: 'uuid',
  owner_id: 'uuid',
  team_id: 'uuid',
  product: 'text',
  amount: 'numeric',
  stage: 'text',
  outcome: 'text',
  competitor: 'text',
  engaged_at: 'timestamptz',
  closed_at: 'timestamptz',
} as const;
type DealColumn = keyof typeof COLUMN_TYPES;
const ALL_COLUMNS = Object.keys(COLUMN_TYPES) as DealColumn[];

/** A field a CRM write may give; what it leaves out is kept as stored. */
export type DealField = Exclude<keyof DealFields, 'externalId'>;

type DealRow = { external_id: string } & Record<DealColumn, string | number | null>;

export type DealChange = 'created' | 'updated' | 'unchanged';

export interface DealWriteResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Every deal written, in input order (rows with errors left out). */
  deals: { index: number; id: string; externalId: string; change: DealChange }[];
  /** Deals whose account, owner or team could not be matched, by their index in the input; nothing was written for them. */
  errors: { index: number; message: string }[];
}

// Which stored columns each given field sets. Outcome and close date are always set together; the team follows
// the owner unless it is given itself.
function columnsFor(given: ReadonlySet<DealField>): DealColumn[] {
  const columns = new Set<DealColumn>(['outcome', 'closed_at']);
  if (given.has('stage')) columns.add('stage');
  if (given.has('name')) columns.add('name');
  if (given.has('account')) columns.add('account_id');
  if (given.has('owner')) columns.add('owner_id').add('team_id');
  if (given.has('team')) columns.add('team_id');
  if (given.has('product')) columns.add('product');
  if (given.has('amount')) columns.add('amount');
  if (given.has('competitor')) columns.add('competitor');
  if (given.has('engagedAt')) columns.add('engaged_at');
  return ALL_COLUMNS.filter((c) => columns.has(c));
}

/**
 * One statement per batch: read what is stored, update the deals that differ in a given column, insert the new
 * ones, and return each deal's change with its previous outcome (the pre-update snapshot the CTEs share).
 */
function upsertSql(columns: DealColumn[]): string {
  const recordset = ['external_id text', ...ALL_COLUMNS.map((c) => `${c} ${COLUMN_TYPES[c]}`)].join(', ');
  const stored = columns.map((c) => `d.${c}`).join(', ');
  const given = columns.map((c) => `i.${c}`).join(', ');
  const set = columns.map((c) => `${c} = i.${c}`).join(', ');
  return `
    WITH input AS (
      SELECT x.external_id, x.name, x.account_id, x.owner_id, x.team_id, x.product,
             x.amount::numeric(14,2) AS amount, x.stage, x.outcome::deal_outcome AS outcome, x.competitor,
             x.engaged_at, x.closed_at
        FROM json_to_recordset($1::json) AS x(${recordset})
    ),
    previous AS (
      SELECT d.id, d.external_id, d.outcome FROM deals d JOIN input i ON i.external_id = d.external_id
    ),
    updated AS (
      UPDATE deals d SET ${set}, updated_at = now()
        FROM input i
       WHERE d.external_id = i.external_id AND (${stored}) IS DISTINCT FROM (${given})
      RETURNING d.id, d.outcome
    ),
    inserted AS (
      INSERT INTO deals (external_id, ${ALL_COLUMNS.join(', ')})
      SELECT i.external_id, ${ALL_COLUMNS.map((c) => `i.${c}`).join(', ')}
        FROM input i
       WHERE NOT EXISTS (SELECT 1 FROM previous p WHERE p.external_id = i.external_id)
      RETURNING id, external_id, outcome
    )
    SELECT i.id, i.external_id AS "externalId", 'created' AS change, NULL AS "previousOutcome", i.outcome::text AS outcome
      FROM inserted i
    UNION ALL
    SELECT p.id, p.external_id, CASE WHEN u.id IS NULL THEN 'unchanged' ELSE 'updated' END, p.outcome::text,
           coalesce(u.outcome, p.outcome)::text
      FROM previous p LEFT JOIN updated u ON u.id = p.id`;
}

interface UpsertedRow {
  id: string;
  externalId: string;
  change: DealChange;
  previousOutcome: DealOutcome | null;
  outcome: DealOutcome;
}

/** Writes deals from the CRM (CSV imports and the webhook): an upsert by external id that only touches what differs. */
@Injectable()
export class DealWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DealEventsService,
  ) {}

  /**
   * Upserts a batch of deals in one transaction, taking turns with every other CRM write. External ids must be
   * unique within the batch. `given` lists the fields the source has (the CSV's columns, the webhook's keys).
   */
  write(deals: DealFields[], given: ReadonlySet<DealField>): Promise<DealWriteResult> {
    return this.dataSource.transaction(async (em) => {
      await lockCrmWrites(em);
      return this.writeLocked(em, deals, given);
    });
  }

  private async writeLocked(
    em: EntityManager,
    deals: DealFields[],
    given: ReadonlySet<DealField>,
  ): Promise<DealWriteResult> {
    const result: DealWriteResult = { created: 0, updated: 0, unchanged: 0, deals: [], errors: [] };
    const references = await DealReferences.load(em, {
      accounts: deals.flatMap((d) => (d.account ? [d.account] : [])),
      owners: deals.flatMap((d) => (d.owner ? [d.owner] : [])),
      teams: deals.flatMap((d) => (d.team ? [d.team] : [])),
    });
    const rows: DealRow[] = [];
    const indexOf = new Map<string, number>();
    deals.forEach((deal, index) => {
      try {
        rows.push(this.row(deal, references));
        indexOf.set(deal.externalId, index);
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        result.errors.push({ index, message: error.message });
      }
    });
    if (!given.has('engagedAt')) await this.dropClosingBeforeEngaged(em, rows, indexOf, result);
    if (!rows.length) return result;
    const upserted = await em.query<UpsertedRow[]>(upsertSql(columnsFor(given)), [JSON.stringify(rows)]);
    for (const deal of upserted) {
      result[deal.change]++;
      result.deals.push({
        index: indexOf.get(deal.externalId)!,
        id: deal.id,
        externalId: deal.externalId,
        change: deal.change,
      });
      if (deal.outcome === DealOutcome.WON && deal.previousOutcome !== DealOutcome.WON) {
        await this.events.onDealWon(deal.id, em);
      }
    }
    result.deals.sort((a, b) => a.index - b.index);
    return result;
  }

  // A source without engage dates may close a stored deal before the engage date it has; reported, not written
  // (the database would refuse the whole batch).
  private async dropClosingBeforeEngaged(
    em: EntityManager,
    rows: DealRow[],
    indexOf: Map<string, number>,
    result: DealWriteResult,
  ): Promise<void> {
    const closing = rows
      .filter((r) => r.closed_at)
      .map((r) => ({ external_id: r.external_id, closed_at: r.closed_at }));
    if (!closing.length) return;
    const conflicts = await em.query<{ externalId: string; engagedAt: Date }[]>(
      `SELECT d.external_id AS "externalId", d.engaged_at AS "engagedAt"
         FROM deals d JOIN json_to_recordset($1::json) AS x(external_id text, closed_at timestamptz) ON x.external_id = d.external_id
        WHERE d.engaged_at > x.closed_at`,
      [JSON.stringify(closing)],
    );
    for (const conflict of conflicts) {
      const at = rows.findIndex((r) => r.external_id === conflict.externalId);
      const closedAt = String(rows[at].closed_at).slice(0, 10);
      result.errors.push({
        index: indexOf.get(conflict.externalId)!,
        message: `the close date ${closedAt} is before the deal's engage date ${conflict.engagedAt.toISOString().slice(0, 10)}`,
      });
      rows.splice(at, 1);
    }
  }

  private row(deal: DealFields, references: DealReferences): DealRow {
    const owner = deal.owner ? references.owner(deal.owner) : null;
    const teamId = deal.team ? references.team(deal.team) : (owner?.teamId ?? null);
    return {
      external_id: deal.externalId,
      // A deal without a given name is named on insert; an update sets the name only when the source gives one.
      name: deal.name ?? defaultDealName(deal),
      account_id: deal.account ? references.account(deal.account) : null,
      owner_id: owner?.id ?? null,
      team_id: teamId,
      product: deal.product ?? null,
      amount: deal.amount ?? null,
      stage: deal.stage ?? null,
      outcome: deal.outcome,
      competitor: deal.competitor ?? null,
      engaged_at: deal.engagedAt?.toISOString() ?? null,
      closed_at: deal.closedAt?.toISOString() ?? null,
    };
  }
}
