import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResolvedPeriod } from '../credit/period.js';
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
