import { Injectable } from '@nestjs/common';
import { groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { DealRepository } from './deal.repository.js';
import { toDealAuditEntryObject } from './dto/deal-audit-entry.object.js';
import type { DealAuditEntryObject } from './dto/deal-audit-entry.object.js';

@Injectable()
export class DealLoader {
  constructor(private readonly deals: DealRepository) {}

  readonly auditTrail: BatchFn<string, DealAuditEntryObject[]> = async (dealIds) =>
    groupByKeys(dealIds, (await this.deals.auditTrail(dealIds)).map(toDealAuditEntryObject), (e) => e.dealId);
}
