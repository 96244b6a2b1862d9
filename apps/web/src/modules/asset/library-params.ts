import type { AssetFilter, AssetSort, AssetStatus } from '../../generated/graphql';
import { isAssetKind, isAssetSort, isJourneyPhase } from './asset-labels';

/** The library's facets, each with its URL parameter and the filter field it sets (one value per facet). */
export const LIBRARY_FACETS = [
  { key: 'kind', param: 'kind', facet: 'kinds', label: 'Kind' },
  { key: 'industry', param: 'industry', facet: 'industries', label: 'Industry' },
  { key: 'buyerRole', param: 'role', facet: 'buyerRoles', label: 'Buyer role' },
  { key: 'journeyPhase', param: 'phase', facet: 'journeyPhases', label: 'Journey phase' },
  { key: 'product', param: 'product', facet: 'products', label: 'Product' },
  { key: 'tag', param: 'tag', facet: 'tags', label: 'Tag' },
  { key: 'teamId', param: 'team', facet: 'teams', label: 'Team' },
  { key: 'authorId', param: 'author', facet: 'authors', label: 'Author' },
] as const;

export type LibraryFacet = (typeof LIBRARY_FACETS)[number];
export type LibraryFilterKey = LibraryFacet['key'];

export interface LibraryParams {
  search: string;
  /** The sort the user chose, if any. */
  sort: AssetSort | null;
  /** PUBLISHED unless the user looks at their drafts or the archive. */
  status: AssetStatus;
  filter: Partial<Record<LibraryFilterKey, string>>;
}

export function readLibraryParams(params: URLSearchParams): LibraryParams {
  const filter: LibraryParams['filter'] = {};
  for (const facet of LIBRARY_FACETS) {
    const value = params.get(facet.param)?.trim();
    if (value) {
      filter[facet.key] = value;
    }
  }
  const sort = params.get('sort');
  const status = params.get('status');
  return {
    search: params.get('q')?.trim() ?? '',
    sort: isAssetSort(sort) ? sort : null,
    status: status === 'DRAFT' || status === 'ARCHIVED' ? status : 'PUBLISHED',
    filter,
  };
}

/** Relevance needs a search; without one the API sorts by newest, and so does the sort menu. */
export function effectiveSort({ search, sort }: LibraryParams): AssetSort {
  if (!search) {
    return sort === 'MOST_REUSED' ? 'MOST_REUSED' : 'NEWEST';
  }
  return sort ?? 'RELEVANCE';
}

/** The API's filter; values that cannot be valid (an unknown kind in a hand-edited URL) are dropped. */
export function toAssetFilter({ filter, status }: Pick<LibraryParams, 'filter' | 'status'>): AssetFilter {
  const { kind, journeyPhase, ...rest } = filter;
  return {
    ...rest,
    status,
    ...(kind && isAssetKind(kind) ? { kind } : {}),
    ...(journeyPhase && isJourneyPhase(journeyPhase) ? { journeyPhase } : {}),
  };
}

/** A library link filtered by one facet value, e.g. from a tag on an asset page. */
export function libraryPath(key: LibraryFilterKey, value: string): string {
  const facet = LIBRARY_FACETS.find((candidate) => candidate.key === key);
  return `/library?${new URLSearchParams({ [facet?.param ?? key]: value }).toString()}`;
}
