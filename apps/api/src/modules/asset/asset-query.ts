import type { Viewer } from '../../core/auth/viewer.js';
import type { AssetFilter } from './dto/assets.args.js';
import type { AssetSort } from './dto/assets.args.js';

/** A search or feed request, carried from the page to its facets. */
export interface AssetQuery {
  viewer: Viewer;
  search?: string;
  filter: AssetFilter;
  sort: AssetSort;
}
