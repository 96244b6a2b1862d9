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

/** Recording reuse: idempotent per client event id, credited in the same transaction. */
@Injectable()
export class ReuseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
  ) {}

  async record(viewer: Viewer, input: RecordReuse): Promise<ReuseEventEntity> {
    const clientEventId = input.clientEventId.trim();
    if (!clientEventId || clientEventId.length > 100) throw badInput('clientEventId', 'clientEventId must be 1 to 100 characters');
    if (input.kind === ReuseKind.ADAPT) throw badInput('kind', 'An adaptation is recorded by deriving an asset (deriveAsset).');
    if (input.dealId && input.kind !== ReuseKind.USED_IN_DEAL) throw badInput('dealId', 'Only USED_IN_DEAL names a deal.');
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
    const same = existing.assetId === input.assetId && existing.kind === input.kind && (existing.dealId ?? null) === (input.dealId ?? null);
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
