import { Inject, Injectable } from '@nestjs/common';
import type { PeriodKind } from '@byline/credit';
import type { Viewer } from '../../core/auth/viewer.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { cursor, toConnection } from '../../core/graphql/connection.js';
import { forbidden, notFound } from '../../core/graphql/errors.js';
import { mayReadCredit } from './credit-access.js';
import type { CreditEvidence } from './credit-event.entity.js';
import { describeEvidence, explainEntry } from './credit-explanation.js';
import { CreditRepository } from './credit.repository.js';
import type { CreditEntryConnection, CreditEntryObject, PeriodObject } from './dto/credit.objects.js';
import { resolvePeriod } from './period.js';
import type { ResolvedPeriod } from './period.js';

interface EntryRow {
  id: string;
  points: number;
  reason: string;
  source_reason: string;
  /** booked_at as PostgreSQL writes it, to the microsecond: the statement's keyset. */
  booked_key: string;
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
  event_type: string;
  evidence: CreditEvidence | null;
  event_occurred_at: Date;
}

/** Reading credit: statements, periods, and who may read whose. */
@Injectable()
export class CreditReadService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: CreditRepository,
  ) {}

  period(kind: PeriodKind, at?: Date): ResolvedPeriod {
    return resolvePeriod(kind, at, this.config.fiscalYearStartMonth);
  }

  async periodObject(period: ResolvedPeriod): Promise<PeriodObject> {
    const closed = period.kind === 'QUARTER' && (await this.repository.isClosedPeriod(period.from));
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
      const user = await this.repository.userAndManager(userId, viewer.id);
      if (!user) throw notFound('User');
      return user.manages;
    });
    if (!allowed) {
      throw forbidden("You can read your own credit; managers read their team's; admins everyone's.");
    }
  }

  async statement(userId: string, period: ResolvedPeriod, first = 50, after?: string): Promise<CreditEntryConnection> {
    const totals = await this.repository.statementTotals(userId, period.from, period.to);
    const decoded = after ? cursor.decode(after, ['timestamptz', 'bigint']) : undefined;
    const before = decoded ? ([String(decoded[0]), String(decoded[1])] as const) : undefined;
    const rows = await this.repository.statementPage<EntryRow>(userId, period.from, period.to, first + 1, before);
    const connection = toConnection(rows, first, totals.count, (r) => [r.booked_key, r.id], toEntryObject);
    return { ...connection, sum: totals.sum };
  }

  /** Credit per month for a person, oldest first, from the rollups. */
  history(userId: string, months = 24): Promise<{ periodStart: Date; value: number }[]> {
    return this.repository.monthlyCredit(userId, months);
  }
}

function toEntryObject(r: EntryRow): CreditEntryObject {
  const evidence = describeEvidence(r.event_type, r.evidence, r.event_occurred_at);
  return {
    id: r.id,
    points: r.points,
    reason: r.reason,
    sourceReason: r.source_reason,
    rule: r.rule,
    generation: r.generation,
    policyVersion: r.policy_version,
    occurredAt: r.occurred_at,
    bookedAt: r.booked_at,
    capped: r.capped,
    evidence,
    attributionReviewId: r.evidence?.attributionReviewId ?? null,
    explanation: explainEntry({ ...r, sourceReason: r.source_reason, actorName: r.actor_name, evidence }),
    beneficiaryId: r.beneficiary_id,
    actorId: r.actor_id,
    assetId: r.asset_id,
    sourceAssetId: r.source_asset_id,
  };
}
