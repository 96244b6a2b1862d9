import { Injectable } from '@nestjs/common';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import type { ConnectionShape } from '../../core/graphql/connection.js';
import type { DealOutcome } from './deal.entity.js';
import { DealRepository } from './deal.repository.js';
import { toDealObject } from './dto/deal.object.js';
import type { DealObject } from './dto/deal.object.js';
import type { DealFilter } from './dto/deal-filter.input.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads deals. Every signed-in user may see every deal: deals are the organisation's shared pipeline. */
@Injectable()
export class DealService {
  constructor(private readonly deals: DealRepository) {}

  async find(id: string): Promise<DealObject | null> {
    if (!UUID.test(id)) return null;
    return (await this.findMany([id]))[0] ?? null;
  }

  async findByExternalId(externalId: string): Promise<DealObject | null> {
    if (!externalId || externalId.length > 200) return null;
    const row = await this.deals.findByExternalId(externalId);
    return row ? toDealObject(row) : null;
  }

  async findMany(ids: readonly string[]): Promise<DealObject[]> {
    return (await this.deals.findMany(ids)).map(toDealObject);
  }

  async list(
    filter: DealFilter | undefined,
    outcome: DealOutcome | undefined,
    first = 20,
    after?: string,
  ): Promise<ConnectionShape<DealObject>> {
    const count = await this.deals.count(filter, outcome);
    const at = after ? cursor.decode(after, ['timestamptz', 'uuid']) : null;
    const rows = await this.deals.page(filter, outcome, first + 1, at ? [at[0], at[1]] : null);
    return toConnection(rows, first, count, (r) => [r.activity.toISOString(), r.id], toDealObject);
  }
}
