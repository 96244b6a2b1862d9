import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { byKeys, groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetReadService } from './asset-read.service.js';
import { AssetRepository } from './asset.repository.js';
import { toAssetVersionObject } from './dto/asset-version.object.js';
import type { AssetVersionObject } from './dto/asset-version.object.js';
import type { AssetObject } from './dto/asset.object.js';

/** Batch functions per viewer: the viewer object lives for one request, so each request batches on its own. */
@Injectable()
export class AssetLoader {
  private readonly visible = new WeakMap<Viewer, BatchFn<string, AssetObject | null>>();
  private readonly derived = new WeakMap<Viewer, BatchFn<string, AssetObject[]>>();
  private readonly ancestors = new WeakMap<Viewer, BatchFn<string, AssetObject[]>>();
  private readonly versionsOf = new WeakMap<Viewer, BatchFn<string, AssetVersionObject[]>>();

  constructor(
    private readonly reads: AssetReadService,
    private readonly assets: AssetRepository,
  ) {}

  visibleById(viewer: Viewer): BatchFn<string, AssetObject | null> {
    return this.perViewer(this.visible, viewer, async (ids) =>
      byKeys(ids, await this.reads.findVisible(viewer, ids), (a) => a.id),
    );
  }

  derivedFrom(viewer: Viewer): BatchFn<string, AssetObject[]> {
    return this.perViewer(this.derived, viewer, async (ids) =>
      groupByKeys(ids, await this.reads.derivedOf(viewer, ids), (a) => a.derivedFromId ?? ''),
    );
  }

  /** The ancestors of each asset that the viewer may see, parent first. */
  ancestry(viewer: Viewer): BatchFn<string, AssetObject[]> {
    return this.perViewer(this.ancestors, viewer, async (ids) =>
      groupByKeys(ids, await this.reads.ancestryOf(viewer, ids), (r) => r.of).map((rows) => rows.map((r) => r.asset)),
    );
  }

  /** The versions of each asset that the viewer may read, newest first. */
  versions(viewer: Viewer): BatchFn<string, AssetVersionObject[]> {
    return this.perViewer(this.versionsOf, viewer, async (assetIds) =>
      groupByKeys(assetIds, await this.assets.readableVersions(viewer, assetIds), (v) => v.assetId).map((vs) =>
        vs.map(toAssetVersionObject),
      ),
    );
  }

  private perViewer<V>(
    cache: WeakMap<Viewer, BatchFn<string, V>>,
    viewer: Viewer,
    make: BatchFn<string, V>,
  ): BatchFn<string, V> {
    let batch = cache.get(viewer);
    if (!batch) {
      batch = make;
      cache.set(viewer, batch);
    }
    return batch;
  }
}
