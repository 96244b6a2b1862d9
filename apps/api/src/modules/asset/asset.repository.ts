import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { ReadDatabase } from '../../core/database/read-database.js';
import { cursor } from '../../core/graphql/connection.js';
import type { CursorPart } from '../../core/graphql/connection.js';
import { Role } from '../user/user.entity.js';
import { AssetVersionEntity } from './asset-version.entity.js';
import type { VersionChange, VersionSnapshot } from './asset-version.entity.js';
import { AssetEntity, AssetStatus } from './asset.entity.js';
import type { AssetQuery } from './asset-query.js';
import { positional, visibleAssets, visibleVersions } from './asset-visibility.js';
import type { AssetFacets } from './dto/asset-connection.object.js';
import { AssetSort } from './dto/assets.args.js';

/** The columns of `assets` (alias `a`) under the entity's property names. */
const ASSET_COLUMNS = `a.id, a.kind, a.title, a.summary, a.body, a.visibility, a.status, a.team_id AS "teamId",
       a.derived_from_id AS "derivedFromId", a.is_template AS "isTemplate", a.version, a.industries, a.buyer_roles AS "buyerRoles",
       a.journey_phases::text[] AS "journeyPhases", a.products, a.tags, a.created_by AS "createdById",
       a.published_at AS "publishedAt", a.reuse_count AS "reuseCount", a.created_at AS "createdAt",
       a.updated_at AS "updatedAt"`;

const toEntity = (row: object): AssetEntity => Object.assign(new AssetEntity(), row);

/** A sort key: an SQL expression (ordered descending) and the type its cursor text is read back as. */
interface SortKey {
  sql: string;
  type: CursorPart & ('numeric' | 'timestamptz');
  /** The key is the search rank, computed over the bounded candidates only (see `page`). */
  ranked?: boolean;
}

/** Which assets a list reads: conditions over alias `a` and the values of their positional parameters. */
export interface AssetSelection {
  conditions: string[];
  params: unknown[];
  /** The parameter holding the search text, when there is one (relevance ranks by it). */
  textParam?: number;
  /**
   * For a search: how many matches are ranked, counted exactly and counted in facets (BYLINE_SEARCH_CANDIDATES).
   * Unset for listings without text, which count everything.
   */
  candidates?: number;
  /** Which of `conditions` is the full-text match (the title's own index replaces it for title matches). */
  textCondition?: number;
}

/** One page of assets, each with the text of its sort keys (its cursor without the id). */
export interface AssetPageRows {
  rows: { asset: AssetEntity; keys: string[] }[];
}

const VIEWER: Viewer = { id: '00000000-0000-0000-0000-000000000001', role: Role.MEMBER, teamId: null };

/** The assets a search or listing matches (any page): visible, in the status asked for, filtered. */
function assetSelection({ viewer, search, filter }: AssetQuery, candidates = 200): AssetSelection {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const conditions = [
    positional(visibleAssets('a', viewer), params),
    `a.status = ${p(filter.status ?? AssetStatus.PUBLISHED)}`,
  ];
  const text = search?.trim();
  let textParam: number | undefined;
  let textCondition: number | undefined;
  if (text) {
    conditions.push(`a.search @@ websearch_to_tsquery('english', ${p(text)})`);
    textParam = params.length;
    textCondition = conditions.length - 1;
  }
  if (filter.kind) conditions.push(`a.kind = ${p(filter.kind)}`);
  if (filter.industry) conditions.push(`a.industries @> ARRAY[${p(filter.industry)}]::text[]`);
  if (filter.buyerRole) conditions.push(`a.buyer_roles @> ARRAY[${p(filter.buyerRole)}]::text[]`);
  if (filter.product) conditions.push(`a.products @> ARRAY[${p(filter.product)}]::text[]`);
  if (filter.tag) conditions.push(`a.tags @> ARRAY[${p(filter.tag)}]::text[]`);
  if (filter.journeyPhase) conditions.push(`${p(filter.journeyPhase)} = ANY(a.journey_phases)`);
  if (filter.teamId) conditions.push(`a.team_id = ${p(filter.teamId)}`);
  if (filter.authorId) {
    conditions.push(
      `EXISTS (SELECT 1 FROM authorships fau WHERE fau.asset_id = a.id AND fau.user_id = ${p(filter.authorId)})`,
    );
  }
  return { conditions, params, textParam, ...(textParam && { candidates, textCondition }) };
}

/**
 * Published assets the viewer may see, split in two: `priority` those of the viewer's team and of the people
 * and tags the viewer follows, else everything else.
 */
function feedSelection(viewer: Viewer, part?: 'priority' | 'rest'): AssetSelection {
  const params: unknown[] = [];
  const conditions = [positional(visibleAssets('a', viewer), params), `a.status = 'PUBLISHED'`];
  if (part) {
    const team = `$${params.push(viewer.teamId)}`;
    const me = `$${params.push(viewer.id)}`;
    const mine = `(a.team_id = ${team}
      OR EXISTS (SELECT 1 FROM follows f WHERE f.user_id = ${me} AND (
           (f.kind = 'TAG' AND f.target = ANY(a.tags))
        OR (f.kind = 'USER' AND EXISTS (SELECT 1 FROM authorships fa WHERE fa.asset_id = a.id AND fa.user_id::text = f.target)))))`;
    conditions.push(part === 'priority' ? mine : `${mine} IS NOT TRUE`);
  }
  return { conditions, params };
}

/** The sort keys of an order (all descending, then id): plain columns, so the indexes on them serve it. */
function assetSortKeys(
  selection: AssetSelection,
  sort: AssetSort,
  status: AssetStatus = AssetStatus.PUBLISHED,
): SortKey[] {
  // Drafts have no publication date yet.
  const date: SortKey = {
    sql: status === AssetStatus.DRAFT ? 'a.created_at' : 'a.published_at',
    type: 'timestamptz',
  };
  if (sort === AssetSort.RELEVANCE && selection.textParam) {
    // Best match first (ts_rank over the weighted document: a title match always outranks any other), ties by recency.
    return [
      {
        sql: `ts_rank(a.search, websearch_to_tsquery('english', $${selection.textParam}))::numeric`,
        type: 'numeric',
        ranked: true,
      },
      date,
    ];
  }
  return sort === AssetSort.MOST_REUSED ? [{ sql: 'a.reuse_count', type: 'numeric' }, date] : [date];
}

const EXAMPLE_SEARCH = assetSelection({
  viewer: VIEWER,
  search: 'discovery',
  filter: { tag: 'example' },
  sort: AssetSort.RELEVANCE,
});
const EXAMPLE_FEED = feedSelection(VIEWER, 'priority');

/** Every statement on `assets` and `asset_versions`; reads filter by the one visibility rule. */
@Injectable()
export class AssetRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The assets among `ids` that the viewer may see (any status), in no particular order. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  async findVisible(viewer: Viewer, ids: readonly string[]): Promise<AssetEntity[]> {
    const params: unknown[] = [ids];
    const visible = positional(visibleAssets('a', viewer), params);
    const rows: object[] = await this.dataSource.query(
      `SELECT ${ASSET_COLUMNS} FROM assets a WHERE a.id = ANY($1::uuid[]) AND ${visible}`,
      params,
    );
    return rows.map(toEntity);
  }

  /** Locks the asset row for the transaction, if the viewer may see it. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async lockVisible(em: EntityManager, viewer: Viewer, id: string): Promise<AssetEntity | null> {
    const params: unknown[] = [id];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<object[]>(
      `SELECT ${ASSET_COLUMNS} FROM assets a WHERE a.id = $1 AND ${visible} FOR UPDATE`,
      params,
    );
    return row ? toEntity(row) : null;
  }

  /** Locks the asset row for the transaction, whoever may see it (the caller decided who may act on it). */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async lock(em: EntityManager, id: string): Promise<AssetEntity | null> {
    const [row] = await em.query<object[]>(`SELECT ${ASSET_COLUMNS} FROM assets a WHERE a.id = $1 FOR UPDATE`, [id]);
    return row ? toEntity(row) : null;
  }

  /** Whether the viewer may see the asset. */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, EXAMPLE_ID] })
  async isVisible(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
    const params: unknown[] = [id];
    const visible = positional(visibleAssets('a', viewer), params);
    const [row] = await em.query<{ visible: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM assets a WHERE a.id = $1 AND ${visible}) AS visible`,
      params,
    );
    return row.visible;
  }

  /** Whether an asset is a template (the caller checked access). */
  async isTemplate(em: EntityManager, id: string): Promise<boolean> {
    return (
      (await em.findOne(AssetEntity, { where: { id }, select: { id: true, isTemplate: true } }))?.isTemplate ?? false
    );
  }

  /** Visible adaptations of each asset, newest first. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  async derivedOf(viewer: Viewer, parentIds: readonly string[]): Promise<AssetEntity[]> {
    const params: unknown[] = [parentIds];
    const visible = positional(visibleAssets('a', viewer), params);
    const rows: object[] = await this.dataSource.query(
      `SELECT ${ASSET_COLUMNS} FROM assets a
        WHERE a.derived_from_id = ANY($1::uuid[]) AND a.status <> 'DRAFT' AND ${visible}
        ORDER BY a.created_at DESC`,
      params,
    );
    return rows.map(toEntity);
  }

  /**
   * The ancestors of each asset that the viewer may see, parent first, in one recursive query for all of them
   * (chains are short; a walk stops after 50 generations).
   */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  async visibleAncestors(viewer: Viewer, assetIds: readonly string[]): Promise<{ of: string; asset: AssetEntity }[]> {
    const params: unknown[] = [assetIds];
    const visible = positional(visibleAssets('a', viewer), params);
    const rows: ({ of: string } & object)[] = await this.dataSource.query(
      `WITH RECURSIVE chain(root, id, parent, depth) AS (
         SELECT a.id, a.id, a.derived_from_id, 0 FROM assets a WHERE a.id = ANY($1::uuid[])
         UNION ALL
         SELECT c.root, p.id, p.derived_from_id, c.depth + 1 FROM chain c JOIN assets p ON p.id = c.parent WHERE c.depth < 50
       )
       SELECT c.root AS "of", ${ASSET_COLUMNS}
         FROM chain c JOIN assets a ON a.id = c.id
        WHERE c.depth > 0 AND ${visible}
        ORDER BY c.root, c.depth`,
      params,
    );
    return rows.map(({ of, ...asset }) => ({ of, asset: toEntity(asset) }));
  }

  /** The versions of the assets that the viewer may read, newest first. */
  @GenerateSql({ params: [VIEWER, [EXAMPLE_ID]] })
  async readableVersions(viewer: Viewer, assetIds: readonly string[]): Promise<AssetVersionEntity[]> {
    const params: unknown[] = [assetIds];
    const readable = positional(visibleVersions('a', 'v', viewer), params);
    const rows: object[] = await this.dataSource.query(
      `SELECT v.id, v.asset_id AS "assetId", v.version, v.change, v.snapshot, v.visibility, v.edited_by AS "editedById",
              v.created_at AS "createdAt"
         FROM asset_versions v JOIN assets a ON a.id = v.asset_id
        WHERE v.asset_id = ANY($1::uuid[]) AND ${readable}
        ORDER BY v.version DESC`,
      params,
    );
    return rows.map((row) => Object.assign(new AssetVersionEntity(), row));
  }

  /** The managers of a team. */
  @GenerateSql({ params: [SQL_MANAGER, EXAMPLE_ID] })
  async teamManagerIds(em: EntityManager, teamId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await em.query('SELECT user_id FROM team_managers WHERE team_id = $1', [
      teamId,
    ]);
    return rows.map((r) => r.user_id);
  }

  save(em: EntityManager, asset: AssetEntity): Promise<AssetEntity> {
    return em.save(asset);
  }

  insert(em: EntityManager, asset: Partial<AssetEntity>): Promise<AssetEntity> {
    return em.save(em.create(AssetEntity, asset));
  }

  async insertVersion(
    em: EntityManager,
    version: { assetId: string; version: number; change: VersionChange; editedById: string; snapshot: VersionSnapshot },
    /** When the version was made; now unless given (the demo's history). */
    createdAt?: Date,
  ): Promise<void> {
    await em.insert(AssetVersionEntity, {
      ...version,
      visibility: version.snapshot.visibility as AssetEntity['visibility'],
      ...(createdAt && { createdAt }),
    });
  }

  /** The assets a search or listing matches (any page): visible, in the status asked for, filtered. */
  matching(query: AssetQuery): AssetSelection {
    return assetSelection(query, this.config.searchCandidates);
  }

  /** Published assets the viewer may see: the feed's priority part, the rest, or both. */
  feed(viewer: Viewer, part?: 'priority' | 'rest'): AssetSelection {
    return feedSelection(viewer, part);
  }

  /** The sort keys of an order (all descending, then id). */
  sortKeys(selection: AssetSelection, sort: AssetSort, status: AssetStatus = AssetStatus.PUBLISHED): SortKey[] {
    return assetSortKeys(selection, sort, status);
  }

  /**
   * One keyset page, `limit` rows after the cursor `after` (the keys' text then the id).
   *
   * Ranked by relevance, a search ranks a bounded set of candidates rather than every match, so that a common word
   * costs what a rare one does: the newest `candidates` assets whose title matches (from the title's own GIN index;
   * every one of them outranks any match elsewhere) and the first `candidates` matches the full-text GIN index gives
   * (in storage order, not by rank). What this gives up, only when more than `candidates` assets match: an older
   * title match beyond the newest `candidates` ones, and body, summary or file matches beyond the first `candidates`
   * read, are left out of the ranked list (sorting by NEWEST lists every match); the order within the list is exact.
   */
  @GenerateSql(
    { name: 'search by relevance', params: [EXAMPLE_SEARCH, assetSortKeys(EXAMPLE_SEARCH, AssetSort.RELEVANCE), 21] },
    {
      name: 'feed, next page',
      params: [
        EXAMPLE_FEED,
        assetSortKeys(EXAMPLE_FEED, AssetSort.NEWEST),
        21,
        cursor.encode(['2026-01-01T00:00:00.000Z', EXAMPLE_ID]),
      ],
    },
  )
  async page(selection: AssetSelection, keys: SortKey[], limit: number, after?: string): Promise<AssetPageRows> {
    const params = [...selection.params];
    const conditions = [...selection.conditions];
    if (after) {
      const values = cursor.decode(after, [...keys.map((k) => k.type), 'uuid']);
      const types = [...keys.map((k) => k.type), 'uuid'];
      const left = [...keys.map((k) => k.sql), 'a.id'].join(', ');
      const right = values.map((v, i) => `$${params.push(String(v))}::${types[i]}`).join(', ');
      conditions.push(`(${left}) < (${right})`);
    }
    const sortColumns = keys.map((k, i) => `(${k.sql})::text AS sort_${i}`);
    const order = [...keys.map((k) => `${k.sql} DESC`), 'a.id DESC'].join(', ');
    let from = 'assets a';
    let where = conditions;
    if (keys[0]?.ranked && selection.textParam && selection.candidates) {
      const matching = selection.conditions.join(' AND ');
      // A title match is a match of the whole document too: only the title's index is read.
      const titled = selection.conditions.filter((_, i) => i !== selection.textCondition).join(' AND ');
      const n = `$${params.push(selection.candidates)}`;
      const date = keys[1]?.sql ?? 'a.published_at';
      from = `((SELECT a.id FROM assets a
                 WHERE ${titled} AND a.title_search @@ websearch_to_tsquery('english', $${selection.textParam})
                 ORDER BY ${date} DESC LIMIT ${n})
               UNION (SELECT a.id FROM assets a WHERE ${matching} LIMIT ${n})) c JOIN assets a ON a.id = c.id`;
      where = conditions.slice(selection.conditions.length);
    }
    const rows: Record<string, unknown>[] = await this.reads.query(
      `SELECT ${[ASSET_COLUMNS, ...sortColumns].join(', ')} FROM ${from}
        WHERE ${where.length ? where.join(' AND ') : 'TRUE'} ORDER BY ${order} LIMIT $${params.push(limit)}`,
      params,
    );
    return {
      rows: rows.map((row) => {
        const sortKeys = keys.map((_, i) => row[`sort_${i}`] as string);
        keys.forEach((_, i) => delete row[`sort_${i}`]);
        return { asset: toEntity(row), keys: sortKeys };
      }),
    };
  }

  @GenerateSql({ params: [EXAMPLE_SEARCH] })
  async count(selection: AssetSelection): Promise<number> {
    const [row] = await this.reads.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM assets a WHERE ${selection.conditions.join(' AND ')}`,
      selection.params,
    );
    return row.count;
  }

  /**
   * How many assets match, counting no further than `candidates` + 1 for a search: a common word matches a good part
   * of the library, and counting every match costs as much as ranking it.
   */
  @GenerateSql({ params: [EXAMPLE_SEARCH] })
  async countUpTo(selection: AssetSelection): Promise<number> {
    if (!selection.candidates) return this.count(selection);
    const params = [...selection.params];
    const [row] = await this.reads.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM (SELECT 1 FROM assets a WHERE ${selection.conditions.join(' AND ')}
        LIMIT $${params.push(selection.candidates + 1)}) m`,
      params,
    );
    return row.count;
  }

  /**
   * Facet counts over everything the selection matches, most frequent first within each facet; for a search, over
   * the first `candidates` matches only (each count is then at least what it shows).
   */
  @GenerateSql({ params: [EXAMPLE_SEARCH] })
  facets(
    selection: AssetSelection,
  ): Promise<{ facet: keyof AssetFacets; value: string; label: string; count: number }[]> {
    const params = [...selection.params];
    const bounded = selection.candidates ? ` LIMIT $${params.push(selection.candidates)}` : '';
    return this.reads.query(
      `WITH m AS MATERIALIZED (
         SELECT a.id, a.kind, a.industries, a.buyer_roles, a.journey_phases, a.products, a.tags, a.team_id
           FROM assets a WHERE ${selection.conditions.join(' AND ')}${bounded})
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
  }
}
