import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { isUuid } from '../../core/graphql/ids.js';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import type { AssetQuery } from './asset-query.js';
import { AssetRepository } from './asset.repository.js';
import type { AssetPageRows, AssetSelection } from './asset.repository.js';
import type { AssetConnection, AssetFacets, FacetCount } from './dto/asset-connection.object.js';
import { toAssetObject } from './dto/asset.object.js';
import type { AssetObject } from './dto/asset.object.js';
import { AssetSort } from './dto/assets.args.js';

const FACET_LIMIT = 50;

/** The reads of assets: one or many by id, search with facets, the feed, lineage. Every one filters by visibility. */
@Injectable()
export class AssetReadService {
  constructor(private readonly assets: AssetRepository) {}

  /** The assets among `ids` that the viewer may see (any status), in no particular order. */
  async findVisible(viewer: Viewer, ids: readonly string[]): Promise<AssetObject[]> {
    // An id that is not a UUID (an empty one, say) names no asset: it is not sent to the database as one.
    const candidates = ids.filter(isUuid);
    if (!candidates.length) return [];
    return (await this.assets.findVisible(viewer, candidates)).map(toAssetObject);
  }

  /** Search and listing: full text, filters, sorting, keyset pages. */
  async search(query: AssetQuery, first = 20, after?: string): Promise<AssetConnection> {
    const sort = query.search?.trim() ? query.sort : query.sort === AssetSort.RELEVANCE ? AssetSort.NEWEST : query.sort;
    const base = this.assets.matching(query);
    const connection = await this.page(base, this.assets.sortKeys(base, sort, query.filter.status), first, after);
    // A search counts up to its candidate limit; more matches than that show as "at least" (totalIsEstimate).
    let counted: Promise<number> | undefined;
    const upTo = () => (counted ??= this.assets.countUpTo(base));
    const cap = base.candidates;
    return {
      ...connection,
      count: async () => Math.min(await upTo(), cap ?? Infinity),
      isEstimate: async () => cap !== undefined && (await upTo()) > cap,
      query: { ...query, sort },
    };
  }

  /**
   * The home feed: newest published assets from my team and from the people and tags I follow first, then the rest
   * of the organisation, newest first. Two ordered scans, each able to stop after one page: the priority set, then
   * everything else by the publication index.
   */
  async feed(viewer: Viewer, first = 20, after?: string): Promise<AssetConnection> {
    const [bucket, ...rest] = after ? cursor.decode(after, ['integer', 'timestamptz', 'uuid']) : [1];
    const pages: AssetConnection[] = [];
    let remaining = first;
    if (Number(bucket) === 1) {
      const priority = this.assets.feed(viewer, 'priority');
      const page = await this.page(
        priority,
        this.assets.sortKeys(priority, AssetSort.NEWEST),
        remaining,
        after ? cursor.encode(rest) : undefined,
      );
      pages.push(tagCursors(page, 1));
      remaining -= page.edges.length;
    }
    if (remaining > 0) {
      const continuing = Number(bucket) === 0 ? cursor.encode(rest) : undefined;
      const others = this.assets.feed(viewer, 'rest');
      pages.push(
        tagCursors(await this.page(others, this.assets.sortKeys(others, AssetSort.NEWEST), remaining, continuing), 0),
      );
    }
    const edges = pages.flatMap((p) => p.edges);
    const last = pages[pages.length - 1];
    return {
      edges,
      totalCount: 0,
      count: () => this.assets.count(this.assets.feed(viewer)),
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
    const rows = await this.assets.facets(this.assets.matching(query));
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
    return (await this.assets.derivedOf(viewer, parentIds)).map(toAssetObject);
  }

  /** The ancestors of each asset that the viewer may see, parent first. */
  async ancestryOf(viewer: Viewer, assetIds: readonly string[]): Promise<{ of: string; asset: AssetObject }[]> {
    if (!assetIds.length) return [];
    return (await this.assets.visibleAncestors(viewer, assetIds)).map(({ of, asset }) => ({
      of,
      asset: toAssetObject(asset),
    }));
  }

  /** One keyset page ordered by `keys` (all descending) then id; cursors carry the keys as text so comparisons are exact. */
  private async page(
    selection: AssetSelection,
    keys: Parameters<AssetRepository['page']>[1],
    first: number,
    after?: string,
  ): Promise<AssetConnection> {
    const { rows }: AssetPageRows = await this.assets.page(selection, keys, first + 1, after);
    return toConnection(
      rows,
      first,
      0,
      (r) => [...r.keys, r.asset.id],
      (r) => toAssetObject(r.asset),
    );
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
