import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CreditService } from '../credit/credit.service.js';

/**
 * What happens when a deal changes in a way the rest of Byline cares about. Every CRM write path (CSV import,
 * webhook) calls it inside its own transaction, with the CRM write lock held.
 */
@Injectable()
export class DealEventsService {
  constructor(private readonly credit: CreditService) {}

  /**
   * Called exactly once per transition to WON: a new deal that arrives already won, or an open or lost deal
   * that becomes won; never again for an unchanged re-import or a repeated webhook delivery. Awards the deal-won
   * pool to the assets used in the deal, with `em`, so the award commits or rolls back with the deal.
   */
  async onDealWon(dealId: string, em: EntityManager): Promise<void> {
    const [deal] = await em.query<{ owner_id: string | null; closed_at: Date; used: string[] }[]>(
      `SELECT d.owner_id, d.closed_at,
              coalesce(array_agg(DISTINCT r.asset_id) FILTER (WHERE r.asset_id IS NOT NULL), '{}') AS used
         FROM deals d LEFT JOIN reuse_events r ON r.deal_id = d.id AND r.kind = 'USED_IN_DEAL'
        WHERE d.id = $1 GROUP BY d.id`,
      [dealId],
    );
    // Nothing was used in it (most imported history), or nobody owns it to exclude from the pool: nothing to award.
    if (!deal?.owner_id || !deal.used.length) return;
    await this.credit.record(em, {
      kind: 'DEAL_WON',
      actorId: deal.owner_id,
      dealId,
      usedAssetIds: [...deal.used].sort(),
      occurredAt: deal.closed_at,
    });
  }
}
