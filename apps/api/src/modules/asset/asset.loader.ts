import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { byKeys, groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetVersionEntity } from './asset-version.entity.js';
import { visibleVersions } from './asset-visibility.js';
import { AssetReadService } from './asset-read.service.js';
import { toAssetVersionObject } from './dto/asset-version.object.js';
import type { AssetVersionObject } from './dto/asset-version.object.js';
import type { AssetObject } from './dto/asset.object.js';

/** Batch functions per viewer: the viewer object lives for one request, so each request batches on its own. */
@Injectable()
export class AssetLoader {
  private readonly visible = new WeakMap<Viewer, BatchFn<string, AssetObject | null>>();
  private readonly derived = new WeakMap<Viewer, BatchFn<string, AssetObject[]>>();
  private readonly versionsOf = new WeakMap<Viewer, BatchFn<string, AssetVersionObject[]>>();

  constructor(
    private readonly reads: AssetReadService,
    private readonly dataSource: DataSource,
  ) {}

  visibleById(viewer: Viewer): BatchFn<string, AssetObject | null> {
    let batch = this.visible.get(viewer);
    if (!batch) {
      batch = async (ids) => byKeys(ids, await this.reads.findVisible(viewer, ids), (a) => a.id);
      this.visible.set(viewer, batch);
    }
    return batch;
  }

  derivedFrom(viewer: Viewer): BatchFn<string, AssetObject[]> {
    let batch = this.derived.get(viewer);
    if (!batch) {
      batch = async (ids) => groupByKeys(ids, await this.reads.derivedOf(viewer, ids), (a) => a.derivedFromId ?? '');
      this.derived.set(viewer, batch);
    }
    return batch;
  }

  /** The versions of each asset that the viewer may read, newest first. */
  versions(viewer: Viewer): BatchFn<string, AssetVersionObject[]> {
    let batch = this.versionsOf.get(viewer);
    if (!batch) {
      batch = async (assetIds) => {
        const readable = visibleVersions('a', 'v', viewer);
        const rows = await this.dataSource
          .getRepository(AssetVersionEntity)
          .createQueryBuilder('v')
          .innerJoin('assets', 'a', 'a.id = v.asset_id')
          .where('v.asset_id IN (:...assetIds)', { assetIds })
          .andWhere(readable.sql, readable.params)
          .orderBy('v.version', 'DESC')
          .getMany();
        return groupByKeys(assetIds, rows, (v) => v.assetId).map((vs) => vs.map(toAssetVersionObject));
      };
      this.versionsOf.set(viewer, batch);
    }
    return batch;
  }
}
