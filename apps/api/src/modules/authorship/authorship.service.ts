import { Injectable } from '@nestjs/common';
import { resplitShares } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, forbidden, notFound } from '../../core/graphql/errors.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { declineRefusal, leadRoles } from './authorship-access.js';
import { AuthorRole, AuthorshipConsent } from './authorship.entity.js';
import { AuthorshipRepository } from './authorship.repository.js';
import type { AuthorshipInput } from './dto/authorship.input.js';
import type { AuthorshipRow, DeclinedAuthorshipRow } from './dto/authorship.object.js';

const FIELD = 'authors';

const ROLE_WORDS: Record<AuthorRole, string> = {
  [AuthorRole.LEAD_AUTHOR]: 'lead author',
  [AuthorRole.CO_AUTHOR]: 'co-author',
  [AuthorRole.ADAPTER]: 'adapter',
  [AuthorRole.SUBJECT_MATTER_EXPERT]: 'subject-matter expert',
  [AuthorRole.REVIEWER]: 'reviewer',
};

/** Told, in the transaction, that an asset's authors changed without an edit of the asset (a co-author declined). */
export type AuthorsChangedHook = (em: EntityManager, assetId: string, changedBy: string) => Promise<void>;

const assetPath = (assetId: string) => `/assets/${assetId}`;

@Injectable()
export class AuthorshipService {
  private readonly changedHooks: AuthorsChangedHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly authorships: AuthorshipRepository,
    private readonly notifications: NotificationService,
  ) {}

  /** Registers a hook run when a co-author's answer changes who authored an asset, in its transaction. */
  onAuthorsChanged(hook: AuthorsChangedHook): void {
    this.changedHooks.push(hook);
  }

  /**
   * Checks a proposed author list: distinct existing users, whole-percent shares from 1 to 100 summing to 100, and
   * a lead (a LEAD_AUTHOR; for an adaptation an ADAPTER leads too). Throws BAD_USER_INPUT naming `authors`.
   */
  async validate(em: EntityManager, authors: AuthorshipInput[], adaptation: boolean): Promise<void> {
    if (!authors.length) throw badInput(FIELD, 'An asset needs at least one author.');
    const ids = authors.map((a) => a.userId);
    if (new Set(ids).size !== ids.length) throw badInput(FIELD, 'Each person can be an author only once.');
    for (const a of authors) {
      if (!Number.isInteger(a.share) || a.share < 1 || a.share > 100) {
        throw badInput(FIELD, 'Each share must be a whole percent from 1 to 100.');
      }
    }
    const total = authors.reduce((sum, a) => sum + a.share, 0);
    if (total !== 100) throw badInput(FIELD, `Shares must add up to 100; these add up to ${total}.`);
    if (!authors.some((a) => leadRoles(adaptation).includes(a.role))) {
      throw badInput(
        FIELD,
        adaptation ? 'An adaptation needs a LEAD_AUTHOR or an ADAPTER.' : 'An asset needs a LEAD_AUTHOR.',
      );
    }
    const found = await this.authorships.countUsers(em, ids);
    if (found !== ids.length) throw badInput(FIELD, 'An author is not a known user.');
  }

  /**
   * Replaces an asset's authors; the database checks at commit that the shares sum to 100. Whoever stays keeps their
   * answer; a person newly named by someone else is PENDING and told (a COAUTHORSHIP notification, returned to be
   * announced after the commit), which also holds for someone who had declined and is named again.
   */
  async replace(
    em: EntityManager,
    asset: { id: string; title: string },
    authors: AuthorshipInput[],
    namedBy: string,
  ): Promise<NotificationEntity[]> {
    const before = new Map((await this.authorships.forAssets(em, [asset.id])).map((a) => [a.userId, a]));
    const added = authors.filter((a) => !before.has(a.userId));
    await this.authorships.replace(
      em,
      asset.id,
      authors.map((a) => ({
        userId: a.userId,
        role: a.role,
        share: a.share,
        consent:
          before.get(a.userId)?.consent ??
          (a.userId === namedBy ? AuthorshipConsent.ACCEPTED : AuthorshipConsent.PENDING),
      })),
    );
    await this.authorships.clearDeclines(
      em,
      asset.id,
      added.map((a) => a.userId),
    );
    const told = added.filter((a) => a.userId !== namedBy);
    if (!told.length) return [];
    const namer = (await this.authorships.names(em, [namedBy])).get(namedBy) ?? 'Someone';
    const notes: NotificationEntity[] = [];
    for (const a of told) {
      notes.push(
        await this.notifications.add(
          em,
          a.userId,
          'COAUTHORSHIP',
          `${namer} named you ${ROLE_WORDS[a.role]} of ${asset.title} (${a.share}% of its credit). You may decline.`.slice(
            0,
            500,
          ),
          assetPath(asset.id),
        ),
      );
    }
    return notes;
  }

  /** Announces notifications written in a transaction that has committed. */
  announce(notes: readonly NotificationEntity[]): void {
    this.notifications.announce(notes);
  }

  /**
   * The viewer leaves an asset they were named on: their share is spread over the others in proportion to their
   * shares (libs/credit `resplitShares`). Credit already booked stays as it is (each credit event keeps the authors
   * and shares it was computed from); events from now on follow the new shares. A LEAD_AUTHOR cannot decline, nor
   * the last lead of an adaptation: FORBIDDEN with `reason`. Returns the authors that remain.
   */
  async decline(viewer: Viewer, assetId: string): Promise<AuthorshipRow[]> {
    const notes: NotificationEntity[] = [];
    const remaining = await this.dataSource.transaction(async (em) => {
      const asset = await this.authorships.lockVisibleAsset(em, viewer, assetId);
      if (!asset) throw notFound('Asset');
      const authors = await this.authorships.forAssets(em, [asset.id]);
      const refusal = declineRefusal(viewer.id, authors, asset.adaptation);
      if (refusal === 'NOT_AN_AUTHOR') throw notFound('Your authorship of this asset');
      if (refusal === 'LEAD_AUTHOR') {
        throw forbidden('The lead author cannot decline: name another lead author first, then decline.', {
          reason: 'LEAD_AUTHOR',
        });
      }
      if (refusal === 'LAST_LEAD') {
        throw forbidden('You lead this adaptation: name another lead first, then decline.', { reason: 'LAST_LEAD' });
      }
      const mine = authors.find((a) => a.userId === viewer.id)!;
      const others = authors.filter((a) => a.userId !== viewer.id);
      const shares = new Map(resplitShares(others).map((s) => [s.userId, s.share]));
      await this.authorships.replace(
        em,
        asset.id,
        others.map((a) => ({ userId: a.userId, role: a.role, share: shares.get(a.userId)!, consent: a.consent })),
      );
      await this.authorships.recordDecline(em, {
        assetId: asset.id,
        userId: viewer.id,
        role: mine.role,
        share: mine.share,
      });
      for (const hook of this.changedHooks) await hook(em, asset.id, viewer.id);
      const name = (await this.authorships.names(em, [viewer.id])).get(viewer.id) ?? 'A co-author';
      for (const a of others) {
        notes.push(
          await this.notifications.add(
            em,
            a.userId,
            'COAUTHORSHIP',
            `${name} declined being named on ${asset.title}; their ${mine.share}% went to the other authors.`.slice(
              0,
              500,
            ),
            assetPath(asset.id),
          ),
        );
      }
      return this.authorships.forAssets(em, [asset.id]);
    });
    this.notifications.announce(notes);
    return remaining;
  }

  /** The viewer agrees to be named on an asset (idempotent). */
  async accept(viewer: Viewer, assetId: string): Promise<AuthorshipRow[]> {
    return this.dataSource.transaction(async (em) => {
      const asset = await this.authorships.lockVisibleAsset(em, viewer, assetId);
      if (!asset) throw notFound('Asset');
      const authors = await this.authorships.forAssets(em, [asset.id]);
      if (!authors.some((a) => a.userId === viewer.id)) throw notFound('Your authorship of this asset');
      await this.authorships.setConsent(em, asset.id, viewer.id, AuthorshipConsent.ACCEPTED);
      return this.authorships.forAssets(em, [asset.id]);
    });
  }

  /** Authors of many assets, largest share first. */
  async forAssets(assetIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<AuthorshipRow[]> {
    if (!assetIds.length) return [];
    return this.authorships.forAssets(em, assetIds);
  }

  /** The co-authors who declined these assets, latest first. */
  async declinesOf(assetIds: readonly string[]): Promise<DeclinedAuthorshipRow[]> {
    if (!assetIds.length) return [];
    return this.authorships.declines(this.dataSource.manager, assetIds);
  }
}
