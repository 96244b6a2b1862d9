import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { AssetEntity } from '../asset/asset.entity.js';
import type { AssetStatus } from '../asset/asset.entity.js';
import { Role } from '../user/user.entity.js';
import { AttributionReviewStatus } from './similarity.entity.js';
import type { MatchedSlide } from './similarity.entity.js';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };
const EXAMPLE_KEYS = ['4294967296', '8589934593'];
const EXAMPLE_MINHASH = Array.from({ length: 128 }, (_, i) => i);

/** A signature to store: the asset's text (part '') or one slide, with its band keys. */
export interface NewSignature {
  part: string;
  attachmentId: string | null;
  slideN: number | null;
  minhash: number[];
  shingles: number;
  bandKeys: string[];
}

/** A stored signature of another asset that shares band keys with one of the asset's own (`query`: its index). */
export interface Candidate {
  query: number;
  assetId: string;
  attachmentId: string | null;
  slideN: number | null;
  minhash: number[];
}

export interface MatchRow {
  matchedAssetId: string;
  similarity: number;
  partial: boolean;
  slides: MatchedSlide[];
}

export interface StoredMatch extends MatchRow {
  assetId: string;
  declinedAt: Date | null;
  reviewId: string | null;
}

export interface ReviewRow {
  id: string;
  assetId: string;
  status: AttributionReviewStatus;
  derivedFromId: string | null;
  resolvedById: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

/** The asset facts a check and a decision need. */
export interface AssetState {
  id: string;
  status: AssetStatus;
  derivedFromId: string | null;
  createdById: string;
  publishedAt: Date | null;
}

const REVIEW_COLUMNS = `r.id, r.asset_id AS "assetId", r.status, r.derived_from_id AS "derivedFromId",
       r.resolved_by AS "resolvedById", r.resolved_at AS "resolvedAt", r.created_at AS "createdAt"`;
const MATCH_COLUMNS = `m.asset_id AS "assetId", m.matched_asset_id AS "matchedAssetId", m.similarity::float8 AS similarity,
       m.partial, m.slides, m.declined_at AS "declinedAt", m.review_id AS "reviewId"`;

/** Every statement on the signatures, their bands, the matches and the attribution reviews. */
@Injectable()
export class SimilarityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the asset for the check or decision and reads what they need; null when there is no such asset. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async lockAsset(em: EntityManager, assetId: string): Promise<AssetState | null> {
    const [row] = await em.query<AssetState[]>(
      `SELECT a.id, a.status, a.derived_from_id AS "derivedFromId", a.created_by AS "createdById",
              a.published_at AS "publishedAt"
         FROM assets a WHERE a.id = $1 FOR UPDATE`,
      [assetId],
    );
    return row ?? null;
  }

  /** The text of each page of the asset's files, as they were read, oldest file first (the caller locked it). */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  filePages(
    em: EntityManager,
    assetId: string,
  ): Promise<{ attachmentId: string; kind: string; n: number; heading: string | null; text: string }[]> {
    return em.query(
      `SELECT p.attachment_id AS "attachmentId", x.kind, p.n, p.heading, p.text
         FROM file_pages p JOIN file_extractions x ON x.attachment_id = p.attachment_id
         JOIN attachments f ON f.id = p.attachment_id
        WHERE p.asset_id = $1 ORDER BY f.created_at, f.id, p.n`,
      [assetId],
    );
  }

  /** Assets by id, whoever may see them: for enablement's review queue, which needs both sides of a match. */
  assets(em: EntityManager, ids: string[]): Promise<AssetEntity[]> {
    return ids.length ? em.find(AssetEntity, { where: { id: In(ids) } }) : Promise.resolve([]);
  }

  /** The asset's stored slide signatures (kept when a check brings only its text). */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async slideSignatures(em: EntityManager, assetId: string): Promise<NewSignature[]> {
    return em.query<NewSignature[]>(
      `SELECT s.part, s.attachment_id AS "attachmentId", s.slide_n AS "slideN", s.minhash, s.shingles,
              ARRAY(SELECT b.band_key::text FROM similarity_bands b WHERE b.signature_id = s.id ORDER BY b.band_key) AS "bandKeys"
         FROM similarity_signatures s
        WHERE s.asset_id = $1 AND s.slide_n IS NOT NULL
        ORDER BY s.attachment_id, s.slide_n`,
      [assetId],
    );
  }

  /** Removes the asset's signatures and their bands (before a lookup, so it never finds itself). */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async deleteSignatures(em: EntityManager, assetId: string): Promise<void> {
    await em.query(`DELETE FROM similarity_signatures WHERE asset_id = $1`, [assetId]);
  }

  /** Stores the asset's signatures and their bands, in one statement; a part already stored is left as it is. */
  @GenerateSql({
    params: [
      SQL_MANAGER,
      EXAMPLE_ID,
      [{ part: '', attachmentId: null, slideN: null, minhash: EXAMPLE_MINHASH, shingles: 9, bandKeys: EXAMPLE_KEYS }],
    ],
  })
  async insertSignatures(em: EntityManager, assetId: string, signatures: NewSignature[]): Promise<void> {
    if (!signatures.length) return;
    await em.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb)
             AS r(part text, "attachmentId" uuid, "slideN" int, minhash int[], shingles int, "bandKeys" bigint[])
       ), stored AS (
         INSERT INTO similarity_signatures (asset_id, part, attachment_id, slide_n, minhash, shingles)
         SELECT $1, i.part, i."attachmentId", i."slideN", i.minhash, i.shingles FROM input i
         ON CONFLICT (asset_id, part) DO NOTHING
         RETURNING id, part
       )
       INSERT INTO similarity_bands (band_key, signature_id)
       SELECT DISTINCT k.key, s.id FROM stored s JOIN input i ON i.part = s.part CROSS JOIN unnest(i."bandKeys") AS k(key)`,
      [assetId, JSON.stringify(signatures)],
    );
  }

  /** Up to `limit` assets after `afterId` (in id order) that have no signature of their text yet, with that text. */
  @GenerateSql({ params: [null, 100] })
  async unsigned(afterId: string | null, limit: number): Promise<{ id: string; text: string }[]> {
    return this.dataSource.query<{ id: string; text: string }[]>(
      `SELECT a.id, concat_ws(E'\\n', a.title, coalesce(a.summary, ''), a.body) AS text
         FROM assets a
        WHERE ($1::uuid IS NULL OR a.id > $1)
          AND NOT EXISTS (SELECT 1 FROM similarity_signatures s WHERE s.asset_id = a.id AND s.part = '')
        ORDER BY a.id
        LIMIT $2`,
      [afterId, limit],
    );
  }

  /**
   * For each of the asset's signatures (`query` i has the band keys `keys[i]`), the `perQuery` stored signatures of
   * other assets sharing most of its bands: only published (or archived) assets created before this one, never
   * the asset itself, its ancestors or any adaptation of it or of them (its family: two personalisations of one
   * template resemble each other through the template, whose authors the lineage already credits). Reads the band index for its own
   * keys only, at most `perKey` rows of each, so text shared by thousands of assets (boilerplate) costs no more.
   */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, [0, 0], EXAMPLE_KEYS, 20, 200] })
  async candidates(
    em: EntityManager,
    assetId: string,
    queries: number[],
    keys: string[],
    perQuery: number,
    perKey: number,
  ): Promise<Candidate[]> {
    return em.query<Candidate[]>(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT a.derived_from_id, 1 FROM assets a WHERE a.id = $1 AND a.derived_from_id IS NOT NULL
         UNION ALL
         SELECT p.derived_from_id, u.depth + 1 FROM up u JOIN assets p ON p.id = u.id
          WHERE p.derived_from_id IS NOT NULL AND u.depth < 50
       ), down(id, depth) AS (
         SELECT $1::uuid, 0
         UNION
         SELECT id, 0 FROM up
         UNION
         SELECT c.id, d.depth + 1 FROM down d JOIN assets c ON c.derived_from_id = d.id WHERE d.depth < 50
       ), lineage AS (SELECT id FROM down),
       me AS (SELECT created_at FROM assets WHERE id = $1),
       q AS (SELECT * FROM unnest($2::int[], $3::bigint[]) AS q(query, key)),
       hits AS (
         SELECT q.query, b.signature_id, count(*) AS n
           FROM q CROSS JOIN LATERAL (
                  SELECT b.signature_id FROM similarity_bands b WHERE b.band_key = q.key LIMIT $5
                ) b
          GROUP BY q.query, b.signature_id
       ), ranked AS (
         SELECT h.query, s.asset_id, s.attachment_id, s.slide_n, s.minhash,
                row_number() OVER (PARTITION BY h.query ORDER BY h.n DESC, s.id) AS rank
           FROM hits h
           JOIN similarity_signatures s ON s.id = h.signature_id
           JOIN assets a ON a.id = s.asset_id
          WHERE a.status <> 'DRAFT' AND a.created_at < (SELECT created_at FROM me)
            AND s.asset_id NOT IN (SELECT id FROM lineage)
       )
       SELECT query, asset_id AS "assetId", attachment_id AS "attachmentId", slide_n AS "slideN", minhash
         FROM ranked WHERE rank <= $4`,
      [assetId, queries, keys, perQuery, perKey],
    );
  }

  /**
   * Records the asset's matches as now found: updates those found again (keeping a decline and a review), adds new
   * ones, and drops those no longer found; one a review took stays with the review, no longer current.
   */
  // The example asset cannot match itself: an empty list records the same statement.
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, []] })
  async saveMatches(em: EntityManager, assetId: string, matches: MatchRow[]): Promise<void> {
    await em.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS r("matchedAssetId" uuid, similarity real, partial boolean, slides jsonb)
       ), dropped AS (
         DELETE FROM similarity_matches m
          WHERE m.asset_id = $1 AND m.review_id IS NULL
            AND m.matched_asset_id NOT IN (SELECT "matchedAssetId" FROM input)
       ), kept AS (
         UPDATE similarity_matches m SET current = false, updated_at = now()
          WHERE m.asset_id = $1 AND m.review_id IS NOT NULL AND m.current
            AND m.matched_asset_id NOT IN (SELECT "matchedAssetId" FROM input)
       )
       INSERT INTO similarity_matches (asset_id, matched_asset_id, similarity, partial, slides)
       SELECT $1, i."matchedAssetId", i.similarity, i.partial, i.slides FROM input i
       ON CONFLICT (asset_id, matched_asset_id) DO UPDATE
          SET similarity = EXCLUDED.similarity, partial = EXCLUDED.partial, slides = EXCLUDED.slides, current = true,
              updated_at = now()`,
      [assetId, JSON.stringify(matches)],
    );
  }

  /**
   * Puts the asset's matches that no review has taken (other than its own parent) into its open review, opening one
   * if there is none; returns the review's id, or null when nothing was waiting. One statement whatever it finds, so
   * publishing takes the same steps whether or not a hidden match waits.
   */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async openReview(em: EntityManager, assetId: string): Promise<string | null> {
    const [row] = await em.query<{ id: string | null }[]>(
      `WITH pending AS (
         SELECT m.matched_asset_id FROM similarity_matches m JOIN assets a ON a.id = m.asset_id
          WHERE m.asset_id = $1 AND m.current AND m.review_id IS NULL
            AND m.matched_asset_id IS DISTINCT FROM a.derived_from_id
       ), opened AS (
         INSERT INTO attribution_reviews (asset_id) SELECT $1 WHERE EXISTS (SELECT 1 FROM pending)
         ON CONFLICT (asset_id) WHERE status = 'OPEN' DO NOTHING RETURNING id
       ), review AS (
         SELECT id FROM opened
         UNION ALL
         SELECT id FROM attribution_reviews WHERE asset_id = $1 AND status = 'OPEN' AND EXISTS (SELECT 1 FROM pending)
         LIMIT 1
       ), taken AS (
         UPDATE similarity_matches m SET review_id = (SELECT id FROM review)
          WHERE m.asset_id = $1 AND m.matched_asset_id IN (SELECT matched_asset_id FROM pending)
         RETURNING 1
       )
       SELECT (SELECT id FROM review) AS id, (SELECT count(*) FROM taken) AS taken`,
      [assetId],
    );
    return row.id;
  }

  /** The asset's matches whose matched asset the viewer may see, most similar first. */
  @GenerateSql({ params: [VIEWER, EXAMPLE_ID] })
  async visibleMatches(viewer: Viewer, assetId: string): Promise<StoredMatch[]> {
    const params: unknown[] = [assetId];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query<StoredMatch[]>(
      `SELECT ${MATCH_COLUMNS}
         FROM similarity_matches m JOIN assets a ON a.id = m.matched_asset_id
        WHERE m.asset_id = $1 AND m.current AND ${visible}
        ORDER BY m.similarity DESC, m.matched_asset_id`,
      params,
    );
  }

  /** One match of the asset, locked, if the viewer may see the matched asset. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID, EXAMPLE_ID] })
  async lockVisibleMatch(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
    matchedAssetId: string,
  ): Promise<StoredMatch | null> {
    const params: unknown[] = [assetId, matchedAssetId];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<StoredMatch[]>(
      `SELECT ${MATCH_COLUMNS}
         FROM similarity_matches m JOIN assets a ON a.id = m.matched_asset_id
        WHERE m.asset_id = $1 AND m.matched_asset_id = $2 AND m.current AND ${visible}
          FOR UPDATE OF m`,
      params,
    );
    return row ?? null;
  }

  /** Whether the viewer may see the asset (a match's absence must read the same whether or not they may). */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async isVisible(em: EntityManager, viewer: Viewer, assetId: string): Promise<boolean> {
    const params: unknown[] = [assetId];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<{ visible: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM assets a WHERE a.id = $1 AND ${visible}) AS visible`,
      params,
    );
    return row.visible;
  }

  /** A match by its two assets (for enablement, who decide on any). */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, EXAMPLE_ID] })
  async match(em: EntityManager, assetId: string, matchedAssetId: string): Promise<StoredMatch | null> {
    const [row] = await em.query<StoredMatch[]>(
      `SELECT ${MATCH_COLUMNS} FROM similarity_matches m WHERE m.asset_id = $1 AND m.matched_asset_id = $2`,
      [assetId, matchedAssetId],
    );
    return row ?? null;
  }

  async decline(em: EntityManager, assetId: string, matchedAssetId: string): Promise<void> {
    await em.query(
      `UPDATE similarity_matches SET declined_at = coalesce(declined_at, now()), updated_at = now()
        WHERE asset_id = $1 AND matched_asset_id = $2`,
      [assetId, matchedAssetId],
    );
  }

  /** Whether `otherId` is the asset itself or one of its adaptations (at any depth): lineage to it would loop. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, EXAMPLE_ID] })
  async isSelfOrAdaptation(em: EntityManager, assetId: string, otherId: string): Promise<boolean> {
    const [row] = await em.query<{ loops: boolean }[]>(
      `WITH RECURSIVE down(id, depth) AS (
         SELECT $1::uuid, 0
         UNION ALL
         SELECT c.id, d.depth + 1 FROM down d JOIN assets c ON c.derived_from_id = d.id WHERE d.depth < 50
       )
       SELECT EXISTS (SELECT 1 FROM down WHERE id = $2::uuid) AS loops`,
      [assetId, otherId],
    );
    return row.loops;
  }

  /** Whether the user authors any of these assets. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID, [EXAMPLE_ID]] })
  async authorsAny(em: EntityManager, userId: string, assetIds: string[]): Promise<boolean> {
    const [row] = await em.query<{ authors: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM authorships WHERE user_id = $1 AND asset_id = ANY($2::uuid[])) AS authors`,
      [userId, assetIds],
    );
    return row.authors;
  }

  /** The open review of an asset, if any. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async openReviewOf(em: EntityManager, assetId: string): Promise<ReviewRow | null> {
    const [row] = await em.query<ReviewRow[]>(
      `SELECT ${REVIEW_COLUMNS} FROM attribution_reviews r WHERE r.asset_id = $1 AND r.status = 'OPEN'`,
      [assetId],
    );
    return row ?? null;
  }

  /** A review, locked for its resolution. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async lockReview(em: EntityManager, id: string): Promise<ReviewRow | null> {
    const [row] = await em.query<ReviewRow[]>(
      `SELECT ${REVIEW_COLUMNS} FROM attribution_reviews r WHERE r.id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** Closes an open review. */
  async resolve(
    em: EntityManager,
    id: string,
    status: AttributionReviewStatus,
    derivedFromId: string | null,
    resolvedById: string,
  ): Promise<ReviewRow> {
    const [row] = await em.query<ReviewRow[]>(
      `WITH resolved AS (
         UPDATE attribution_reviews r SET status = $2, derived_from_id = $3, resolved_by = $4, resolved_at = now()
          WHERE r.id = $1 AND r.status = 'OPEN'
         RETURNING ${REVIEW_COLUMNS}
       )
       SELECT * FROM resolved`,
      [id, status, derivedFromId, resolvedById],
    );
    return row;
  }

  /** The review queue (of one asset, if given): open reviews first, oldest first; then the latest resolved ones. */
  @GenerateSql({ params: [200, null] })
  async reviews(limit: number, assetId: string | null): Promise<ReviewRow[]> {
    return this.dataSource.query<ReviewRow[]>(
      `SELECT ${REVIEW_COLUMNS} FROM attribution_reviews r
        WHERE $2::uuid IS NULL OR r.asset_id = $2
        ORDER BY (r.status = 'OPEN') DESC,
                 CASE WHEN r.status = 'OPEN' THEN r.created_at END ASC,
                 r.resolved_at DESC, r.id
        LIMIT $1`,
      [limit, assetId],
    );
  }

  /** The matches each review took, most similar first. */
  @GenerateSql({ params: [SQL_MANAGER, [EXAMPLE_ID]] })
  async matchesOfReviews(em: EntityManager, reviewIds: readonly string[]): Promise<StoredMatch[]> {
    return em.query<StoredMatch[]>(
      `SELECT ${MATCH_COLUMNS} FROM similarity_matches m
        WHERE m.review_id = ANY($1::uuid[])
        ORDER BY m.review_id, m.similarity DESC, m.matched_asset_id`,
      [reviewIds],
    );
  }
}
