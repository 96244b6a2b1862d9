import { Injectable } from '@nestjs/common';
import { groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AuthorshipService } from './authorship.service.js';
import type { AuthorshipRow, DeclinedAuthorshipRow } from './dto/authorship.object.js';

@Injectable()
export class AuthorshipLoader {
  constructor(private readonly authorships: AuthorshipService) {}

  /** Authors per asset id; callers load them only for assets the viewer may already see. */
  readonly byAssetId: BatchFn<string, AuthorshipRow[]> = async (assetIds) =>
    groupByKeys(assetIds, await this.authorships.forAssets(assetIds), (r) => r.assetId);

  /** Co-authors who declined, per asset id; callers decide who may read them. */
  readonly declinesByAssetId: BatchFn<string, DeclinedAuthorshipRow[]> = async (assetIds) =>
    groupByKeys(assetIds, await this.authorships.declinesOf(assetIds), (r) => r.assetId);
}
