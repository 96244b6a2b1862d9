import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import { AssetEntity, AssetStatus } from './asset.entity.js';
import type { AssetQuery } from './asset-query.js';
import { visibleAssets } from './asset-visibility.js';
import type { AssetConnection, AssetFacets, FacetCount } from './dto/asset-connection.object.js';
import { toAssetObject } from './dto/asset.object.js';
import type { AssetObject } from './dto/asset.object.js';
import { AssetSort } from './dto/assets.args.js';

/** A sort key: an SQL expression (ordered descending) and the type its cursor text is read back as. */
interface SortKey {
  sql: string;
  type: 'numeric' | 'timestamptz';
}

// Plain columns, so the indexes on them serve the order; drafts have no publication date yet.
const dateKey = (status: AssetStatus = AssetStatus.PUBLISHED): SortKey => ({
  sql: status === AssetStatus.DRAFT ? 'a.created_at' : 'a.published_at',
  type: 'timestamptz',
});
const FACET_LIMIT = 50;

/** The reads of assets: one or many by id, search with facets, the feed, lineage. Every one filters by visibility. */
@Injectable()
export class AssetReadService {
  constructor(private readonly dataSource: DataSource) {}

  /** The assets among `ids` that the viewer may see (any status), in no particular order. */
  async findVisible(viewer: Viewer, ids: readonly string[]): Promise<AssetObject[]> {
    if (!ids.length) return [];
    const assets = await this.visible(viewer).andWhere('a.id IN (:...ids)', { ids }).getMany();
    return assets.map(toAssetObject);
  }

  /** Search and listing: full text, filters, sorting, keyset pages. */
  async search(query: AssetQuery, first = 20, after?: string): Promise<AssetConnection> {
    const sort = query.search?.trim() ? query.sort : query.sort === AssetSort.RELEVANCE ? AssetSort.NEWEST : query.sort;
    const base = this.matching(query);
    const date = dateKey(query.filter.status);
    const keys: SortKey[] =
      sort === AssetSort.RELEVANCE
        ? [{ sql: "ts_rank(a.search, websearch_to_tsquery('english', :q))::numeric", type: 'numeric' }]
        : sort === AssetSort.MOST_REUSED
          ? [{ sql: 'a.reuse_count', type: 'numeric' }, date]
          : [date];
    const connection = await this.page(base, keys, first, after, false);
    return { ...connection, count: () => base.getCount(), query: { ...query, sort } };
  }

  /**
   * The home feed: newest published assets from my team and from the people and tags I follow first, then the rest
   * of the organisation, newest first. Two ordered scans, each able to stop after one page: the priority set, then
   * everything else by the publication index.
   */
  async feed(viewer: Viewer, first = 20, after?: string): Promise<AssetConnection> {
    const mine = `(a.team_id = :feedTeamId
        OR EXISTS (SELECT 1 FROM follows f WHERE f.user_id = :feedViewerId AND (
             (f.kind = 'TAG' AND f.target = ANY(a.tags))
          OR (f.kind = 'USER' AND EXISTS (SELECT 1 FROM authorships fa WHERE fa.asset_id = a.id AND fa.user_id::text = f.target)))))`;
    const base = () =>
      this.visible(viewer)
        .andWhere('a.status = :published', { published: AssetStatus.PUBLISHED })
        .setParameters({ feedTeamId: viewer.teamId, feedViewerId: viewer.id });
    const [bucket, ...rest] = after ? cursor.decode(after, ['integer', 'timestamptz', 'uuid']) : [1];
    const pages: AssetConnection[] = [];
    let remaining = first;
    if (Number(bucket) === 1) {
      const page = await this.page(
        base().andWhere(mine),
        [dateKey()],
        remaining,
        after ? cursor.encode(rest) : undefined,
        false,
      );
      pages.push(tagCursors(page, 1));
      remaining -= page.edges.length;
    }
    if (remaining > 0) {
      const continuing = Number(bucket) === 0 ? cursor.encode(rest) : undefined;
      pages.push(
        tagCursors(
          await this.page(base().andWhere(`${mine} IS NOT TRUE`), [dateKey()], remaining, continuing, false),
          0,
        ),
      );
    }
    const edges = pages.flatMap((p) => p.edges);
    const last = pages[pages.length - 1];
    return {
      edges,
      totalCount: 0,
      count: () => base().getCount(),
      // Facets of the feed are those of everything published that the viewer may see.
      query: { viewer, filter: {}, sort: AssetSort.NEWEST },
      pageInfo: {
        hasNextPage: last.pageInfo.hasNextPage || (pages.length === 1 && Number(bucket) === 1 && remaining <= 0),
        endCursor: edges.length ? edges[edges.length - 1].cursor : null,
      },
    };
  }

  /** Facet counts over everything the query matches (not just one page). */
  async facets(query: AssetQuery): Promise<AssetFacets> {
    const matched = this.matching(query).select('a.id', 'id');
    const [sql, params] = matched.getQueryAndParameters();
    const rows: { facet: keyof AssetFacets; value: string; label: string; count: number }[] =
      await this.dataSource.query(
        `WITH m AS MATERIALIZED (
         SELECT a.id, a.kind, a.industries, a.buyer_roles, a.journey_phases, a.products, a.tags, a.team_id
           FROM assets a WHERE a.id IN (${sql}))
       SELECT * FROM (
         SELECT 'kinds' AS facet, kind::text AS value, kind::text AS label, count(*)::int AS count FROM m GROUP BY kind
         UNION ALL SELECT 'industries', v, v, count(*)::int FROM m, unnest(m.industries) v GROUP BY v
         UNION ALL SELECT 'buyerRoles', v, v, count(*)::int FROM m, unnest(m.buyer_roles) v GROUP BY v
         UNION ALL SELECT 'journeyPhases', v::text, v::text, count(*)::int FROM m, unnest(m.journey_phases) v GROUP BY v
         UNION ALL SELECT 'products', v, v, count(*)::int FROM m, unnest(m.products) v GROUP BY v
         UNION ALL SELECT 'tags', v, v, count(*)::int FROM m, unnest(m.tags) v GROUP BY v
         UNION ALL SELECT 'teams', t.id::text, t.name, count(*)::int FROM m JOIN teams t ON t.id = m.team_id GROUP BY t.id, t.name
         UNION ALL SELECT 'authors', u.id::text, u.name, count(*)::int
           FROM m JOIN authorships au ON au.asset_id = m.id JOIN users u ON u.id = au.user_id GROUP BY u.id, u.name
       ) f ORDER BY facet, count DESC, label`,
        params,
      );
    const facets: AssetFacets = {
      kinds: [],
      industries: [],
      buyerRoles: [],
      journeyPhases: [],
      products: [],
      tags: [],
      teams: [],
      authors: [],
    };
    for (const { facet, ...count } of rows) {
      const list: FacetCount[] = facets[facet];
      if (list.length < FACET_LIMIT) list.push(count);
    }
    return facets;
  }

  /** Visible adaptations of each asset, newest first. */
  async derivedOf(viewer: Viewer, parentIds: readonly string[]): Promise<AssetObject[]> {
    if (!parentIds.length) return [];
    const assets = await this.visible(viewer)
      .andWhere('a.derived_from_id IN (:...parentIds)', { parentIds })
      .andWhere('a.status <> :draft', { draft: AssetStatus.DRAFT })
      .orderBy('a.created_at', 'DESC')
      .getMany();
    return assets.map(toAssetObject);
  }

  /** Ancestor ids of an asset, parent first (the chain is short; it is walked in one recursive query). */
  async ancestorIds(assetId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE chain(id, parent, depth) AS (
         SELECT a.id, a.derived_from_id, 0 FROM assets a WHERE a.id = $1
         UNION ALL
         SELECT p.id, p.derived_from_id, c.depth + 1 FROM chain c JOIN assets p ON p.id = c.parent WHERE c.depth < 50
       ) SELECT id FROM chain WHERE depth > 0 ORDER BY depth`,
      [assetId],
    );
    return rows.map((r) => r.id);
  }

  private visible(viewer: Viewer): SelectQueryBuilder<AssetEntity> {
    const condition = visibleAssets('a', viewer);
    return this.dataSource.getRepository(AssetEntity).createQueryBuilder('a').where(condition.sql, condition.params);
  }

  private matching({ viewer, search, filter }: AssetQuery): SelectQueryBuilder<AssetEntity> {
    const qb = this.visible(viewer).andWhere('a.status = :status', { status: filter.status ?? AssetStatus.PUBLISHED });
    const text = search?.trim();
    if (text) qb.andWhere("a.search @@ websearch_to_tsquery('english', :q)", { q: text });
    if (filter.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.industry) qb.andWhere('a.industries @> ARRAY[:industry]::text[]', { industry: filter.industry });
    if (filter.buyerRole) qb.andWhere('a.buyer_roles @> ARRAY[:buyerRole]::text[]', { buyerRole: filter.buyerRole });
    if (filter.product) qb.andWhere('a.products @> ARRAY[:product]::text[]', { product: filter.product });
    if (filter.tag) qb.andWhere('a.tags @> ARRAY[:tag]::text[]', { tag: filter.tag });
    if (filter.journeyPhase) qb.andWhere(':phase = ANY(a.journey_phases)', { phase: filter.journeyPhase });
    if (filter.teamId) qb.andWhere('a.team_id = :teamId', { teamId: filter.teamId });
    if (filter.authorId) {
      qb.andWhere('EXISTS (SELECT 1 FROM authorships fau WHERE fau.asset_id = a.id AND fau.user_id = :authorId)', {
        authorId: filter.authorId,
      });
    }
    return qb;
  }

  /**
   * One keyset page ordered by `keys` (all descending) then id. Cursors carry the keys as
   * text so that comparisons are exact.
   */
  private async page(
    base: SelectQueryBuilder<AssetEntity>,
    keys: SortKey[],
    first: number,
    after?: string,
    withCount = true,
  ): Promise<AssetConnection> {
    const totalCount = withCount ? await base.clone().getCount() : 0;
    const qb = base.clone();
    keys.forEach((key, i) => qb.addSelect(`(${key.sql})::text`, `sort_${i}`).addOrderBy(key.sql, 'DESC'));
    qb.addOrderBy('a.id', 'DESC');
    if (after) {
      const values = cursor.decode(after, [...keys.map((k) => k.type), 'uuid']);
      const params = Object.fromEntries(values.map((v, i) => [`after_${i}`, String(v)]));
      const left = [...keys.map((k) => k.sql), 'a.id'].join(', ');
      const right = [...keys.map((k, i) => `:after_${i}::${k.type}`), `:after_${keys.length}::uuid`].join(', ');
      qb.andWhere(`(${left}) < (${right})`, params);
    }
    const { entities, raw } = await qb.limit(first + 1).getRawAndEntities<Record<string, string>>();
    const keyOf = new Map(raw.map((r) => [r.a_id, keys.map((_, i) => r[`sort_${i}`])]));
    return toConnection(entities, first, totalCount, (a) => [...(keyOf.get(a.id) ?? []), a.id], toAssetObject);
  }
}

/** Prefixes a page's cursors with its feed bucket, so the next page knows where to continue. */
function tagCursors(page: AssetConnection, bucket: number): AssetConnection {
  const edges = page.edges.map((e) => ({
    ...e,
    cursor: cursor.encode([bucket, ...cursor.decode(e.cursor, ['timestamptz', 'uuid'])]),
  }));
  return {
    ...page,
    edges,
    pageInfo: { ...page.pageInfo, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
