import { Inject, Injectable } from '@nestjs/common';
import type { PeriodKind } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { mayReadCredit } from './credit-access.js';
import { explainEntry } from './credit-explanation.js';
import type { CreditEntryConnection, CreditEntryObject, PeriodObject } from './dto/credit.objects.js';
import { resolvePeriod } from './period.js';
import type { ResolvedPeriod } from './period.js';

interface EntryRow {
  id: string;
  points: number;
  reason: string;
  source_reason: string;
  rule: string;
  generation: number;
  policy_version: number;
  occurred_at: Date;
  booked_at: Date;
  capped: { cap: string; grossPoints: number } | null;
  beneficiary_id: string;
  actor_id: string;
  asset_id: string | null;
  source_asset_id: string | null;
  actor_name: string;
}

/** Reading credit: statements, periods, and who may read whose. */
@Injectable()
export class CreditReadService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  period(kind: PeriodKind, at?: Date): ResolvedPeriod {
    return resolvePeriod(kind, at, this.config.fiscalYearStartMonth);
  }

  async periodObject(period: ResolvedPeriod): Promise<PeriodObject> {
    const closed =
      period.kind === 'QUARTER' &&
      (await this.dataSource.query<unknown[]>('SELECT 1 FROM closed_periods WHERE period_start = $1', [period.from]))
        .length > 0;
    const allTime = period.kind === 'ALL_TIME';
    return {
      kind: period.kind,
      from: allTime ? null : period.from,
      to: allTime ? null : period.to,
      label: period.label,
      closed,
    };
  }

  /** Members read their own credit, managers their teams' members', admins everyone's. */
  async assertMayRead(viewer: Viewer, userId: string): Promise<void> {
    const allowed = await mayReadCredit(viewer, userId, async () => {
      const rows: { team_id: string | null; manages: boolean }[] = await this.dataSource.query(
        `SELECT u.team_id, EXISTS (SELECT 1 FROM team_managers tm WHERE tm.team_id = u.team_id AND tm.user_id = $2) AS manages
           FROM users u WHERE u.id = $1`,
        [userId, viewer.id],
      );
      if (!rows.length) throw notFound('User');
      return rows[0].manages;
    });
    if (!allowed) {
      throw forbidden("You can read your own credit; managers read their team's; admins everyone's.");
    }
  }

  async statement(userId: string, period: ResolvedPeriod, first = 50, after?: string): Promise<CreditEntryConnection> {
    const params: unknown[] = [userId, period.from, period.to];
    const [totals] = await this.dataSource.query<{ count: number; sum: number }[]>(
      `SELECT count(*)::int AS count, coalesce(sum(points), 0)::int AS sum
         FROM credit_entries WHERE beneficiary_id = $1 AND booked_at >= $2 AND booked_at < $3`,
      params,
    );
    let keyset = '';
    if (after) {
      const [id] = cursor.decode(after, ['bigint']);
      params.push(String(id));
      keyset = `AND ce.id < $${params.length}::bigint`;
    }
    params.push(first + 1);
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT ce.*, u.name AS actor_name FROM credit_entries ce JOIN users u ON u.id = ce.actor_id
        WHERE ce.beneficiary_id = $1 AND ce.booked_at >= $2 AND ce.booked_at < $3 ${keyset}
        ORDER BY ce.id DESC LIMIT $${params.length}`,
      params,
    );
    const connection = toConnection(rows, first, totals.count, (r) => [r.id], toEntryObject);
    return { ...connection, sum: totals.sum };
  }

  /** Credit per month for a person, oldest first, from the rollups. */
  history(userId: string, months = 24): Promise<{ periodStart: Date; value: number }[]> {
    return this.dataSource.query(
      `SELECT period_start AS "periodStart", value::int AS value FROM credit_rollups
        WHERE metric = 'CREDIT' AND period_kind = 'MONTH' AND user_id = $1 AND period_start > now() - ($2 || ' months')::interval
        ORDER BY period_start`,
      [userId, months],
    );
  }
}

function toEntryObject(r: EntryRow): CreditEntryObject {
  return {
    id: r.id,
    points: r.points,
    reason: r.reason,
    rule: r.rule,
    generation: r.generation,
    policyVersion: r.policy_version,
    occurredAt: r.occurred_at,
    bookedAt: r.booked_at,
    capped: r.capped,
    explanation: explainEntry({ ...r, sourceReason: r.source_reason, actorName: r.actor_name }),
    beneficiaryId: r.beneficiary_id,
    actorId: r.actor_id,
    assetId: r.asset_id,
    sourceAssetId: r.source_asset_id,
  };
}
