import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/graphql/errors.js';
import { AuthorRole } from './authorship.entity.js';
import { AuthorshipRepository } from './authorship.repository.js';
import type { AuthorshipInput } from './dto/authorship.input.js';
import type { AuthorshipRow } from './dto/authorship.object.js';

const FIELD = 'authors';

@Injectable()
export class AuthorshipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authorships: AuthorshipRepository,
  ) {}

  /**
   * Checks a proposed author list: distinct existing users, whole-percent shares from 1 to 100 summing to 100, and
   * a lead (a LEAD_AUTHOR; for an adaptation an ADAPTER leads too). Throws BAD_USER_INPUT naming `authors`.
   */
  async validate(em: EntityManager, authors: AuthorshipInput[], adaptation: boolean): Promise<void> {
    if (!authors.length) throw badInput(FIELD, 'An asset needs at least one author.');
    const ids = authors.map((a) => a.userId);
    if (new Set(ids).size !== ids.length) throw badInput(FIELD, 'Each person can be an author only once.');
    for (const a of authors) {
      if (!Number.isInteger(a.share) || a.share < 1 || a.share > 100) {
        throw badInput(FIELD, 'Each share must be a whole percent from 1 to 100.');
      }
    }
    const total = authors.reduce((sum, a) => sum + a.share, 0);
    if (total !== 100) throw badInput(FIELD, `Shares must add up to 100; these add up to ${total}.`);
    const leads = adaptation ? [AuthorRole.LEAD_AUTHOR, AuthorRole.ADAPTER] : [AuthorRole.LEAD_AUTHOR];
    if (!authors.some((a) => leads.includes(a.role))) {
      throw badInput(
        FIELD,
        adaptation ? 'An adaptation needs a LEAD_AUTHOR or an ADAPTER.' : 'An asset needs a LEAD_AUTHOR.',
      );
    }
    const found = await this.authorships.countUsers(em, ids);
    if (found !== ids.length) throw badInput(FIELD, 'An author is not a known user.');
  }

  /** Replaces an asset's authors; the database checks at commit that the shares sum to 100. */
  async replace(em: EntityManager, assetId: string, authors: AuthorshipInput[]): Promise<void> {
    await this.authorships.replace(em, assetId, authors);
  }

  /** Authors of many assets, largest share first. */
  async forAssets(assetIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<AuthorshipRow[]> {
    if (!assetIds.length) return [];
    return this.authorships.forAssets(em, assetIds);
  }
}
