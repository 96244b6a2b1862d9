import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { GenerateSql } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { TaxonomyTermEntity } from './taxonomy-term.entity.js';
import type { TaxonomyKind } from './taxonomy-term.entity.js';

const VIEWER: Viewer = { id: '00000000-0000-0000-0000-000000000001', role: Role.MEMBER, teamId: null };

/**
 * Every statement on `taxonomy_terms` (its one writer), and the reads that count assets: only assets the viewer
 * may see are counted.
 */
@Injectable()
export class TaxonomyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored spelling of each term of a kind whose lower-cased value is listed. */
  async values(em: EntityManager, kind: TaxonomyKind, lowerValues: string[]): Promise<string[]> {
    const rows: { value: string }[] = await em.query(
      'SELECT value FROM taxonomy_terms WHERE kind = $1 AND lower(value) = ANY($2)',
      [kind, lowerValues],
    );
    return rows.map((r) => r.value);
  }

  async insert(em: EntityManager, kind: TaxonomyKind, value: string): Promise<void> {
    await em.insert(TaxonomyTermEntity, { kind, value });
  }

  /** Adds the terms not there yet (compared in any case). */
  async insertMissing(em: EntityManager, kind: TaxonomyKind, values: string[]): Promise<void> {
    await em.query(
      `INSERT INTO taxonomy_terms (kind, value)
       SELECT $1, v FROM unnest($2::text[]) v
       WHERE NOT EXISTS (SELECT 1 FROM taxonomy_terms t WHERE t.kind = $1 AND lower(t.value) = lower(v))
       ON CONFLICT DO NOTHING`,
      [kind, values],
    );
  }

  /** Removes a term (any case); false when there was none. */
  async remove(kind: TaxonomyKind, value: string): Promise<boolean> {
    const result = await this.dataSource.query<[unknown[], number]>(
      'DELETE FROM taxonomy_terms WHERE kind = $1 AND lower(value) = lower($2)',
      [kind, value],
    );
    return Boolean(result[1]);
  }

  /** Terms of a kind matching `search`, with how many published assets the viewer may see carry each. */
  @GenerateSql({ params: [VIEWER, 'INDUSTRY', 'industries', 'fin', 100] })
  termUsage(
    viewer: Viewer,
    kind: string,
    column: string,
    search: string | null,
    limit: number,
  ): Promise<{ value: string; assetCount: number }[]> {
    const params: unknown[] = [kind, search, limit];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT t.value,
              (SELECT count(*) FROM assets a
                WHERE a.status = 'PUBLISHED' AND a.${column} @> ARRAY[t.value]::text[] AND ${visible})::int AS "assetCount"
         FROM taxonomy_terms t
        WHERE t.kind = $1 AND ($2::text IS NULL OR t.value ILIKE '%' || $2 || '%')
        ORDER BY lower(t.value)
        LIMIT $3`,
      params,
    );
  }

  /** Free tags on published assets the viewer may see, most used first. */
  @GenerateSql({ params: [VIEWER, 'pricing', 50] })
  popularTags(viewer: Viewer, search: string | null, limit: number): Promise<{ value: string; assetCount: number }[]> {
    const params: unknown[] = [search, limit];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT tag AS value, count(*)::int AS "assetCount"
         FROM assets a, unnest(a.tags) tag
        WHERE a.status = 'PUBLISHED' AND ($1::text IS NULL OR tag ILIKE '%' || $1 || '%') AND ${visible}
        GROUP BY tag ORDER BY count(*) DESC, tag LIMIT $2`,
      params,
    );
  }
}
