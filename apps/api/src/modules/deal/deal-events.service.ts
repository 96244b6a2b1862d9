import { Injectable } from '@nestjs/common';
import { dealWonMove, usedAfterClose } from '@byline/credit';
import type { EntityManager } from 'typeorm';
import { CreditService } from '../credit/credit.service.js';
import type { DealOutcome } from './deal.entity.js';
import { DealRepository } from './deal.repository.js';

/**
 * What happens when a deal changes in a way the rest of Byline cares about. Every CRM write path (CSV import,
 * webhook) calls it inside its own transaction, with the CRM write lock held.
 */
@Injectable()
export class DealEventsService {
  constructor(
    private readonly credit: CreditService,
    private readonly deals: DealRepository,
  ) {}

  /**
   * Called for the deals whose outcome a write changed (new deals included). A WON deal without a standing award
   * gets the pool; a deal that left WON has its award reversed. So however the outcome moves, a deal nets one
   * pool at most, and none while it is not WON.
   */
  async onOutcomesChanged(em: EntityManager, deals: { id: string; outcome: DealOutcome }[]): Promise<void> {
    if (!deals.length) return;
    const standing = await this.deals.standingAwards(
      em,
      deals.map((d) => d.id),
    );
    for (const deal of deals) {
      const award = standing.get(deal.id);
      const move = dealWonMove(deal.outcome, award !== undefined);
      if (move === 'AWARD') await this.onDealWon(deal.id, em);
      if (move === 'REVERSE') {
        await this.credit.record(
          em,
          { kind: 'DEAL_WON_REVERSED', actorId: award!.actorId, dealId: deal.id, occurredAt: new Date() },
          { reversesEventId: award!.eventId },
        );
      }
    }
  }

  /**
   * Awards the deal-won pool to the assets used in the deal up to its close date, with `em`, so the award commits
   * or rolls back with the deal. Called once per transition to WON without a standing award.
   */
  async onDealWon(dealId: string, em: EntityManager): Promise<void> {
    const deal = await this.deals.uses(em, dealId);
    const used = [
      ...new Set(deal?.uses.filter((u) => !usedAfterClose(u.usedAt, deal.closedAt)).map((u) => u.assetId)),
    ].sort();
    // Nothing was used in it before it closed (most imported history), or nobody owns it to exclude from the pool.
    if (!deal?.ownerId || !used.length) return;
    await this.credit.record(em, {
      kind: 'DEAL_WON',
      actorId: deal.ownerId,
      dealId,
      usedAssetIds: used,
      occurredAt: deal.closedAt,
    });
  }
}
