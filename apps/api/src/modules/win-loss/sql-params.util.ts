import type { SqlCondition } from '../asset/asset-visibility.js';

/**
 * A condition written with named parameters (`:visViewerId`, as QueryBuilder takes them) as positional SQL,
 * its values appended to `params`, so it can join raw SQL that numbers its parameters ($1, $2, ...).
 */
export function positional(condition: SqlCondition, params: unknown[]): string {
  return condition.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(condition.params, name) ? `$${params.push(condition.params[name])}` : whole,
  );
}
