import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
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

  /** Whether the viewer works on each deal; keyed by viewer and deal, one statement per viewer in the batch. */
  readonly worksOn: BatchFn<readonly [Viewer, string], boolean> = async (keys) => {
    const byViewer = new Map<Viewer, string[]>();
    for (const [viewer, dealId] of keys) byViewer.set(viewer, [...(byViewer.get(viewer) ?? []), dealId]);
    const worked = new Map<Viewer, Set<string>>();
    for (const [viewer, dealIds] of byViewer) worked.set(viewer, await this.deals.workedOn(viewer, dealIds));
    return keys.map(([viewer, dealId]) => worked.get(viewer)?.has(dealId) ?? false);
  };

  readonly auditTrail: BatchFn<string, DealAuditEntryObject[]> = async (dealIds) =>
    groupByKeys(dealIds, (await this.deals.auditTrail(dealIds)).map(toDealAuditEntryObject), (e) => e.dealId);
}
