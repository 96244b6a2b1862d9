import { Injectable } from '@nestjs/common';
import type { CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { isUniqueViolation } from '../../core/database/pg-errors.js';
import { badInput, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { AssetStatus } from '../asset/asset.entity.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import { mayEndorse, mayVerify } from './endorsement-access.js';
import { EndorsementKind } from './endorsement.entity.js';
import type { EndorsementEntity } from './endorsement.entity.js';
import { EndorsementRepository } from './endorsement.repository.js';

@Injectable()
export class EndorsementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endorsements: EndorsementRepository,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
  ) {}

  async endorse(
    viewer: Viewer,
    assetId: string,
    kind: EndorsementKind,
    comment?: string | null,
  ): Promise<EndorsementEntity> {
    if (kind === EndorsementKind.VERIFIED && !mayVerify(viewer)) {
      throw forbidden('Only enablement and admins can verify an asset.');
    }
    const text = comment?.trim() || null;
    if (text && text.length > 1000) throw badInput('comment', 'comment must be at most 1000 characters');
    const results: CreditResult[] = [];
    try {
      const saved = await this.dataSource.transaction(async (em) => {
        const asset = await this.endorsements.visibleAsset(em, viewer, assetId);
        if (!asset || asset.status === AssetStatus.DRAFT) throw notFound('Asset');
        if (!mayEndorse(asset.mine)) throw badInput('assetId', 'You cannot endorse an asset you author.');
        if (await this.endorsements.hasActive(em, assetId, viewer.id, kind)) {
          throw conflict(`You already endorsed this asset as ${kind}.`, 'kind');
        }
        const result = await this.credit.record(em, {
          kind: 'ENDORSED',
          actorId: viewer.id,
          assetId,
          endorsementKind: kind,
        });
        results.push(result);
        return this.endorsements.insert(em, {
          assetId,
          endorserId: viewer.id,
          kind,
          comment: text,
          createdAt: result.occurredAt,
          creditEventId: result.eventId,
          pointsAwarded: result.awardedPoints,
        });
      });
      this.notifier.publish(results);
      return saved;
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`You already endorsed this asset as ${kind}.`, 'kind');
      throw error;
    }
  }

  /** Withdraws your own endorsement; its credit is reversed by a negative entry in the open period. */
  async withdraw(viewer: Viewer, id: string): Promise<boolean> {
    const results: CreditResult[] = [];
    await this.dataSource.transaction(async (em) => {
      const endorsement = await this.endorsements.lock(em, id);
      if (!endorsement) throw notFound('Endorsement');
      if (endorsement.endorserId !== viewer.id) throw forbidden('Only the endorser can withdraw an endorsement.');
      if (endorsement.withdrawnAt) throw conflict('This endorsement was already withdrawn.');
      const result = await this.credit.record(
        em,
        {
          kind: 'ENDORSEMENT_WITHDRAWN',
          actorId: viewer.id,
          assetId: endorsement.assetId,
          endorsementKind: endorsement.kind,
        },
        { reversesEventId: endorsement.creditEventId ?? undefined },
      );
      results.push(result);
      await this.endorsements.markWithdrawn(em, id, result.occurredAt);
    });
    this.notifier.publish(results);
    return true;
  }

  /** Active endorsements of many assets, oldest first. */
  forAssets(assetIds: readonly string[]): Promise<EndorsementEntity[]> {
    return this.endorsements.forAssets(assetIds);
  }
}
