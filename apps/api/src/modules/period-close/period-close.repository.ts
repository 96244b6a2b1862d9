import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { queryFile } from '../../core/database/query-file.js';
import { ClosedPeriodEntity } from '../credit/closed-period.entity.js';
import { PERIOD_CLOSE_LOCK } from '../credit/credit.service.js';

const BOARD_SQL = queryFile('closed-period-snapshot.sql');
const QUARTER_START = new Date('2026-01-01T00:00:00Z');

/** A closed quarter as listed: everything kept at close but the snapshot's bytes. */
export type ClosedPeriodSummary = Omit<ClosedPeriodEntity, 'snapshot'>;

/** The statements of closing quarters: the close lock, the closed quarters and what their snapshot reads. */
@Injectable()
export class PeriodCloseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Waits for credit writes already past deciding where their entries are booked, and holds new ones until the
   * caller's transaction ends; two closes take turns.
   */
  async lockPeriodClose(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(${PERIOD_CLOSE_LOCK})`);
  }

  async isClosed(em: EntityManager, periodStart: Date): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM closed_periods WHERE period_start = $1', [periodStart]);
    return rows.length > 0;
  }

  async insert(em: EntityManager, closed: ClosedPeriodEntity): Promise<void> {
    await em.insert(ClosedPeriodEntity, closed);
  }

  /** Every closed quarter, latest first. */
  list(): Promise<ClosedPeriodSummary[]> {
    return this.dataSource.getRepository(ClosedPeriodEntity).find({
      select: { periodStart: true, periodEnd: true, label: true, closedAt: true, closedById: true, digest: true },
      order: { periodStart: 'DESC' },
    });
  }

  find(periodStart: Date): Promise<ClosedPeriodEntity | null> {
    return this.dataSource.getRepository(ClosedPeriodEntity).findOneBy({ periodStart });
  }

  /** The quarter's CREDIT leaderboard as it stands (`src/queries/closed-period-snapshot.sql`). */
  @GenerateSql({ params: [SQL_MANAGER, QUARTER_START] })
  board(
    em: EntityManager,
    periodStart: Date,
  ): Promise<{ rank: number; userId: string; name: string; value: string }[]> {
    return em.query(BOARD_SQL, [periodStart]);
  }

  /** Everyone's total per metric in the quarter, people left off the board included. */
  @GenerateSql({ params: [SQL_MANAGER, QUARTER_START] })
  totals(em: EntityManager, periodStart: Date): Promise<{ metric: string; value: string }[]> {
    return em.query(
      `SELECT metric, sum(value)::bigint::text AS value FROM credit_rollups
        WHERE period_kind = 'QUARTER' AND period_start = $1 GROUP BY metric`,
      [periodStart],
    );
  }
}
