import type { DealFilter } from './dto/deal-filter.input.js';

/**
 * The filter as SQL conditions on `d` (deals) and `a` (accounts), its values appended to `params`, so the deal list
 * and the win/loss analytics narrow deals the same way.
 */
export function dealFilterConditions(filter: DealFilter | undefined, params: unknown[]): string[] {
  const conditions: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter?.from) conditions.push(`d.closed_at >= ${param(filter.from)}`);
  if (filter?.to) conditions.push(`d.closed_at < ${param(filter.to)}`);
  if (filter?.teamId) conditions.push(`d.team_id = ${param(filter.teamId)}`);
  if (filter?.ownerId) conditions.push(`d.owner_id = ${param(filter.ownerId)}`);
  if (filter?.industry?.trim()) conditions.push(`lower(a.industry) = lower(${param(filter.industry.trim())})`);
  if (filter?.product?.trim()) conditions.push(`lower(d.product) = lower(${param(filter.product.trim())})`);
  return conditions;
}
