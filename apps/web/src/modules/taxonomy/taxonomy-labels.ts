import type { TaxonomyKind } from '../../generated/graphql';

export const TAXONOMY_LABELS: Record<TaxonomyKind, { singular: string; plural: string }> = {
  INDUSTRY: { singular: 'industry', plural: 'Industries' },
  BUYER_ROLE: { singular: 'buyer role', plural: 'Buyer roles' },
  PRODUCT: { singular: 'product', plural: 'Products' },
};

/** Free tags as the API stores them: trimmed, lower case, words joined by hyphens. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}
