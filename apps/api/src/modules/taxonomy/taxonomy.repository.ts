import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';

/** The taxonomy's reads that count assets: only assets the viewer may see are counted. */
@Injectable()
export class TaxonomyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Terms of a kind matching `search`, with how many published assets the viewer may see carry each. */
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
