import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The one rule for who sees an asset, as SQL over the alias of `assets`, so every read path (one asset, search,
 * feed, lineage, attachments, counts) filters in the query itself and none can leak what another would refuse:
 * its authors see it in every state; others see it once published (or archived) if it is ORG, or TEAM and they
 * belong to or manage its team (admins see every team's). PRIVATE assets and drafts are for their authors only.
 */
export function visibleAssets(alias: string, viewer: Viewer, visibility = `${alias}.visibility`): SqlCondition {
  return {
    sql: `(EXISTS (SELECT 1 FROM authorships vis_au WHERE vis_au.asset_id = ${alias}.id AND vis_au.user_id = :visViewerId)
      OR (${alias}.status <> 'DRAFT' AND (
        ${visibility} = 'ORG'
        OR (${visibility} = 'TEAM' AND (
          :visIsAdmin
          OR ${alias}.team_id = :visTeamId
          OR EXISTS (SELECT 1 FROM team_managers vis_tm WHERE vis_tm.team_id = ${alias}.team_id AND vis_tm.user_id = :visViewerId))))))`,
    params: { visViewerId: viewer.id, visTeamId: viewer.teamId, visIsAdmin: viewer.role === Role.ADMIN },
  };
}

/**
 * Who sees one version (alias `version`) of an asset (alias `asset`): whoever sees the asset under both its current
 * visibility and the one the version was made with, so an asset shared later keeps its earlier private versions to
 * its authors, and one made private later keeps all its versions to them.
 */
export function visibleVersions(asset: string, version: string, viewer: Viewer): SqlCondition {
  const now = visibleAssets(asset, viewer);
  const then = visibleAssets(asset, viewer, `${version}.visibility`);
  return { sql: `(${now.sql} AND ${then.sql})`, params: now.params };
}

/**
 * A condition written with named parameters (`:visViewerId`, as QueryBuilder takes them) as positional SQL,
 * its values appended to `params`, so it can join raw SQL that numbers its parameters ($1, $2, ...).
 */
export function positional(condition: SqlCondition, params: unknown[]): string {
  return condition.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(condition.params, name) ? `$${params.push(condition.params[name])}` : whole,
  );
}
