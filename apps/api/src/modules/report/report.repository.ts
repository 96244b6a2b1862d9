import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { ResolvedPeriod } from '../credit/period.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { GenerateSql } from '../../core/database/generate-sql.js';
import { ReadDatabase } from '../../core/database/read-database.js';
import { queryFile } from '../../core/database/query-file.js';

const REPORT_SQL = queryFile('authorship-report.sql');
const PERSON_RANK_SQL = queryFile('person-credit-rank.sql');
const TEAM_RANK_SQL = queryFile('team-credit-rank.sql');

/** The numbers of one report subject (a person or a team) for one period. */
export interface ReportMetrics {
  credit: number;
  assetsAuthored: number;
  reusesReceived: Record<string, number>;
  uniqueReusers: number;
  teamsReached: number;
  endorsementsReceived: Record<string, number>;
  derivedAssets: number;
  wonDealsInfluenced: number;
  wonAmountInfluenced: number;
  sharing: number;
  participating: number;
  contributing: number;
}

/** A person a report is about, with the team they are in now. */
export interface ReportPerson {
  id: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
}

type MetricsRow = ReportMetrics & { subject: string };

const USER = '00000000-0000-0000-0000-000000000001';
const TEAM = '00000000-0000-0000-0000-000000000002';
const QUARTER: ResolvedPeriod = {
  kind: 'QUARTER',
  from: new Date('2026-01-01T00:00:00Z'),
  to: new Date('2026-04-01T00:00:00Z'),
  label: 'FY2026 Q1',
};

/** One person's credit in one period of a trend, with their current team's median then. */
export interface TrendRow {
  userId: string;
  start: Date;
  credit: number;
  teamMedian: number | null;
}

/** An asset behind a person's credit, with what happened to it in the period. */
export interface ReportAssetRow {
  userId: string;
  assetId: string;
  title: string;
  kind: string;
  role: string;
  share: number;
  reuses: Record<string, number>;
  customerSessions: number;
  wonDeals: number;
  wonAmount: number;
  credit: number;
}

export interface EndorsementCommentRow {
  userId: string;
  id: string;
  kind: string;
  comment: string;
  createdAt: Date;
  endorserId: string;
  endorserName: string;
  assetId: string;
  assetTitle: string;
}

export interface AcceptedAnswerRow {
  userId: string;
  questionId: string;
  questionTitle: string;
  askerName: string;
  acceptedAt: Date;
}

export interface KnowledgeFlowRow {
  teamId: string;
  teamName: string;
  received: number;
  given: number;
}

const VIEWER: Viewer = { id: USER, role: Role.MEMBER, teamId: TEAM };

/** At most this many assets and endorsement comments per person in a report, the most credited and newest first. */
export const REPORT_ASSETS_PER_PERSON = 100;
export const REPORT_COMMENTS_PER_PERSON = 50;

/** The reads behind authorship reports; the long statements live in `src/queries/` for review. */
@Injectable()
export class ReportRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
  ) {}

  @GenerateSql({ params: [USER] })
  async person(userId: string): Promise<ReportPerson | null> {
    const rows = await this.dataSource.query<ReportPerson[]>(
      `SELECT u.id, u.name, u.team_id AS "teamId", t.name AS "teamName"
         FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async team(teamId: string): Promise<{ id: string; name: string } | null> {
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM teams WHERE id = $1',
      [teamId],
    );
    return rows[0] ?? null;
  }

  /** Everyone in the team now, by name. */
  @GenerateSql({ params: [TEAM] })
  members(teamId: string): Promise<ReportPerson[]> {
    return this.reads.query(
      `SELECT u.id, u.name, u.team_id AS "teamId", t.name AS "teamName"
         FROM users u JOIN teams t ON t.id = u.team_id WHERE u.team_id = $1 ORDER BY lower(u.name), u.id`,
      [teamId],
    );
  }

  /** Whether the person manages the team (is one of its team_managers). */
  async manages(userId: string, teamId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM team_managers WHERE team_id = $1 AND user_id = $2',
      [teamId, userId],
    );
    return rows.length > 0;
  }

  /**
   * The numbers of many subjects in one statement. `subjects` maps each subject key to the people it stands for;
   * a subject with nobody in it gets zeros.
   */
  @GenerateSql({
    params: [
      new Map([
        ['team', [USER]],
        [USER, [USER]],
      ]),
      QUARTER,
    ],
  })
  async metrics(subjects: Map<string, string[]>, period: ResolvedPeriod): Promise<Map<string, ReportMetrics>> {
    const keys: string[] = [];
    const people: string[] = [];
    for (const [subject, ids] of subjects) {
      for (const id of ids) {
        keys.push(subject);
        people.push(id);
      }
    }
    const params = [keys, people, period.from, period.to, period.kind];
    // A team's plan costs enough to trigger JIT compilation, which took longer (80 ms) than it saved on 10M ledger rows:
    // every server connection, the replicas' too, is opened with jit=off (data-source-options.ts, read-database.ts).
    const rows = keys.length ? await this.reads.query<MetricsRow[]>(REPORT_SQL, params) : [];
    const found = new Map(rows.map(({ subject, ...metrics }) => [subject, metrics]));
    return new Map([...subjects.keys()].map((subject) => [subject, found.get(subject) ?? emptyMetrics()]));
  }

  /** Ranks on the organisation's CREDIT leaderboard for the period; people not on it are left out. */
  @GenerateSql({ params: [[USER], QUARTER] })
  async personRanks(userIds: string[], period: ResolvedPeriod): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows = await this.reads.query<{ user_id: string; rank: number }[]>(PERSON_RANK_SQL, [
      period.kind,
      period.from,
      userIds,
    ]);
    return new Map(rows.map((r) => [r.user_id, r.rank]));
  }

  @GenerateSql({ params: [TEAM, QUARTER] })
  async teamRank(teamId: string, period: ResolvedPeriod): Promise<number | null> {
    const rows = await this.reads.query<{ rank: number }[]>(TEAM_RANK_SQL, [period.kind, period.from, teamId]);
    return rows[0]?.rank ?? null;
  }

  /**
   * Credit of each person in each period of the kind starting at `starts`, with the median credit of the members of
   * their current team in the same period (everyone in the team, those without credit counted as 0).
   */
  @GenerateSql({ params: [[USER], 'QUARTER', [QUARTER.from]] })
  trend(userIds: string[], kind: string, starts: Date[]): Promise<TrendRow[]> {
    if (!userIds.length || !starts.length) return Promise.resolve([]);
    return this.dataSource.query<TrendRow[]>(
      `WITH starts AS (SELECT DISTINCT unnest($3::timestamptz[]) AS start),
            subjects AS (SELECT u.id AS user_id, u.team_id FROM users u WHERE u.id = ANY($1::uuid[])),
            people AS (
              SELECT user_id, team_id FROM subjects
               UNION
              SELECT u.id, u.team_id FROM users u WHERE u.team_id IN (SELECT team_id FROM subjects)
            ),
            credit AS (
              SELECT p.user_id, p.team_id, st.start, coalesce(r.value, 0)::float8 AS value
                FROM people p CROSS JOIN starts st
                LEFT JOIN credit_rollups r
                  ON r.metric = 'CREDIT' AND r.period_kind = $2 AND r.period_start = st.start AND r.user_id = p.user_id
            ),
            medians AS (
              SELECT team_id, start, percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median
                FROM credit WHERE team_id IS NOT NULL GROUP BY team_id, start
            )
       SELECT s.user_id AS "userId", c.start, c.value::int AS credit, m.median AS "teamMedian"
         FROM subjects s
         JOIN credit c ON c.user_id = s.user_id
         LEFT JOIN medians m ON m.team_id = s.team_id AND m.start = c.start
        ORDER BY s.user_id, c.start`,
      [userIds, kind, starts],
    );
  }

  /**
   * The assets each person authors, published by the end of the period and visible to the viewer, with the
   * period's reuses by non-authors per kind, buyers' share-link sessions, won deals that used them and the credit
   * the person was booked from each; the most credited first, at most REPORT_ASSETS_PER_PERSON per person.
   */
  @GenerateSql({ params: [VIEWER, [USER], QUARTER] })
  assets(viewer: Viewer, userIds: string[], period: ResolvedPeriod): Promise<ReportAssetRow[]> {
    if (!userIds.length) return Promise.resolve([]);
    const params: unknown[] = [userIds, period.from, period.to, REPORT_ASSETS_PER_PERSON];
    const visible = positional(visibleAssets('x', viewer), params);
    return this.dataSource.query<ReportAssetRow[]>(
      `WITH mine AS (
         SELECT au.user_id, au.asset_id, au.role::text AS role, au.share, x.title, x.kind::text AS kind
           FROM authorships au
           JOIN assets x ON x.id = au.asset_id
          WHERE au.user_id = ANY($1::uuid[]) AND x.published_at IS NOT NULL AND x.published_at < $3 AND ${visible}
       ),
       ids AS (SELECT DISTINCT asset_id FROM mine),
       reused AS (
         SELECT asset_id, json_object_agg(kind, n) AS by_kind
           FROM (SELECT re.asset_id, re.kind::text AS kind, count(*)::int AS n
                   FROM ids JOIN reuse_events re ON re.asset_id = ids.asset_id AND re.occurred_at >= $2 AND re.occurred_at < $3
                  WHERE NOT EXISTS (SELECT 1 FROM authorships x WHERE x.asset_id = re.asset_id AND x.user_id = re.actor_id)
                  GROUP BY re.asset_id, re.kind) k
          GROUP BY asset_id
       ),
       sessions AS (
         SELECT l.asset_id, count(*)::int AS n
           FROM ids JOIN share_links l ON l.asset_id = ids.asset_id
           JOIN share_sessions ss ON ss.share_link_id = l.id AND ss.started_at >= $2 AND ss.started_at < $3
          GROUP BY l.asset_id
       ),
       won AS (
         SELECT asset_id, count(*)::int AS deals, coalesce(sum(amount), 0)::float8 AS amount
           FROM (SELECT DISTINCT du.asset_id, d.id, d.amount
                   FROM ids JOIN deal_asset_uses du ON du.asset_id = ids.asset_id
                   JOIN deals d ON d.id = du.deal_id
                  WHERE d.outcome = 'WON' AND d.closed_at >= $2 AND d.closed_at < $3) w
          GROUP BY asset_id
       ),
       credited AS (
         SELECT ce.beneficiary_id AS user_id, ce.asset_id, sum(ce.points)::int AS credit
           FROM credit_entries ce
          WHERE ce.beneficiary_id = ANY($1::uuid[]) AND ce.booked_at >= $2 AND ce.booked_at < $3
            AND ce.asset_id IN (SELECT asset_id FROM ids)
          GROUP BY ce.beneficiary_id, ce.asset_id
       ),
       ranked AS (
         SELECT m.user_id AS "userId", m.asset_id AS "assetId", m.title, m.kind, m.role, m.share::int AS share,
                coalesce(r.by_kind, '{}') AS reuses, coalesce(s.n, 0) AS "customerSessions",
                coalesce(w.deals, 0) AS "wonDeals", coalesce(w.amount, 0) AS "wonAmount",
                coalesce(c.credit, 0) AS credit,
                row_number() OVER (PARTITION BY m.user_id
                                   ORDER BY coalesce(c.credit, 0) DESC, lower(m.title), m.asset_id) AS n
           FROM mine m
           LEFT JOIN reused r ON r.asset_id = m.asset_id
           LEFT JOIN sessions s ON s.asset_id = m.asset_id
           LEFT JOIN won w ON w.asset_id = m.asset_id
           LEFT JOIN credited c ON c.user_id = m.user_id AND c.asset_id = m.asset_id
       )
       SELECT "userId", "assetId", title, kind, role, share, reuses, "customerSessions", "wonDeals", "wonAmount", credit
         FROM ranked WHERE n <= $4 ORDER BY "userId", n`,
      params,
    );
  }

  /**
   * Endorsements with a comment made in the period (not withdrawn) on assets the people author and the viewer may
   * see, newest first, at most REPORT_COMMENTS_PER_PERSON per person.
   */
  @GenerateSql({ params: [VIEWER, [USER], QUARTER] })
  endorsementComments(viewer: Viewer, userIds: string[], period: ResolvedPeriod): Promise<EndorsementCommentRow[]> {
    if (!userIds.length) return Promise.resolve([]);
    const params: unknown[] = [userIds, period.from, period.to, REPORT_COMMENTS_PER_PERSON];
    const visible = positional(visibleAssets('x', viewer), params);
    return this.dataSource.query<EndorsementCommentRow[]>(
      `SELECT "userId", id, kind, comment, "createdAt", "endorserId", "endorserName", "assetId", "assetTitle"
         FROM (SELECT au.user_id AS "userId", e.id, e.kind::text AS kind, e.comment, e.created_at AS "createdAt",
                      e.endorser_id AS "endorserId", eu.name AS "endorserName", x.id AS "assetId", x.title AS "assetTitle",
                      row_number() OVER (PARTITION BY au.user_id ORDER BY e.created_at DESC, e.id) AS n
                 FROM authorships au
                 JOIN endorsements e ON e.asset_id = au.asset_id AND e.created_at >= $2 AND e.created_at < $3
                 JOIN assets x ON x.id = e.asset_id
                 JOIN users eu ON eu.id = e.endorser_id
                WHERE au.user_id = ANY($1::uuid[]) AND e.withdrawn_at IS NULL AND e.comment IS NOT NULL
                  AND btrim(e.comment) <> '' AND e.endorser_id <> au.user_id AND ${visible}) c
        WHERE n <= $4
        ORDER BY "userId", n`,
      params,
    );
  }

  /**
   * Answers the people wrote that were accepted in the period (questions are open to every member), newest first, at
   * most REPORT_COMMENTS_PER_PERSON per person; a person's answer to their own question is left out, as it earns
   * nothing.
   */
  @GenerateSql({ params: [[USER], QUARTER] })
  acceptedAnswers(userIds: string[], period: ResolvedPeriod): Promise<AcceptedAnswerRow[]> {
    if (!userIds.length) return Promise.resolve([]);
    return this.dataSource.query<AcceptedAnswerRow[]>(
      `SELECT "userId", "questionId", "questionTitle", "askerName", "acceptedAt"
         FROM (SELECT c.author_id AS "userId", q.id AS "questionId", q.title AS "questionTitle",
                      asker.name AS "askerName", q.accepted_at AS "acceptedAt",
                      row_number() OVER (PARTITION BY c.author_id ORDER BY q.accepted_at DESC, q.id) AS n
                 FROM questions q
                 JOIN comments c ON c.id = q.accepted_answer_id
                 JOIN users asker ON asker.id = q.asker_id
                WHERE c.author_id = ANY($1::uuid[]) AND q.accepted_at >= $2 AND q.accepted_at < $3
                  AND q.asker_id <> c.author_id) a
        WHERE n <= $4
        ORDER BY "userId", n`,
      [userIds, period.from, period.to, REPORT_COMMENTS_PER_PERSON],
    );
  }

  /**
   * A team's knowledge flow in the period, per other team (people's current teams, views aside): reuses by the other
   * team's people of assets this team's people author, and reuses by this team's people of assets the other team's
   * people author (an asset with authors in two other teams counts for each).
   */
  @GenerateSql({ params: [TEAM, QUARTER] })
  knowledgeFlow(teamId: string, period: ResolvedPeriod): Promise<KnowledgeFlowRow[]> {
    return this.dataSource.query<KnowledgeFlowRow[]>(
      `WITH ours AS (
         SELECT DISTINCT au.asset_id FROM authorships au JOIN users u ON u.id = au.user_id WHERE u.team_id = $1
       ),
       received AS (
         SELECT a.team_id, count(*)::int AS n
           FROM ours
           JOIN reuse_events re ON re.asset_id = ours.asset_id AND re.occurred_at >= $2 AND re.occurred_at < $3
           JOIN users a ON a.id = re.actor_id
          WHERE re.kind <> 'VIEW' AND a.team_id <> $1
          GROUP BY a.team_id
       ),
       given AS (
         SELECT theirs.team_id, count(*)::int AS n
           FROM users me
           JOIN reuse_events re ON re.actor_id = me.id AND re.occurred_at >= $2 AND re.occurred_at < $3
           JOIN LATERAL (SELECT DISTINCT ou.team_id FROM authorships oa JOIN users ou ON ou.id = oa.user_id
                          WHERE oa.asset_id = re.asset_id AND ou.team_id <> $1) theirs ON true
          WHERE me.team_id = $1 AND re.kind <> 'VIEW'
          GROUP BY theirs.team_id
       )
       SELECT t.id AS "teamId", t.name AS "teamName", coalesce(r.n, 0) AS received, coalesce(g.n, 0) AS given
         FROM teams t
         LEFT JOIN received r ON r.team_id = t.id
         LEFT JOIN given g ON g.team_id = t.id
        WHERE r.n IS NOT NULL OR g.n IS NOT NULL
        ORDER BY coalesce(r.n, 0) + coalesce(g.n, 0) DESC, lower(t.name), t.id`,
      [teamId, period.from, period.to],
    );
  }
}

function emptyMetrics(): ReportMetrics {
  return {
    credit: 0,
    assetsAuthored: 0,
    reusesReceived: {},
    uniqueReusers: 0,
    teamsReached: 0,
    endorsementsReceived: {},
    derivedAssets: 0,
    wonDealsInfluenced: 0,
    wonAmountInfluenced: 0,
    sharing: 0,
    participating: 0,
    contributing: 0,
  };
}
