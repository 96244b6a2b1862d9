import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import type { ConnectionShape } from '../../core/graphql/connection.js';
import { dealFilterConditions } from './deal-filter.util.js';
import type { DealOutcome } from './deal.entity.js';
import { toDealObject } from './dto/deal.object.js';
import type { DealObject, DealRow } from './dto/deal.object.js';
import type { DealFilter } from './dto/deal-filter.input.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A deal as the API shows it: its account's name and sector joined in.
const COLUMNS = `d.id, d.external_id, d.name, a.name AS account_name, a.industry, d.owner_id, d.team_id, d.product,
  d.amount::float8 AS amount, d.outcome, d.stage, d.competitor, d.engaged_at, d.closed_at`;
const FROM = 'FROM deals d LEFT JOIN accounts a ON a.id = d.account_id';
// The deal list runs newest activity first (closed, else engaged, else imported); milliseconds, as a cursor keeps them.
const ACTIVITY = "date_trunc('milliseconds', coalesce(d.closed_at, d.engaged_at, d.created_at))";

/** Reads deals. Every signed-in user may see every deal: deals are the organisation's shared pipeline. */
@Injectable()
export class DealService {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string): Promise<DealObject | null> {
    if (!UUID.test(id)) return null;
    return (await this.findMany([id]))[0] ?? null;
  }

  async findMany(ids: readonly string[]): Promise<DealObject[]> {
    const rows = await this.dataSource.query<DealRow[]>(`SELECT ${COLUMNS} ${FROM} WHERE d.id = ANY($1)`, [ids]);
    return rows.map(toDealObject);
  }

  async list(
    filter: DealFilter | undefined,
    outcome: DealOutcome | undefined,
    first = 20,
    after?: string,
  ): Promise<ConnectionShape<DealObject>> {
    const params: unknown[] = [];
    const conditions = dealFilterConditions(filter, params);
    if (outcome) conditions.push(`d.outcome = $${params.push(outcome)}`);
    const where = (list: string[]) => (list.length ? `WHERE ${list.join(' AND ')}` : '');
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count ${FROM} ${where(conditions)}`,
      params,
    );
    const page = [...conditions];
    if (after) {
      const [at, id] = cursor.decode(after, ['timestamptz', 'uuid']);
      page.push(`(${ACTIVITY}, d.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows = await this.dataSource.query<(DealRow & { activity: Date })[]>(
      `SELECT ${COLUMNS}, ${ACTIVITY} AS activity ${FROM} ${where(page)}
        ORDER BY ${ACTIVITY} DESC, d.id DESC LIMIT $${params.push(first + 1)}`,
      params,
    );
    return toConnection(rows, first, count, (r) => [r.activity.toISOString(), r.id], toDealObject);
  }
}
