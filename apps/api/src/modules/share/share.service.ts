import { Inject, Injectable } from '@nestjs/common';
import type { CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { ApprovalService } from '../approval/approval.service.js';
import { AssetKind } from '../asset/asset.entity.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import { ReuseKind } from '../reuse/reuse-event.entity.js';
import { ReuseRepository } from '../reuse/reuse.repository.js';
import { mayRevokeShareLink } from './share-access.js';
import { addressHash, hashShareToken, newShareToken } from './share-token.util.js';
import { ShareRepository } from './share.repository.js';
import type { ShareLinkRow, ShareSessionRow } from './share.repository.js';
import { toShareLinkObject } from './dto/share-link.object.js';
import type { ShareLinkObject } from './dto/share-link.object.js';
import type { CreateShareLinkInput } from './dto/create-share-link.input.js';

const DAY_MS = 86_400_000;
export const DEFAULT_EXPIRY_DAYS = 30;
export const MAX_EXPIRY_DAYS = 365;
/** Kinds buyers may be shown until an admin says otherwise. */
export const DEFAULT_CLIENT_SAFE_KINDS: readonly AssetKind[] = [AssetKind.CLIENT_FACING];
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export const isEmail = (value: string): boolean => value.length <= 254 && EMAIL.test(value);

function bounded(field: string, value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return trimmed || null;
}

/** Share links: created with a SHARE_WITH_CUSTOMER reuse in one transaction, idempotent per client event id. */
@Injectable()
export class ShareService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly shares: ShareRepository,
    private readonly reuses: ReuseRepository,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
    private readonly approvals: ApprovalService,
  ) {}

  async create(viewer: Viewer, input: CreateShareLinkInput, clientAddress: string | null): Promise<ShareLinkObject> {
    const clientEventId = input.clientEventId.trim();
    if (!clientEventId || clientEventId.length > 100) {
      throw badInput('clientEventId', 'clientEventId must be 1 to 100 characters');
    }
    const recipientName = bounded('recipientName', input.recipientName, 200);
    const recipientEmail = bounded('recipientEmail', input.recipientEmail, 254)?.toLowerCase() ?? null;
    if (recipientEmail && !isEmail(recipientEmail)) {
      throw badInput('recipientEmail', "The buyer's email is not a valid email address.");
    }
    const now = Date.now();
    const expiresAt = input.expiresAt ?? new Date(now + DEFAULT_EXPIRY_DAYS * DAY_MS);
    if (!(expiresAt instanceof Date) || Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= now) {
      throw badInput('expiresAt', 'expiresAt must be in the future');
    }
    if (expiresAt.getTime() > now + MAX_EXPIRY_DAYS * DAY_MS) {
      throw badInput('expiresAt', `A share link expires within ${MAX_EXPIRY_DAYS} days`);
    }
    const dealId = input.dealId ?? null;
    const requireEmail = input.requireEmail ?? false;
    const token = newShareToken();
    const results: CreditResult[] = [];
    const outcome = await this.dataSource.transaction(async (em) => {
      // As recordReuse: retries and concurrent duplicates take turns on the client event's lock.
      const check = await this.shares.lockAndCheck(
        em,
        viewer,
        input.assetId,
        dealId,
        `share:${viewer.id}:${clientEventId}`,
      );
      const existing = await this.shares.findByClientEvent(em, viewer.id, clientEventId);
      if (existing) {
        const same =
          existing.assetId === input.assetId &&
          existing.dealId === dealId &&
          existing.recipientName === recipientName &&
          existing.recipientEmail === recipientEmail &&
          existing.requireEmail === requireEmail;
        if (!same) throw conflict('This clientEventId was already used for a different share.', 'clientEventId');
        return { link: existing, token: null };
      }
      if (!check.asset) throw notFound('Asset');
      if (check.asset.status !== 'PUBLISHED') throw badInput('assetId', 'Only a published asset can be shared.');
      const safe: readonly string[] = check.clientSafeKinds ?? DEFAULT_CLIENT_SAFE_KINDS;
      if (!safe.includes(check.asset.kind)) {
        throw badInput('assetId', `Assets of kind ${check.asset.kind} are not client-safe, so they cannot be shared.`);
      }
      if (check.asset.isTemplate) {
        // A buyer would read its placeholders: a template reaches customers as a copy personalised for their deal.
        throw badInput('assetId', 'A template is personalised for a deal first; share the personalised copy.');
      }
      if (dealId && !check.worksOnDeal) throw notFound('Deal');
      // With approval on, client-facing content reaches buyers only once enablement approved this version of it.
      await this.approvals.assertShareable(em, input.assetId);
      const result = await this.credit.record(em, {
        kind: 'REUSE',
        actorId: viewer.id,
        assetId: input.assetId,
        reuseKind: 'SHARE_WITH_CUSTOMER',
        viaShareLink: true,
      });
      results.push(result);
      const reuse = await this.reuses.insert(em, {
        assetId: input.assetId,
        actorId: viewer.id,
        kind: ReuseKind.SHARE_WITH_CUSTOMER,
        dealId: null,
        clientEventId: `share-link:${clientEventId}`.slice(0, 100),
        occurredAt: result.occurredAt,
        pointsAwarded: result.awardedPoints,
        creditEventId: result.eventId,
      });
      const link = await this.shares.insert(em, {
        tokenHash: hashShareToken(token),
        assetId: input.assetId,
        dealId,
        sharerId: viewer.id,
        clientEventId,
        reuseEventId: reuse.id,
        recipientName,
        recipientEmail,
        requireEmail,
        expiresAt,
        creatorAddressHash: clientAddress ? addressHash(this.config.jwtSecret, clientAddress) : null,
      });
      return { link, token };
    });
    this.notifier.publish(results);
    return toShareLinkObject(outcome.link, this.config.publicUrl, outcome.token ?? undefined);
  }

  async revoke(viewer: Viewer, id: string): Promise<ShareLinkObject> {
    await this.dataSource.transaction(async (em) => {
      const sharerId = await this.shares.sharerOf(em, id);
      if (!sharerId || !mayRevokeShareLink(viewer, sharerId)) throw notFound('Share link');
      await this.shares.revoke(em, id);
    });
    const [link] = await this.shares.readable(viewer, { ids: [id] });
    if (!link) throw notFound('Share link');
    return this.toObject(link);
  }

  async list(viewer: Viewer, assetId: string | null, dealId: string | null): Promise<ShareLinkObject[]> {
    return (await this.shares.readable(viewer, { assetId, dealId })).map((l) => this.toObject(l));
  }

  sessions(linkIds: readonly string[]): Promise<ShareSessionRow[]> {
    return this.shares.sessions(linkIds);
  }

  async clientSafeKinds(): Promise<AssetKind[]> {
    return ((await this.shares.clientSafeKinds()) ?? DEFAULT_CLIENT_SAFE_KINDS) as AssetKind[];
  }

  async setClientSafeKinds(viewer: Viewer, kinds: readonly AssetKind[]): Promise<AssetKind[]> {
    const unique = [...new Set(kinds)].sort();
    return (await this.shares.setClientSafeKinds(unique, viewer.id)) as AssetKind[];
  }

  private toObject(link: ShareLinkRow): ShareLinkObject {
    return toShareLinkObject(link, this.config.publicUrl);
  }
}
