import type { Viewer } from '../../core/auth/viewer.js';
import type { SqlCondition } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';

/**
 * Who reads a share link and its buyer sessions: the sharer, the asset's authors, the managers of the sharer's team
 * and admins, as SQL over the alias of `share_links` (every read of links and sessions filters with it).
 */
export function readableShareLinks(alias: string, viewer: Viewer): SqlCondition {
  return {
    at: (from) => {
      const [me, admin] = [`$${from}`, `$${from + 1}`];
      return {
        sql: `(${alias}.sharer_id = ${me} OR ${admin}
      OR EXISTS (SELECT 1 FROM authorships sl_au WHERE sl_au.asset_id = ${alias}.asset_id AND sl_au.user_id = ${me})
      OR EXISTS (SELECT 1 FROM users sl_u JOIN team_managers sl_tm ON sl_tm.team_id = sl_u.team_id
                  WHERE sl_u.id = ${alias}.sharer_id AND sl_tm.user_id = ${me}))`,
        params: [viewer.id, viewer.role === Role.ADMIN],
      };
    },
  };
}

/** Who revokes a link: its sharer, or an admin. */
export const mayRevokeShareLink = (viewer: Viewer, sharerId: string): boolean =>
  viewer.id === sharerId || viewer.role === Role.ADMIN;
