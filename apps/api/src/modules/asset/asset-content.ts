import type { AssetEntity } from './asset.entity.js';

/** The fields of an asset that an edit changes and a version keeps. */
export const ASSET_CONTENT_FIELDS = [
  'title',
  'summary',
  'body',
  'visibility',
  'industries',
  'buyerRoles',
  'journeyPhases',
  'products',
  'tags',
] as const;

export type AssetContentField = (typeof ASSET_CONTENT_FIELDS)[number];
export type AssetContent = Pick<AssetEntity, AssetContentField>;

/** Content given by a client: any field may be absent or null. */
export type AssetContentChanges = { [F in AssetContentField]?: AssetContent[F] | null };

/** The content fields of an asset, and nothing else. */
export function assetContentOf<T extends Record<AssetContentField, unknown>>(asset: T): Pick<T, AssetContentField> {
  return Object.fromEntries(ASSET_CONTENT_FIELDS.map((f) => [f, asset[f]])) as Pick<T, AssetContentField>;
}

/**
 * `current` with the given changes: an absent field stays as it is; null clears the summary (the one field that may
 * be empty) and leaves any other field as it is.
 */
export function changedContent(current: AssetContent, changes: AssetContentChanges): AssetContent {
  const next: Record<AssetContentField, unknown> = assetContentOf(current);
  for (const field of ASSET_CONTENT_FIELDS) {
    const value = changes[field];
    if (value !== undefined && (value !== null || field === 'summary')) next[field] = value;
  }
  return next as AssetContent;
}

/** What a new asset starts from before its given content is applied. */
export const blankContent = (visibility: AssetContent['visibility']): AssetContent => ({
  title: '',
  summary: null,
  body: '',
  visibility,
  industries: [],
  buyerRoles: [],
  journeyPhases: [],
  products: [],
  tags: [],
});
