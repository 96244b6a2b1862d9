import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { isUniqueViolation } from '../../core/database/pg-errors.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { TaxonomyKind } from './taxonomy-term.entity.js';
import { TaxonomyRepository } from './taxonomy.repository.js';

const LABEL: Record<TaxonomyKind, string> = {
  [TaxonomyKind.INDUSTRY]: 'industry',
  [TaxonomyKind.BUYER_ROLE]: 'buyer role',
  [TaxonomyKind.PRODUCT]: 'product',
};

const ASSET_COLUMN: Record<TaxonomyKind, string> = {
  [TaxonomyKind.INDUSTRY]: 'industries',
  [TaxonomyKind.BUYER_ROLE]: 'buyer_roles',
  [TaxonomyKind.PRODUCT]: 'products',
};

export interface TermUsage {
  kind: TaxonomyKind;
  value: string;
  assetCount: number;
}

/** Free tags: trimmed, lower case, words joined by hyphens, no duplicates. */
export function normaliseTags(tags: string[] = []): string[] {
  const clean = tags.map((t) => t.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean);
  return [...new Set(clean)];
}

/** The length of `taxonomy_terms.value`. */
export const MAX_TERM_LENGTH = 80;

@Injectable()
export class TaxonomyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TaxonomyRepository,
  ) {}

  /**
   * Maps values to the taxonomy's own spelling (matching is case-insensitive); an unknown value is refused with
   * BAD_USER_INPUT naming `field`, so assets stay findable by the same words.
   */
  async canonical(em: EntityManager, kind: TaxonomyKind, values: string[] = [], field: string): Promise<string[]> {
    const wanted = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
    if (!wanted.length) return [];
    const stored = await this.repository.values(
      em,
      kind,
      wanted.map((v) => v.toLowerCase()),
    );
    const byLower = new Map(stored.map((v) => [v.toLowerCase(), v]));
    const unknown = wanted.filter((v) => !byLower.has(v.toLowerCase()));
    if (unknown.length) {
      throw badInput(field, `Unknown ${LABEL[kind]}: ${unknown.join(', ')}. Enablement can add it to the taxonomy.`);
    }
    return [...new Set(wanted.map((v) => byLower.get(v.toLowerCase())!))];
  }

  /** Terms of a kind (optionally matching a prefix or word), with how many published assets the viewer may see use each. */
  async list(viewer: Viewer, kind: TaxonomyKind, search?: string, limit = 100): Promise<TermUsage[]> {
    const rows = await this.repository.termUsage(viewer, kind, ASSET_COLUMN[kind], search?.trim() || null, limit);
    return rows.map((r) => ({ kind, ...r }));
  }

  /** Free tags in use on published assets the viewer may see, most used first, for suggestions. */
  popularTags(viewer: Viewer, search?: string, limit = 50): Promise<{ value: string; assetCount: number }[]> {
    return this.repository.popularTags(viewer, search?.trim() || null, limit);
  }

  async add(kind: TaxonomyKind, value: string, em: EntityManager = this.dataSource.manager): Promise<TermUsage> {
    const clean = value.trim().replace(/\s+/g, ' ');
    if (!clean) throw badInput('value', 'value must not be empty');
    // Counted in characters, as the column's varchar(80) counts them.
    if ([...clean].length > MAX_TERM_LENGTH) {
      throw badInput('value', `A ${LABEL[kind]} is at most ${MAX_TERM_LENGTH} characters.`);
    }
    try {
      await this.repository.insert(em, kind, clean);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`The ${LABEL[kind]} "${clean}" already exists.`, 'value');
      throw error;
    }
    return { kind, value: clean, assetCount: 0 };
  }

  /** Removes a term from the vocabulary; assets keep the value they were tagged with. */
  async remove(kind: TaxonomyKind, value: string): Promise<boolean> {
    if (!(await this.repository.remove(kind, value.trim()))) throw notFound(`The ${LABEL[kind]} "${value}"`);
    return true;
  }

  /** Adds terms that do not exist yet (imports and demo data). */
  async ensure(em: EntityManager, kind: TaxonomyKind, values: string[]): Promise<void> {
    const clean = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
    if (!clean.length) return;
    await this.repository.insertMissing(em, kind, clean);
  }
}
