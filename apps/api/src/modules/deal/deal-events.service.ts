import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What happens when a deal changes in a way the rest of Byline cares about. Every CRM write path (CSV import,
 * webhook) calls it inside its own transaction, with the CRM write lock held.
 */
@Injectable()
export class DealEventsService {
  /**
   * Called exactly once per transition to WON: a new deal that arrives already won, or an open or lost deal
   * that becomes won; never again for an unchanged re-import or a repeated webhook delivery. The credit engine
   * will award the deal-won pool here, with `em` so the award commits or rolls back with the deal.
   */
  onDealWon(_dealId: string, _em: EntityManager): Promise<void> {
    return Promise.resolve();
  }
}
