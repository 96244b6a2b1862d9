import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../core/auth/viewer.js';
import { byKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { ApprovalService } from './approval.service.js';
import type { AssetApprovalObject } from './dto/approval.object.js';

@Injectable()
export class ApprovalLoader {
  private readonly batches = new WeakMap<Viewer, BatchFn<string, AssetApprovalObject | null>>();

  constructor(private readonly approvals: ApprovalService) {}

  /** The approval of assets the viewer may already see, per asset id (one batch function per viewer). */
  byAssetId(viewer: Viewer): BatchFn<string, AssetApprovalObject | null> {
    let batch = this.batches.get(viewer);
    if (!batch) {
      batch = async (ids) => byKeys(ids, await this.approvals.forAssets(viewer, ids), (a) => a.assetId);
      this.batches.set(viewer, batch);
    }
    return batch;
  }
}
