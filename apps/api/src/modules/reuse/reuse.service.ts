import { Injectable } from '@nestjs/common';
import type { CreditedReuseKind, CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { AssetStatus } from '../asset/asset.entity.js';
import { visibleAssets } from '../asset/asset-visibility.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import { ReuseEventEntity, ReuseKind } from './reuse-event.entity.js';

export interface RecordReuse {
  assetId: string;
  kind: ReuseKind;
  dealId?: string | null;
  clientEventId: string;
}

const WITHHELD: Record<string, string> = {
  SELF_CREDIT: 'You author this asset, and nobody earns credit from their own work (the reuse is still recorded).',
  REPEAT_REUSE: 'You made the same reuse of this asset within the last 24 hours; repeats earn nothing.',
  ACTOR_BENEFICIARY_DAILY_CAP: "You reached today's limit on the credit one person can give another.",
  NO_ELIGIBLE_AUTHOR: 'No author other than you is left to credit.',
  NO_POINTS: 'This kind of reuse earns no points under the current policy.',
};

/** Recording reuse: idempotent per client event id, credited in the same transaction. */
@Injectable()
export class ReuseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
  ) {}

  /** Why a recorded reuse earned what it did, from its credit event's notes. */
  async explain(reuse: ReuseEventEntity): Promise<string> {
    if (reuse.kind === ReuseKind.VIEW) return 'Views are recorded for analytics; they earn no credit.';
    const rows = await this.dataSource.query<{ notes: { code: string; message: string }[] }[]>(
      'SELECT notes FROM credit_events WHERE id = $1',
      [reuse.creditEventId],
    );
    const notes = [...new Set((rows[0]?.notes ?? []).map((n) => WITHHELD[n.code]).filter(Boolean))];
    const earned = reuse.pointsAwarded
      ? `The authors earned ${reuse.pointsAwarded} point${reuse.pointsAwarded === 1 ? '' : 's'}.`
      : 'The authors earned nothing for this one.';
    return [earned, ...notes].join(' ');
  }

  async record(viewer: Viewer, input: RecordReuse): Promise<ReuseEventEntity> {
    const clientEventId = input.clientEventId.trim();
    if (!clientEventId || clientEventId.length > 100) {
      throw badInput('clientEventId', 'clientEventId must be 1 to 100 characters');
    }
    if (input.kind === ReuseKind.ADAPT) {
      throw badInput('kind', 'An adaptation is recorded by deriving an asset (deriveAsset).');
    }
    if (input.dealId && input.kind !== ReuseKind.USED_IN_DEAL) {
      throw badInput('dealId', 'Only USED_IN_DEAL names a deal.');
    }
    const results: CreditResult[] = [];
    const saved = await this.dataSource.transaction(async (em) => {
      // Retries and concurrent duplicates of one client event take turns, so exactly one is recorded.
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [`${viewer.id}:${clientEventId}`]);
      const existing = await em.findOneBy(ReuseEventEntity, { actorId: viewer.id, clientEventId });
      if (existing) return this.sameOrConflict(existing, input);
      await this.requireUsable(em, viewer, input.assetId);
      if (input.dealId) await this.requireDeal(em, input.dealId);
      const occurredAt = new Date();
      let points = 0;
      let creditEventId: string | null = null;
      if (input.kind !== ReuseKind.VIEW) {
        const result = await this.credit.record(em, {
          kind: 'REUSE',
          actorId: viewer.id,
          assetId: input.assetId,
          reuseKind: input.kind as CreditedReuseKind,
          occurredAt,
        });
        results.push(result);
        points = result.awardedPoints;
        creditEventId = result.eventId;
        await em.query('UPDATE assets SET reuse_count = reuse_count + 1 WHERE id = $1', [input.assetId]);
      }
      return em.save(
        em.create(ReuseEventEntity, {
          assetId: input.assetId,
          actorId: viewer.id,
          kind: input.kind,
          dealId: input.dealId ?? null,
          clientEventId,
          occurredAt,
          pointsAwarded: points,
          creditEventId,
        }),
      );
    });
    this.notifier.publish(results);
    return saved;
  }

  private sameOrConflict(existing: ReuseEventEntity, input: RecordReuse): ReuseEventEntity {
    const same =
      existing.assetId === input.assetId &&
      existing.kind === input.kind &&
      (existing.dealId ?? null) === (input.dealId ?? null);
    if (!same) throw conflict('This clientEventId was already used for a different reuse.', 'clientEventId');
    return existing;
  }

  private async requireUsable(em: EntityManager, viewer: Viewer, assetId: string): Promise<void> {
    const condition = visibleAssets('a', viewer);
    const rows: { status: AssetStatus }[] = await em
      .createQueryBuilder()
      .select('a.status', 'status')
      .from('assets', 'a')
      .where('a.id = :assetId', { assetId })
      .andWhere(condition.sql, condition.params)
      .getRawMany();
    if (!rows.length || rows[0].status === AssetStatus.DRAFT) throw notFound('Asset');
  }

  private async requireDeal(em: EntityManager, dealId: string): Promise<void> {
    const rows: unknown[] = await em.query('SELECT 1 FROM deals WHERE id = $1', [dealId]);
    if (!rows.length) throw badInput('dealId', 'dealId does not name a deal');
  }
}
