import { Injectable } from '@nestjs/common';
import { byKeys, groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { DealRepository } from './deal.repository.js';
import { toDealObject } from './dto/deal.object.js';
import type { DealObject } from './dto/deal.object.js';
import { toDealAuditEntryObject } from './dto/deal-audit-entry.object.js';
import type { DealAuditEntryObject } from './dto/deal-audit-entry.object.js';

@Injectable()
export class DealLoader {
  constructor(private readonly deals: DealRepository) {}

  /** Deals by id (every signed-in user may see every deal). */
  readonly dealById: BatchFn<string, DealObject | null> = async (dealIds) =>
    byKeys(dealIds, (await this.deals.findMany(dealIds)).map(toDealObject), (d) => d.id);

  readonly auditTrail: BatchFn<string, DealAuditEntryObject[]> = async (dealIds) =>
    groupByKeys(dealIds, (await this.deals.auditTrail(dealIds)).map(toDealAuditEntryObject), (e) => e.dealId);
}
