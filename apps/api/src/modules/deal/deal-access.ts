import type { Viewer } from '../../core/auth/viewer.js';
import type { SqlCondition } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';

/** Admins read the audit trail of a deal. */
export const mayReadDealAuditTrail = (viewer: Viewer): boolean => viewer.role === Role.ADMIN;

/**
 * The deals a viewer works on, as SQL over the alias of `deals`: the ones they own, those of a team they manage,
 * and every deal for an admin. Every signed-in user may read every deal; this narrower rule is for acting on one in
 * the customer's name (naming it when sharing content with its buyer, a template personalised for it), where
 * someone else's deal is NOT_FOUND.
 */
export function worksOnDeal(alias: string, viewer: Viewer): SqlCondition {
  return {
    at: (from) => ({
      sql: `(${alias}.owner_id = $${from} OR $${from + 1}
      OR EXISTS (SELECT 1 FROM team_managers deal_tm WHERE deal_tm.team_id = ${alias}.team_id AND deal_tm.user_id = $${from}))`,
      params: [viewer.id, viewer.role === Role.ADMIN],
    }),
  };
}
