import { Injectable } from '@nestjs/common';
import { byKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import type { VerificationRow } from './verification.repository.js';
import { VerificationService } from './verification.service.js';

/**
 * The verification of assets, one statement per request. Keys are ids of assets the request already read through
 * the visibility rule (the fields hang off an Asset), so the batch does not filter again.
 */
@Injectable()
export class VerificationLoader {
  constructor(private readonly verifications: VerificationService) {}

  readonly byAssetId: BatchFn<string, VerificationRow | null> = async (ids) =>
    byKeys(ids, await this.verifications.forAssets(ids), (r) => r.assetId);
}
