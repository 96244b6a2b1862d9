import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, forbidden, notFound, rateLimited } from '../../core/graphql/errors.js';
import { AssetKind, AssetStatus } from '../asset/asset.entity.js';
import { mayVerify } from '../endorsement/endorsement-access.js';
import { UserStatus } from '../user/user.entity.js';
import { DEFAULT_REVIEW_DAYS, MAX_REVIEW_DAYS } from './review-due.js';
import { VerificationRepository } from './verification.repository.js';
import type { VerificationRow } from './verification.repository.js';
import { isUuid } from '../../core/graphql/ids.js';

/** Verifications one person may record a minute: far above anyone reviewing by hand, low enough to stop a script. */
export const VERIFICATIONS_PER_MINUTE = 30;

/** The most overdue assets the review queue lists at once. */
export const REVIEW_QUEUE_LIMIT = 200;

export interface ReviewInterval {
  kind: AssetKind;
  days: number;
  /** No admin set it: the default applies. */
  isDefault: boolean;
}

function checkId(field: string, id: string): void {
  if (!isUuid(id)) throw badInput(field, `${field} must be an id.`);
}

/** Whether the viewer may verify an asset: its verifier, enablement and admins. */
export const mayVerifyAsset = (viewer: Viewer, row: Pick<VerificationRow, 'verifierId'>): boolean =>
  row.verifierId === viewer.id || mayVerify(viewer);

/**
 * Verification and freshness: every published asset has a verifier (its lead author unless enablement names someone
 * else) and falls due for review an interval after it was last verified (or published). Verifying records who and
 * when, and starts the interval again.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verifications: VerificationRepository,
  ) {}

  /** The verification of each asset, for assets the caller already read through the visibility rule. */
  forAssets(ids: readonly string[]): Promise<VerificationRow[]> {
    return this.verifications.forAssets(ids);
  }

  /**
   * Records that the viewer checked the asset is still true. Verifying earns no credit: it is a duty of the verifier
   * and enablement, it can be repeated at will, and credit for it could be farmed by re-verifying.
   */
  async verify(viewer: Viewer, assetId: string, now = new Date()): Promise<void> {
    checkId('id', assetId);
    await this.dataSource.transaction(async (em) => {
      const row = await this.verifications.lockVisible(em, viewer, assetId);
      if (!row) throw notFound('Asset');
      if (!mayVerifyAsset(viewer, row)) {
        throw forbidden('Only the asset’s verifier, enablement and admins may verify it.');
      }
      if (row.status !== AssetStatus.PUBLISHED) throw badInput('id', 'Only a published asset can be verified.');
      if (
        (await this.verifications.verifiedSince(em, viewer.id, new Date(now.getTime() - 60_000))) >=
        VERIFICATIONS_PER_MINUTE
      ) {
        throw rateLimited(60);
      }
      await this.verifications.recordVerification(em, assetId, viewer.id, now);
    });
  }

  /** Names who verifies an asset (enablement and admins; the resolver checks the role). */
  async setVerifier(viewer: Viewer, assetId: string, userId: string): Promise<void> {
    checkId('assetId', assetId);
    checkId('userId', userId);
    await this.dataSource.transaction(async (em) => {
      const row = await this.verifications.lockVisible(em, viewer, assetId);
      if (!row) throw notFound('Asset');
      if (row.status === AssetStatus.ARCHIVED) throw badInput('assetId', 'An archived asset has no verifier.');
      const person = await this.verifications.person(em, userId);
      if (!person) throw notFound('User');
      if (person.status !== UserStatus.ACTIVE) throw badInput('userId', 'The verifier must be an active user.');
      if (!(await this.verifications.maySee(em, person, assetId))) {
        throw badInput('userId', 'The verifier must be someone who may see the asset.');
      }
      await this.verifications.setVerifier(em, assetId, userId);
    });
  }

  /** Overdue assets the viewer may see, riskiest first (used in open deals, then most reused). */
  reviewQueue(viewer: Viewer, now = new Date()): Promise<VerificationRow[]> {
    return this.verifications.overdue(viewer, now, REVIEW_QUEUE_LIMIT);
  }

  async intervals(): Promise<ReviewInterval[]> {
    const set = new Map((await this.verifications.intervals()).map((r) => [r.kind, r.days]));
    return Object.values(AssetKind).map((kind) => ({
      kind,
      days: set.get(kind) ?? DEFAULT_REVIEW_DAYS,
      isDefault: !set.has(kind),
    }));
  }

  async setInterval(viewer: Viewer, kind: AssetKind, days: number): Promise<ReviewInterval> {
    if (!Object.values(AssetKind).includes(kind)) throw badInput('kind', 'kind must be an asset kind.');
    if (!Number.isInteger(days) || days < 1 || days > MAX_REVIEW_DAYS) {
      throw badInput('days', `A review interval is 1 to ${MAX_REVIEW_DAYS} days.`);
    }
    const saved = await this.verifications.saveInterval(kind, days, viewer.id);
    return { kind: saved.kind, days: saved.days, isDefault: false };
  }
}
