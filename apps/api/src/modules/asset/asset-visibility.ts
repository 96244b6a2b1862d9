import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';

/** A piece of SQL and the values of its positional parameters, numbered from where it was rendered. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** A condition rendered with positional parameters starting at `$from`. */
export interface SqlCondition {
  at(from: number): SqlFragment;
}

/**
 * The one rule for who sees an asset, as SQL over the alias of `assets`, so every read path (one asset, search,
 * feed, lineage, attachments, counts) filters in the query itself and none can leak what another would refuse:
 * its authors see it in every state; others see it once published (or archived) if it is ORG, or TEAM and they
 * belong to or manage its team (admins see every team's). PRIVATE assets and drafts are for their authors only.
 */
export function visibleAssets(alias: string, viewer: Viewer, visibility = `${alias}.visibility`): SqlCondition {
  return {
    at: (from) => {
      const [me, team, admin] = [`$${from}`, `$${from + 1}`, `$${from + 2}`];
      return {
        sql: `(EXISTS (SELECT 1 FROM authorships vis_au WHERE vis_au.asset_id = ${alias}.id AND vis_au.user_id = ${me})
      OR (${alias}.status <> 'DRAFT' AND (
        ${visibility} = 'ORG'
        OR (${visibility} = 'TEAM' AND (
          ${admin}
          OR ${alias}.team_id = ${team}
          OR EXISTS (SELECT 1 FROM team_managers vis_tm WHERE vis_tm.team_id = ${alias}.team_id AND vis_tm.user_id = ${me}))))))`,
        params: [viewer.id, viewer.teamId, viewer.role === Role.ADMIN],
      };
    },
  };
}

/**
 * Who sees one version (alias `version`) of an asset (alias `asset`): whoever sees the asset under both its current
 * visibility and the one the version was made with, so an asset shared later keeps its earlier private versions to
 * its authors, and one made private later keeps all its versions to them.
 */
export function visibleVersions(asset: string, version: string, viewer: Viewer): SqlCondition {
  return {
    at: (from) => {
      const now = visibleAssets(asset, viewer).at(from);
      const then = visibleAssets(asset, viewer, `${version}.visibility`).at(from);
      return { sql: `(${now.sql} AND ${then.sql})`, params: now.params };
    },
  };
}

/** Renders a condition after the parameters already in `params` (which it extends) and returns its SQL. */
export function positional(condition: SqlCondition, params: unknown[]): string {
  const { sql, params: own } = condition.at(params.length + 1);
  params.push(...own);
  return sql;
}
