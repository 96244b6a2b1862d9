import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { heldBackByApproval } from '../approval/approval.repository.js';
import { Role } from '../user/user.entity.js';
import { worksOnDeal } from '../deal/deal-access.js';
import { readableShareLinks } from './share-access.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };
const HASH = '0'.repeat(64);

/** A share link as the app reads it, with its counted sessions' total time. */
export interface ShareLinkRow {
  id: string;
  assetId: string;
  dealId: string | null;
  sharerId: string;
  clientEventId: string;
  recipientName: string | null;
  recipientEmail: string | null;
  requireEmail: boolean;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
  opens: number;
  firstViewedAt: Date | null;
  totalSeconds: number;
}

export interface NewShareLink {
  tokenHash: string;
  assetId: string;
  dealId: string | null;
  sharerId: string;
  clientEventId: string;
  reuseEventId: string;
  recipientName: string | null;
  recipientEmail: string | null;
  requireEmail: boolean;
  expiresAt: Date;
  creatorAddressHash: string | null;
}

/** What creating a link needs to know, read while holding the client event's lock. */
export interface ShareCheck {
  asset: { status: string; kind: string; isTemplate: boolean } | null;
  /** Whether the deal exists and the viewer works on it. */
  worksOnDeal: boolean;
  clientSafeKinds: string[] | null;
}

/** What a buyer's page shows, from the link's token hash. */
export interface SharePageRow {
  id: string;
  live: boolean;
  requireEmail: boolean;
  recipientName: string | null;
  assetId: string;
  title: string;
  summary: string | null;
  body: string;
  assetVersion: number;
  sharerName: string;
  attachments: { id: string; fileName: string; contentType: string; sizeBytes: number }[];
}

/** A link as the public routes need it, from its token hash. */
export interface PublicLinkRow {
  id: string;
  live: boolean;
  assetId: string;
  sharerId: string;
  requireEmail: boolean;
  creatorAddressHash: string | null;
}

export interface OpenSession {
  id: string;
  /** The row's version (xmin) when it was read. */
  version: string;
  visibleSeconds: number;
  pageSeconds: Record<string, number>;
  /** When it was counted (as JSON text), or null. */
  countedAt: string | null;
  /** Seconds since its last beacon, by the database clock. */
  idleSeconds: number;
}

export interface ShareSessionRow {
  id: string;
  shareLinkId: string;
  startedAt: Date;
  lastActivityAt: Date;
  durationSeconds: number;
  pagesViewed: number;
  pageSeconds: Record<string, number>;
  device: string | null;
  email: string | null;
}

export interface FirstView {
  sharerId: string;
  assetId: string;
  dealId: string | null;
  recipientName: string | null;
  assetTitle: string;
}

const LINK_COLUMNS = `l.id, l.asset_id AS "assetId", l.deal_id AS "dealId", l.sharer_id AS "sharerId",
       l.client_event_id AS "clientEventId", l.recipient_name AS "recipientName", l.recipient_email AS "recipientEmail",
       l.require_email AS "requireEmail", l.expires_at AS "expiresAt", l.revoked_at AS "revokedAt",
       l.created_at AS "createdAt", l.opens, l.first_viewed_at AS "firstViewedAt",
       (SELECT coalesce(sum(s.visible_seconds), 0) FROM share_sessions s
         WHERE s.share_link_id = l.id AND s.counted_at IS NOT NULL)::int AS "totalSeconds"`;

/** The idle time after which a buyer's next beacon starts a new session. */
export const SESSION_IDLE_SECONDS = 600;

/** Whether a link (`l`, its asset `a`) still opens: not revoked, not expired, its asset still published. */
/** A link buyers may open: not revoked or expired, its asset published and not held back for approval. */
const LIVE = `(l.revoked_at IS NULL AND l.expires_at > now() AND a.status = 'PUBLISHED'
               AND NOT ${heldBackByApproval('a')}) AS live`;

/** A link as its public routes see it (`PublicLinkRow`), from `l` and its asset `a`. */
const PUBLIC_LINK = `l.id, ${LIVE},
              l.asset_id AS "assetId", l.sharer_id AS "sharerId", l.require_email AS "requireEmail",
              l.creator_address_hash AS "creatorAddressHash"`;

/** Every statement on `share_links`, `share_sessions` and `share_settings`: the one writer of those tables. */
@Injectable()
export class ShareRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the lock named `lockKey` for the transaction and reads the asset if the viewer may see it, whether the viewer
   * works on the deal, and the organisation's client-safe kinds (null: the default).
   */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID, EXAMPLE_ID, 'example'] })
  async lockAndCheck(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
    dealId: string | null,
    lockKey: string,
  ): Promise<ShareCheck> {
    const params: unknown[] = [assetId, dealId, lockKey];
    const visible = positional(visibleAssets('a', viewer), params);
    const worked = positional(worksOnDeal('d', viewer), params);
    const [row] = await em.query<
      { asset: ShareCheck['asset']; worksOnDeal: boolean; kinds: string[] | null; locked: unknown }[]
    >(
      `SELECT pg_advisory_xact_lock(hashtextextended($3, 1)) AS locked,
              (SELECT json_build_object('status', a.status, 'kind', a.kind, 'isTemplate', a.is_template) FROM assets a
                WHERE a.id = $1 AND ${visible}) AS asset,
              EXISTS (SELECT 1 FROM deals d WHERE d.id = $2 AND ${worked}) AS "worksOnDeal",
              (SELECT client_safe_kinds FROM share_settings WHERE id = 1) AS kinds`,
      params,
    );
    return { asset: row.asset, worksOnDeal: row.worksOnDeal, clientSafeKinds: row.kinds };
  }

  async findByClientEvent(em: EntityManager, sharerId: string, clientEventId: string): Promise<ShareLinkRow | null> {
    const [row] = await em.query<ShareLinkRow[]>(
      `SELECT ${LINK_COLUMNS} FROM share_links l WHERE l.sharer_id = $1 AND l.client_event_id = $2`,
      [sharerId, clientEventId],
    );
    return row ?? null;
  }

  async insert(em: EntityManager, link: NewShareLink): Promise<ShareLinkRow> {
    const [row] = await em.query<ShareLinkRow[]>(
      `WITH l AS (
         INSERT INTO share_links (token_hash, asset_id, deal_id, sharer_id, client_event_id, reuse_event_id,
                                  recipient_name, recipient_email, require_email, expires_at, creator_address_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         RETURNING *
       )
       SELECT ${LINK_COLUMNS} FROM l`,
      [
        link.tokenHash,
        link.assetId,
        link.dealId,
        link.sharerId,
        link.clientEventId,
        link.reuseEventId,
        link.recipientName,
        link.recipientEmail,
        link.requireEmail,
        link.expiresAt,
        link.creatorAddressHash,
      ],
    );
    return row;
  }

  /** The sharer of a link, or null if there is no such link. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async sharerOf(em: EntityManager, id: string): Promise<string | null> {
    const [row] = await em.query<{ sharer_id: string }[]>('SELECT sharer_id FROM share_links WHERE id = $1', [id]);
    return row?.sharer_id ?? null;
  }

  /** Revokes a link now; a revoked one keeps its first revocation. */
  async revoke(em: EntityManager, id: string): Promise<void> {
    await em.query('UPDATE share_links SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1', [id]);
  }

  /**
   * The links the viewer may read (see share-access.ts) of assets they may see, newest first: by id, or of an asset
   * and/or a deal.
   */
  @GenerateSql(
    { name: 'of an asset', params: [VIEWER, { assetId: EXAMPLE_ID }] },
    { name: 'by id', params: [VIEWER, { ids: [EXAMPLE_ID] }] },
  )
  async readable(
    viewer: Viewer,
    filter: { ids?: readonly string[]; assetId?: string | null; dealId?: string | null },
  ): Promise<ShareLinkRow[]> {
    const params: unknown[] = [filter.ids ?? null, filter.assetId ?? null, filter.dealId ?? null];
    const readable = positional(readableShareLinks('l', viewer), params);
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query<ShareLinkRow[]>(
      `SELECT ${LINK_COLUMNS}
         FROM share_links l JOIN assets a ON a.id = l.asset_id
        WHERE ($1::uuid[] IS NULL OR l.id = ANY($1::uuid[]))
          AND ($2::uuid IS NULL OR l.asset_id = $2) AND ($3::uuid IS NULL OR l.deal_id = $3)
          AND ${readable} AND ${visible}
        ORDER BY l.created_at DESC, l.id DESC
        LIMIT 500`,
      params,
    );
  }

  /** The counted sessions of these links, newest first (the caller has checked the viewer may read the links). */
  @GenerateSql({ params: [[EXAMPLE_ID]] })
  sessions(linkIds: readonly string[]): Promise<ShareSessionRow[]> {
    return this.dataSource.query<ShareSessionRow[]>(
      `SELECT s.id, s.share_link_id AS "shareLinkId", s.started_at AS "startedAt", s.last_activity_at AS "lastActivityAt",
              s.visible_seconds AS "durationSeconds", s.pages_viewed AS "pagesViewed", s.page_seconds AS "pageSeconds",
              s.device, s.email
         FROM share_sessions s
        WHERE s.share_link_id = ANY($1::uuid[]) AND s.counted_at IS NOT NULL
        ORDER BY s.started_at DESC, s.id DESC`,
      [linkIds],
    );
  }

  @GenerateSql({ params: [] })
  async clientSafeKinds(): Promise<string[] | null> {
    const [row] = await this.dataSource.query<{ kinds: string[] }[]>(
      'SELECT client_safe_kinds AS kinds FROM share_settings WHERE id = 1',
    );
    return row?.kinds ?? null;
  }

  async setClientSafeKinds(kinds: readonly string[], adminId: string): Promise<string[]> {
    const [row] = await this.dataSource.query<{ kinds: string[] }[]>(
      `INSERT INTO share_settings (id, client_safe_kinds, updated_by) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET client_safe_kinds = EXCLUDED.client_safe_kinds,
                                      updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING client_safe_kinds AS kinds`,
      [kinds, adminId],
    );
    return row.kinds;
  }

  /**
   * The buyer's page of a link, by its token hash, in one statement: the link, its asset, the sharer's name and the
   * asset's attachments; with `countOpen`, one more open on a live link. A link is live until it is revoked or
   * expires, and while its asset stays published. An open is a counter for the sharer's eyes: its commit does not
   * wait for the disk (a crash may lose the last fraction of a second of opens, never a credit).
   */
  @GenerateSql({ params: [HASH, true] })
  async page(tokenHash: string, countOpen: boolean): Promise<SharePageRow | null> {
    const [row] = await this.dataSource.query<SharePageRow[]>(
      `WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),
       link AS (
         SELECT l.id, l.asset_id, l.sharer_id, l.recipient_name, l.require_email,
                ${LIVE}
           FROM relaxed, share_links l JOIN assets a ON a.id = l.asset_id
          WHERE l.token_hash = $1
       ),
       opened AS (
         UPDATE share_links SET opens = opens + 1 WHERE id = (SELECT id FROM link WHERE live) AND $2
       )
       SELECT link.id, link.live, link.require_email AS "requireEmail", link.recipient_name AS "recipientName",
              a.id AS "assetId", a.title, a.summary, a.body, a.version AS "assetVersion", u.name AS "sharerName",
              coalesce((SELECT json_agg(json_build_object('id', f.id, 'fileName', f.file_name,
                                                          'contentType', f.content_type, 'sizeBytes', f.size_bytes)
                                        ORDER BY f.created_at, f.id)
                          FROM attachments f WHERE f.asset_id = a.id), '[]') AS attachments
         FROM link JOIN assets a ON a.id = link.asset_id JOIN users u ON u.id = link.sharer_id`,
      [tokenHash, countOpen],
    );
    return row ?? null;
  }

  /** A link as the beacon, the gate and the files need it, by its token hash. */
  @GenerateSql({ params: [HASH] })
  async byToken(tokenHash: string): Promise<PublicLinkRow | null> {
    const [row] = await this.dataSource.query<PublicLinkRow[]>(
      `SELECT ${PUBLIC_LINK}
         FROM share_links l JOIN assets a ON a.id = l.asset_id
        WHERE l.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  /**
   * What a beacon needs, in one statement: the link, by its token hash, and this viewer's open session on it (the
   * newest with a beacon in the last 10 minutes), with its row version for the write that follows.
   */
  @GenerateSql({ params: [HASH, 'viewer-example-0001'] })
  async beaconState(
    tokenHash: string,
    viewerKey: string,
  ): Promise<{ link: PublicLinkRow & { firstViewed: boolean }; open: OpenSession | null } | null> {
    const [row] = await this.dataSource.query<
      (PublicLinkRow & { firstViewed: boolean; session: OpenSession | null })[]
    >(
      `SELECT ${PUBLIC_LINK}, l.first_viewed_at IS NOT NULL AS "firstViewed",
              CASE WHEN s.id IS NOT NULL THEN json_build_object(
                'id', s.id, 'version', s.version, 'visibleSeconds', s.visible_seconds, 'pageSeconds', s.page_seconds,
                'countedAt', s.counted_at, 'idleSeconds', extract(epoch FROM now() - s.last_activity_at)) END AS session
         FROM share_links l JOIN assets a ON a.id = l.asset_id
         LEFT JOIN LATERAL (
           SELECT s.id, s.xmin::text AS version, s.visible_seconds, s.page_seconds, s.counted_at, s.last_activity_at
             FROM share_sessions s
            WHERE s.share_link_id = l.id AND s.viewer_key = $2
              AND s.last_activity_at > now() - make_interval(secs => ${SESSION_IDLE_SECONDS})
            ORDER BY s.last_activity_at DESC LIMIT 1
         ) s ON true
        WHERE l.token_hash = $1`,
      [tokenHash, viewerKey],
    );
    if (!row) return null;
    const { session, ...link } = row;
    return { link, open: session };
  }

  /**
   * Starts a session, counted at once if it already meets the bar; its id. Seconds of viewing are analytics: this
   * commit does not wait for the disk (a crash may lose the last fraction of a second of them, never a credit).
   */
  async insertSession(
    s: {
      linkId: string;
      viewerKey: string;
      visibleSeconds: number;
      pageSeconds: Record<string, number>;
      device: string;
      email: string | null;
      counted: boolean;
    },
    em: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const [row] = await em.query<{ id: string }[]>(
      `WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))
       INSERT INTO share_sessions (share_link_id, viewer_key, started_at, last_activity_at, visible_seconds,
                                   page_seconds, pages_viewed, device, email, counted_at)
       SELECT $1, $2, now(), now(), $3, $4::jsonb, (SELECT count(*) FROM jsonb_object_keys($4::jsonb)), $5, $6,
              CASE WHEN $7 THEN now() END
         FROM relaxed
       RETURNING id`,
      [s.linkId, s.viewerKey, s.visibleSeconds, JSON.stringify(s.pageSeconds), s.device, s.email, s.counted],
    );
    return row.id;
  }

  /**
   * Adds a beacon to a session (its new totals, computed by the caller from the row version `version`); false when
   * another beacon changed the session since it was read (the caller reads again). Its commit does not wait for the
   * disk either, unless its transaction says so (`durableCommit`).
   */
  async updateSession(
    s: {
      id: string;
      version: string;
      visibleSeconds: number;
      pageSeconds: Record<string, number>;
      email: string | null;
      counted: boolean;
    },
    em: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    // A SELECT around the UPDATE, so the driver answers rows (an UPDATE answers its row count beside them).
    const [{ written }] = await em.query<{ written: number }[]>(
      `WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true)),
       written AS (
         UPDATE share_sessions
            SET last_activity_at = now(), visible_seconds = $3, page_seconds = $4::jsonb,
                pages_viewed = (SELECT count(*) FROM jsonb_object_keys($4::jsonb)),
                email = coalesce(email, $5), counted_at = coalesce(counted_at, CASE WHEN $6 THEN now() END)
           FROM relaxed
          WHERE id = $1 AND xmin::text = $2
         RETURNING 1
       )
       SELECT count(*)::int AS written FROM written`,
      [s.id, s.version, s.visibleSeconds, JSON.stringify(s.pageSeconds), s.email, s.counted],
    );
    return written === 1;
  }

  /**
   * Marks the link first viewed by this session, once: the conditional update lets exactly one transaction through
   * however many beacons arrive together (the others wait on the row, then find it taken). Null if it was taken.
   */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, EXAMPLE_ID] })
  async claimFirstView(em: EntityManager, linkId: string, sessionId: string): Promise<FirstView | null> {
    const [row] = await em.query<FirstView[]>(
      `WITH claimed AS (
         UPDATE share_links SET first_viewed_at = now(), first_session_id = $2
          WHERE id = $1 AND first_viewed_at IS NULL
          RETURNING sharer_id, asset_id, deal_id, recipient_name
       )
       SELECT c.sharer_id AS "sharerId", c.asset_id AS "assetId", c.deal_id AS "dealId",
              c.recipient_name AS "recipientName", a.title AS "assetTitle"
         FROM claimed c JOIN assets a ON a.id = c.asset_id`,
      [linkId, sessionId],
    );
    return row ?? null;
  }

  /** This transaction's commit waits for the disk again (it writes credit). */
  async durableCommit(em: EntityManager): Promise<void> {
    await em.query(`SELECT set_config('synchronous_commit', 'on', true)`);
  }

  async setTopUp(em: EntityManager, linkId: string, creditEventId: string): Promise<void> {
    await em.query('UPDATE share_links SET top_up_credit_event_id = $2 WHERE id = $1', [linkId, creditEventId]);
  }
}
