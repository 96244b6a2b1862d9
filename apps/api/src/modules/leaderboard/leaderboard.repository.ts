import { Injectable } from '@nestjs/common';
import { GenerateSql } from '../../core/database/generate-sql.js';
import { ReadDatabase } from '../../core/database/read-database.js';
import type { ResolvedPeriod } from '../credit/period.js';

export interface BoardRow {
  userId: string;
  value: number;
  rank: number;
}

export interface BoardQuery {
  metric: string;
  period: ResolvedPeriod;
  teamId?: string | null;
  includeInactive?: boolean;
  first: number;
}

// One board: a metric's rollups for one period, optionally one team, active people only unless asked.
const BOARD = `
  SELECT r.user_id, r.value, u.name FROM credit_rollups r JOIN users u ON u.id = r.user_id
   WHERE r.metric = $1 AND r.period_kind = $2 AND r.period_start = $3 AND r.value > 0
     AND ($4::uuid IS NULL OR u.team_id = $4) AND ($5::boolean OR u.status = 'ACTIVE')`;

const BOARD_EXAMPLE: BoardQuery = {
  metric: 'CREDIT',
  period: {
    kind: 'QUARTER',
    from: new Date('2026-01-01T00:00:00Z'),
    to: new Date('2026-04-01T00:00:00Z'),
    label: 'FY2026 Q1',
  },
  teamId: '00000000-0000-0000-0000-000000000002',
  includeInactive: false,
  first: 20,
};

/**
 * Leaderboards from the rollup tables (never the ledger): standard competition ranking (1, 2, 2, 4), ties
 * listed by name then id so the order never changes between reads.
 */
@Injectable()
export class LeaderboardRepository {
  constructor(private readonly reads: ReadDatabase) {}

  @GenerateSql({ params: [BOARD_EXAMPLE] })
  async top(q: BoardQuery): Promise<BoardRow[]> {
    const rows: { user_id: string; value: string; rank: string }[] = await this.reads.query(
      `SELECT user_id, value, rank() OVER (ORDER BY value DESC) AS rank
         FROM (${BOARD} ORDER BY r.value DESC, lower(u.name), r.user_id LIMIT $6) top
        ORDER BY value DESC, lower(name), user_id`,
      this.params(q, [q.first]),
    );
    return rows.map((r) => ({ userId: r.user_id, value: Number(r.value), rank: Number(r.rank) }));
  }

  /** The board's entry of one person, ranked among everyone on the board; null when they are not on it. */
  @GenerateSql({ params: ['00000000-0000-0000-0000-000000000001', BOARD_EXAMPLE] })
  async entryFor(userId: string, q: BoardQuery): Promise<BoardRow | null> {
    const rows: { value: string; above: string }[] = await this.reads.query(
      `WITH board AS (${BOARD}), mine AS (SELECT value FROM board WHERE user_id = $6)
       SELECT mine.value, (SELECT count(*) FROM board WHERE board.value > mine.value) AS above FROM mine`,
      this.params(q, [userId]),
    );
    return rows.length ? { userId, value: Number(rows[0].value), rank: Number(rows[0].above) + 1 } : null;
  }

  /** How many people are on the board, for percentiles. */
  @GenerateSql({ params: [BOARD_EXAMPLE] })
  async size(q: BoardQuery): Promise<number> {
    const [row] = await this.reads.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (${BOARD}) b`,
      this.params(q, []),
    );
    return row.n;
  }

  private params(q: BoardQuery, extra: unknown[]): unknown[] {
    return [q.metric, q.period.kind, q.period.from, q.teamId ?? null, q.includeInactive ?? false, ...extra];
  }
}
