import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { CreditReadService } from '../credit/credit-read.service.js';
import { LeaderboardMetricKey } from '../credit/credit.service.js';
import type { PeriodInput, PeriodObject } from '../credit/dto/credit.objects.js';
import type { ResolvedPeriod } from '../credit/period.js';
import { canonicalJson } from './canonical-json.js';
import type { JsonValue } from './canonical-json.js';
import type { ClosedPeriodObject } from './dto/closed-period.object.js';
import { PeriodCloseRepository } from './period-close.repository.js';
import type { ClosedPeriodSummary } from './period-close.repository.js';

/** Bumped if the snapshot's shape ever changes, so old and new snapshots are told apart. */
export const SNAPSHOT_FORMAT = 'byline.closed-quarter.v1';

/**
 * Closing a fiscal quarter: from then on the credit write path books anything dated inside it at the open period
 * (CreditService.record), so its entries, rollups and leaderboard never change. The close keeps the quarter's
 * CREDIT leaderboard and metric totals as canonical JSON with its SHA-256 digest.
 */
@Injectable()
export class PeriodCloseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly credit: CreditReadService,
    private readonly periods: PeriodCloseRepository,
  ) {}

  async close(viewer: Viewer, input: PeriodInput): Promise<PeriodObject> {
    if (input.kind !== 'QUARTER') throw badInput('period.kind', 'Only a fiscal QUARTER can be closed.');
    const period = this.credit.period('QUARTER', input.at);
    if (period.to.getTime() > Date.now()) {
      throw badInput(
        'period.at',
        `${period.label} has not ended yet; it can be closed from ${period.to.toISOString()}.`,
      );
    }
    await this.dataSource.transaction(async (em) => {
      // Until this commits no credit write books into the quarter, so none slips in after its snapshot.
      await this.periods.lockPeriodClose(em);
      if (await this.periods.isClosed(em, period.from)) throw conflict(`${period.label} is already closed.`, 'period');
      const snapshot = canonicalJson(await this.snapshot(em, period));
      await this.periods.insert(em, {
        periodStart: period.from,
        periodEnd: period.to,
        label: period.label,
        closedAt: new Date(),
        closedById: viewer.id,
        snapshot,
        digest: sha256(snapshot),
      });
    });
    return this.credit.periodObject(period);
  }

  async list(): Promise<ClosedPeriodObject[]> {
    const rows = await this.periods.list();
    return rows.map(toClosedPeriodObject);
  }

  /** The exact bytes kept at close. */
  async snapshotOf(periodStart: Date): Promise<{ label: string; snapshot: string; digest: string }> {
    const row = await this.periods.find(periodStart);
    if (!row) throw notFound('Closed period');
    return { label: row.label, snapshot: row.snapshot, digest: row.digest };
  }

  /** What the snapshot holds: a function of the quarter's data only (who closed it, and when, are kept beside it). */
  private async snapshot(em: EntityManager, period: ResolvedPeriod): Promise<JsonValue> {
    const board = await this.periods.board(em, period.from);
    const totals = await this.periods.totals(em, period.from);
    const total = new Map(totals.map((t) => [t.metric, Number(t.value)]));
    return {
      format: SNAPSHOT_FORMAT,
      period: { kind: 'QUARTER', label: period.label, from: period.from.toISOString(), to: period.to.toISOString() },
      leaderboard: {
        metric: LeaderboardMetricKey.CREDIT,
        entries: board.map((e) => ({ rank: e.rank, userId: e.userId, name: e.name, value: Number(e.value) })),
      },
      // Everyone's totals per metric, including people left off the board (inactive, or without positive credit).
      totals: Object.fromEntries(Object.values(LeaderboardMetricKey).map((m) => [m, total.get(m) ?? 0])),
    };
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The download path of a closed quarter's snapshot, by its start date (UTC). */
export function snapshotPath(periodStart: Date): string {
  return `/periods/${periodStart.toISOString().slice(0, 10)}/snapshot.json`;
}

function toClosedPeriodObject(row: ClosedPeriodSummary): ClosedPeriodObject {
  return {
    label: row.label,
    from: row.periodStart,
    to: row.periodEnd,
    closedAt: row.closedAt,
    digest: row.digest,
    snapshotUrl: snapshotPath(row.periodStart),
    closedById: row.closedById,
  };
}
