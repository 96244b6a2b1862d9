import { Injectable } from '@nestjs/common';
import { groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { toShareSessionObject } from './dto/share-link.object.js';
import type { ShareSessionObject } from './dto/share-link.object.js';
import { ShareRepository } from './share.repository.js';

@Injectable()
export class ShareLoader {
  constructor(private readonly shares: ShareRepository) {}

  /** Counted sessions per link, newest first (for links the resolver already read with the viewer's rule). */
  readonly sessions: BatchFn<string, (ShareSessionObject & { shareLinkId: string })[]> = async (linkIds) =>
    groupByKeys(
      linkIds,
      (await this.shares.sessions(linkIds)).map((s) => ({ ...toShareSessionObject(s), shareLinkId: s.shareLinkId })),
      (s) => s.shareLinkId,
    );
}
