import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql } from '../../core/database/generate-sql.js';
import type { AssetKind } from '../asset/asset.entity.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { DEAD_AFTER_DAYS } from './knowledge-flow.util.js';

/** The period and the teams a read covers; `teamIds` null is the whole organisation. */
export interface FlowScope {
  from: Date;
  to: Date;
  teamIds: string[] | null;
}

export interface FlowTeamRow {
  id: string;
  name: string;
}

export interface ReuseFlowRow {
  reusingTeamId: string;
  authoringTeamId: string;
  reuses: number;
  events: number;
}

export interface DeadCountRow {
  teamId: string | null;
  kind: AssetKind;
  count: number;
}

export interface DeadAssetRow {
  id: string;
  title: string;
  kind: AssetKind;
  teamId: string | null;
  publishedAt: Date;
  lastReusedAt: Date | null;
}

export interface ContentGapRow {
  query: string;
  searches: number;
  days: number;
  lastSearchedAt: Date;
}

export interface AdoptionRow {
  teamId: string;
  month: Date;
  people: number;
  sharing: number;
  participating: number;
  contributing: number;
  none: number;
}

export interface FirstReuseRow {
  kind: AssetKind | null;
  published: number;
  reused: number;
  medianDays: number | null;
  withinDay: number;
  withinWeek: number;
  withinMonth: number;
  withinQuarter: number;
  later: number;
}

const SCOPE: FlowScope = {
  from: new Date('2026-01-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
  teamIds: null,
};
const TEAM_SCOPE: FlowScope = { ...SCOPE, teamIds: [EXAMPLE_ID] };
const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.ENABLEMENT, teamId: null };

// A reuse in the sense of the engagement levels: not a view, and not by one of the asset's own authors.
const COUNTED_REUSE = (re: string) => `${re}.kind <> 'VIEW'
     AND NOT EXISTS (SELECT 1 FROM authorships self WHERE self.asset_id = ${re}.asset_id AND self.user_id = ${re}.actor_id)`;

// Dead: published (not private: a private asset is nobody else's to reuse) before the 90 days up to the period's end
// ($1), and no counted reuse in those days; of the teams in scope ($2).
const DEAD = `a.status = 'PUBLISHED' AND a.visibility <> 'PRIVATE'
     AND a.published_at < $1::timestamptz - interval '${DEAD_AFTER_DAYS} days'
     AND ($2::uuid[] IS NULL OR a.team_id = ANY($2::uuid[]))
     AND NOT EXISTS (SELECT 1 FROM reuse_events re
                      WHERE re.asset_id = a.id
                        AND re.occurred_at >= $1::timestamptz - interval '${DEAD_AFTER_DAYS} days'
                        AND re.occurred_at < $1
                        AND ${COUNTED_REUSE('re')})`;

/**
 * The knowledge-flow dashboard's reads, each one set-based statement over the period and the teams in scope
 * (null for all). Aggregates count every asset; the one list of assets (dead content) filters by the viewer's
 * visibility, so no title is shown that `asset(id)` would refuse. And the one writer of `search_gaps`.
 */
@Injectable()
export class KnowledgeFlowRepository {
  constructor(private readonly dataSource: DataSource) {}

  @GenerateSql()
  teams(): Promise<FlowTeamRow[]> {
    return this.dataSource.query('SELECT id, name FROM teams ORDER BY lower(name), id');
  }

  /** The teams the person manages. */
  @GenerateSql({ params: [EXAMPLE_ID] })
  async managedTeamIds(userId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ team_id: string }[]>(
      'SELECT team_id FROM team_managers WHERE user_id = $1',
      [userId],
    );
    return rows.map((r) => r.team_id);
  }

  /**
   * Reuse between teams: each counted reuse in the period goes from the reusing person's team to the teams of the
   * asset's authors, weighted by their shares (an event adds 1 in all, split by share), with the events counted per
   * cell too. Teams now, people without a team left out. In scope: flows from or to a team in scope.
   */
  @GenerateSql({ name: 'organisation', params: [SCOPE] }, { name: 'teams', params: [TEAM_SCOPE] })
  reuseMatrix(scope: FlowScope): Promise<ReuseFlowRow[]> {
    return this.dataSource.query(
      // Counted per asset and reusing team first, then spread over the asset's authoring teams (their shares summed
      // per team), so a year of reuses is grouped once by hash rather than sorted for a distinct count.
      `WITH ev AS (
         SELECT re.asset_id, ru.team_id AS reusing_team_id, count(*) AS n
           FROM reuse_events re JOIN users ru ON ru.id = re.actor_id
          WHERE re.occurred_at >= $1 AND re.occurred_at < $2 AND ru.team_id IS NOT NULL
            AND ${COUNTED_REUSE('re')}
          GROUP BY re.asset_id, ru.team_id
       ),
       authoring AS (
         SELECT au.asset_id, au_u.team_id, sum(au.share) AS share
           FROM authorships au JOIN users au_u ON au_u.id = au.user_id
          WHERE au_u.team_id IS NOT NULL AND au.asset_id IN (SELECT asset_id FROM ev)
          GROUP BY au.asset_id, au_u.team_id
       )
       SELECT ev.reusing_team_id AS "reusingTeamId", t.team_id AS "authoringTeamId",
              round(sum(ev.n * t.share) / 100.0, 2)::float8 AS reuses, sum(ev.n)::int AS events
         FROM ev JOIN authoring t ON t.asset_id = ev.asset_id
        WHERE $3::uuid[] IS NULL OR ev.reusing_team_id = ANY($3::uuid[]) OR t.team_id = ANY($3::uuid[])
        GROUP BY ev.reusing_team_id, t.team_id`,
      [scope.from, scope.to, scope.teamIds],
    );
  }

  /** Dead content counted by the asset's team and kind. */
  @GenerateSql({ params: [SCOPE] })
  deadCounts(scope: FlowScope): Promise<DeadCountRow[]> {
    return this.dataSource.query(
      `SELECT a.team_id AS "teamId", a.kind, count(*)::int AS count
         FROM assets a
        WHERE ${DEAD}
        GROUP BY a.team_id, a.kind`,
      [scope.to, scope.teamIds],
    );
  }

  /** The dead assets the viewer may see, longest published first, with their last counted reuse ever before the end. */
  @GenerateSql({ params: [VIEWER, SCOPE, 20] })
  deadAssets(viewer: Viewer, scope: FlowScope, first: number): Promise<DeadAssetRow[]> {
    const params: unknown[] = [scope.to, scope.teamIds, first];
    const visible = positional(visibleAssets('a', viewer), params);
    return this.dataSource.query(
      `SELECT a.id, a.title, a.kind, a.team_id AS "teamId", a.published_at AS "publishedAt",
              (SELECT max(re.occurred_at) FROM reuse_events re
                WHERE re.asset_id = a.id AND re.occurred_at < $1 AND ${COUNTED_REUSE('re')}) AS "lastReusedAt"
         FROM assets a
        WHERE ${DEAD} AND ${visible}
        ORDER BY a.published_at, a.id
        LIMIT $3`,
      params,
    );
  }

  /** The searches that found nothing in the period, most searched first (days of the period in UTC). */
  @GenerateSql({ params: [SCOPE, 10] })
  contentGaps(scope: FlowScope, first: number): Promise<ContentGapRow[]> {
    return this.dataSource.query(
      `SELECT g.query, sum(g.count)::int AS searches, count(DISTINCT g.day)::int AS days,
              max(g.last_searched_at) AS "lastSearchedAt"
         FROM search_gaps g
        WHERE g.day >= ($1::timestamptz AT TIME ZONE 'UTC')::date AND g.day < ($2::timestamptz AT TIME ZONE 'UTC')
          AND ($3::uuid[] IS NULL OR g.team_id = ANY($3::uuid[]))
        GROUP BY g.query
        ORDER BY searches DESC, g.query
        LIMIT $4`,
      [scope.from, scope.to, scope.teamIds, first],
    );
  }

  /**
   * Adoption: for each team and calendar month (UTC) of the period, how many of its active people reached each
   * engagement level, by the report's definitions, the highest level counting: contributing (an asset they author
   * first published), participating (an endorsement given and still active, or a comment), sharing (a counted reuse
   * of someone else's asset), or none. People are counted in the team they are in now.
   */
  @GenerateSql({ params: [SCOPE] })
  adoption(scope: FlowScope): Promise<AdoptionRow[]> {
    return this.dataSource.query(
      `WITH months AS (
         SELECT m AS month
           FROM generate_series(date_trunc('month', $1::timestamptz, 'UTC'), $2::timestamptz - interval '1 microsecond',
                                interval '1 month') m
       ),
       people AS (
         SELECT u.id, u.team_id FROM users u
          WHERE u.status = 'ACTIVE' AND u.team_id IS NOT NULL AND ($3::uuid[] IS NULL OR u.team_id = ANY($3::uuid[]))
       ),
       acts AS (
         SELECT re.actor_id AS user_id, date_trunc('month', re.occurred_at, 'UTC') AS month, 1 AS level
           FROM reuse_events re
          WHERE re.occurred_at >= $1 AND re.occurred_at < $2 AND ${COUNTED_REUSE('re')}
         UNION ALL
         SELECT e.endorser_id, date_trunc('month', e.created_at, 'UTC'), 2
           FROM endorsements e
          WHERE e.created_at >= $1 AND e.created_at < $2 AND e.withdrawn_at IS NULL
         UNION ALL
         SELECT c.author_id, date_trunc('month', c.created_at, 'UTC'), 2
           FROM comments c
          WHERE c.created_at >= $1 AND c.created_at < $2
         UNION ALL
         SELECT au.user_id, date_trunc('month', a.published_at, 'UTC'), 3
           FROM assets a JOIN authorships au ON au.asset_id = a.id
          WHERE a.published_at >= $1 AND a.published_at < $2
       ),
       levels AS (
         SELECT acts.user_id, acts.month, max(acts.level) AS level
           FROM acts JOIN people p ON p.id = acts.user_id
          GROUP BY acts.user_id, acts.month
       )
       SELECT p.team_id AS "teamId", m.month,
              count(*)::int AS people,
              count(*) FILTER (WHERE l.level = 1)::int AS sharing,
              count(*) FILTER (WHERE l.level = 2)::int AS participating,
              count(*) FILTER (WHERE l.level = 3)::int AS contributing,
              count(*) FILTER (WHERE l.level IS NULL)::int AS none
         FROM people p
        CROSS JOIN months m
         LEFT JOIN levels l ON l.user_id = p.id AND l.month = m.month
        GROUP BY p.team_id, m.month
        ORDER BY p.team_id, m.month`,
      [scope.from, scope.to, scope.teamIds],
    );
  }

  /**
   * Time from first publication to the first counted reuse, for the assets (not private) first published in the
   * period: per kind and overall (kind null), the median in days over those reused and how many fell in each band;
   * `published - reused` are not reused yet.
   */
  @GenerateSql({ params: [SCOPE] })
  firstReuse(scope: FlowScope): Promise<FirstReuseRow[]> {
    return this.dataSource.query(
      // Materialised, so each asset's first reuse is looked up once; in time order through IX_reuse_events_asset,
      // stopping at the first that counts.
      `WITH pub AS MATERIALIZED (
         SELECT a.kind, a.published_at,
                (SELECT re.occurred_at FROM reuse_events re
                  WHERE re.asset_id = a.id AND re.occurred_at >= a.published_at AND ${COUNTED_REUSE('re')}
                  ORDER BY re.occurred_at LIMIT 1) AS first_at
           FROM assets a
          WHERE a.published_at >= $1 AND a.published_at < $2 AND a.status <> 'DRAFT' AND a.visibility <> 'PRIVATE'
            AND ($3::uuid[] IS NULL OR a.team_id = ANY($3::uuid[]))
       ),
       waited AS (SELECT kind, first_at, first_at - published_at AS wait FROM pub)
       SELECT kind,
              count(*)::int AS published,
              count(first_at)::int AS reused,
              (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM wait) / 86400))::float8 AS "medianDays",
              count(*) FILTER (WHERE wait < interval '1 day')::int AS "withinDay",
              count(*) FILTER (WHERE wait >= interval '1 day' AND wait < interval '7 days')::int AS "withinWeek",
              count(*) FILTER (WHERE wait >= interval '7 days' AND wait < interval '30 days')::int AS "withinMonth",
              count(*) FILTER (WHERE wait >= interval '30 days' AND wait < interval '90 days')::int AS "withinQuarter",
              count(*) FILTER (WHERE wait >= interval '90 days')::int AS later
         FROM waited
        GROUP BY GROUPING SETS ((kind), ())
        ORDER BY kind NULLS FIRST`,
      [scope.from, scope.to, scope.teamIds],
    );
  }

  /**
   * Counts one search that found nothing on today's row (UTC) of its text and team. A new row is made only while the
   * day has fewer than `dayCap` rows, so a flood of made-up searches cannot grow the table without bound. Two first
   * searches of one text at the same instant may count once: a content gap needs the order of magnitude, not the unit.
   */
  @GenerateSql({ params: ['pricing for healthcare', EXAMPLE_ID, 2000] })
  async recordGap(query: string, teamId: string | null, dayCap: number): Promise<void> {
    await this.dataSource.query(
      `WITH today AS (SELECT (now() AT TIME ZONE 'UTC')::date AS day),
       hit AS (
         UPDATE search_gaps g SET count = least(g.count, 2147483646) + 1, last_searched_at = now()
           FROM today
          WHERE g.day = today.day AND g.query = $1 AND g.team_id IS NOT DISTINCT FROM $2::uuid
         RETURNING g.id
       )
       INSERT INTO search_gaps (query, day, team_id)
       SELECT $1, today.day, $2::uuid FROM today
        WHERE NOT EXISTS (SELECT 1 FROM hit)
          AND (SELECT count(*) FROM search_gaps g WHERE g.day = today.day) < $3
       ON CONFLICT DO NOTHING`,
      [query, teamId, dayCap],
    );
  }
}
