import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { TeamRepository } from '../team/team.repository.js';
import { Role } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import { DealChangeSource } from './deal-audit-entry.entity.js';
import { DealEventsService } from './deal-events.service.js';
import { FieldError, defaultDealName } from './deal-fields.util.js';
import type { DealFields } from './deal-fields.util.js';
import { DealReferences } from './deal-references.js';
import { ALL_DEAL_COLUMNS, DealRepository } from './deal.repository.js';
import type { DealChange, DealColumn, DealWriteRow } from './deal.repository.js';
import { WEBHOOK_TOLERANCE_SECONDS } from './webhook-signature.util.js';

/** A field a CRM write may give; what it leaves out is kept as stored. */
export type DealField = Exclude<keyof DealFields, 'externalId'>;

export type { DealChange };

/**
 * Who writes deals, and how: a person importing a CSV or writing through GraphQL, or Byline itself (null: the
 * first-run data and the command line). The webhook writes as nobody, through `writeDelivery`.
 */
export interface DealWriter {
  source: DealChangeSource.IMPORT | DealChangeSource.API;
  viewer: Viewer | null;
}

/** A signed webhook delivery: its signature and the time it was signed. */
export interface DealDelivery {
  signature: string;
  sentAt: Date;
}

/** What a webhook delivery did; `stale` when a delivery signed later was already applied to the deal. */
export interface DeliveryResult {
  id: string;
  externalId: string;
  change: DealChange | 'stale';
}

/** The same signed delivery again, while its signature is still valid. */
export class ReplayedDeliveryError extends Error {}

export interface DealWriteResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Every deal written, in input order (rows with errors left out). */
  deals: { index: number; id: string; externalId: string; change: DealChange }[];
  /** Deals that could not be written (a value, a reference, or a team the writer does not manage), by their index. */
  errors: { index: number; message: string; code?: FieldError['code'] }[];
}

// Which stored columns each given field sets. Outcome and close date are always set together; the team follows
// the owner unless it is given itself.
function columnsFor(given: ReadonlySet<DealField>): DealColumn[] {
  const columns = new Set<DealColumn>(['outcome', 'closed_at']);
  if (given.has('stage')) columns.add('stage');
  if (given.has('name')) columns.add('name');
  if (given.has('account')) columns.add('account_id');
  if (given.has('owner')) columns.add('owner_id').add('team_id');
  if (given.has('team')) columns.add('team_id');
  if (given.has('product')) columns.add('product');
  if (given.has('amount')) columns.add('amount');
  if (given.has('competitor')) columns.add('competitor');
  if (given.has('engagedAt')) columns.add('engaged_at');
  return ALL_DEAL_COLUMNS.filter((c) => columns.has(c));
}

/** Writes deals from the CRM (CSV imports and the webhook): an upsert by external id that only touches what differs. */
@Injectable()
export class DealWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DealEventsService,
    private readonly repository: DealRepository,
    private readonly teams: TeamRepository,
    private readonly users: UserRepository,
  ) {}

  /**
   * Upserts a batch of deals in one transaction, taking turns with every other CRM write. External ids must be
   * unique within the batch. `given` lists the fields the source has (the CSV's columns, the webhook's keys).
   * A MANAGER writes only deals of the teams they manage; anything else is reported as a FORBIDDEN row error.
   */
  write(deals: DealFields[], given: ReadonlySet<DealField>, writer: DealWriter): Promise<DealWriteResult> {
    return this.dataSource.transaction(async (em) => {
      await this.repository.lockCrmWrites(em);
      return this.writeLocked(em, deals, given, writer);
    });
  }

  /**
   * Applies one signed webhook delivery, unrestricted by teams. The same delivery is accepted once
   * (ReplayedDeliveryError after); one signed before the last delivery applied to the deal changes nothing and
   * says so. A delivery that cannot be stored (FieldError) writes nothing, not even its claim.
   */
  writeDelivery(deal: DealFields, given: ReadonlySet<DealField>, delivery: DealDelivery): Promise<DeliveryResult> {
    return this.dataSource.transaction(async (em) => {
      await this.repository.lockCrmWrites(em);
      const hash = createHash('sha256').update(delivery.signature).digest('hex');
      // A signature is valid for the tolerance either side of its time: twice that covers every valid replay.
      if (!(await this.repository.claimDelivery(em, hash, 2 * WEBHOOK_TOLERANCE_SECONDS))) {
        throw new ReplayedDeliveryError();
      }
      const last = await this.repository.lastDelivery(em, deal.externalId);
      if (last?.sentAt && last.sentAt.getTime() > delivery.sentAt.getTime()) {
        return { id: last.id, externalId: deal.externalId, change: 'stale' };
      }
      const result = await this.writeLocked(em, [deal], given, { source: DealChangeSource.WEBHOOK });
      if (result.errors.length) throw new FieldError(result.errors[0].message);
      const [written] = result.deals;
      await this.repository.markDelivered(em, written.id, delivery.sentAt);
      return { id: written.id, externalId: written.externalId, change: written.change };
    });
  }

  /**
   * Applies one signed delivery of several deals (a CRM's batch), in one transaction under one claim of its
   * signature: each deal as `writeDelivery` would apply it alone, in order, with its own result or error (a deal
   * that cannot be stored is left out and the others are written). `deals` are the parsed deals, or the FieldError
   * a deal's JSON gave.
   */
  writeDeliveries(
    deals: readonly ({ deal: DealFields; given: ReadonlySet<DealField> } | FieldError)[],
    delivery: DealDelivery,
  ): Promise<(DeliveryResult | FieldError)[]> {
    return this.dataSource.transaction(async (em) => {
      await this.repository.lockCrmWrites(em);
      const hash = createHash('sha256').update(delivery.signature).digest('hex');
      if (!(await this.repository.claimDelivery(em, hash, 2 * WEBHOOK_TOLERANCE_SECONDS))) {
        throw new ReplayedDeliveryError();
      }
      const results: (DeliveryResult | FieldError)[] = [];
      for (const item of deals) {
        if (item instanceof FieldError) {
          results.push(item);
          continue;
        }
        const { deal, given } = item;
        const last = await this.repository.lastDelivery(em, deal.externalId);
        if (last?.sentAt && last.sentAt.getTime() > delivery.sentAt.getTime()) {
          results.push({ id: last.id, externalId: deal.externalId, change: 'stale' });
          continue;
        }
        const result = await this.writeLocked(em, [deal], given, { source: DealChangeSource.WEBHOOK });
        if (result.errors.length) {
          results.push(new FieldError(result.errors[0].message));
          continue;
        }
        const [written] = result.deals;
        await this.repository.markDelivered(em, written.id, delivery.sentAt);
        results.push({ id: written.id, externalId: written.externalId, change: written.change });
      }
      return results;
    });
  }

  private async writeLocked(
    em: EntityManager,
    deals: DealFields[],
    given: ReadonlySet<DealField>,
    writer: DealWriter | { source: DealChangeSource.WEBHOOK },
  ): Promise<DealWriteResult> {
    const result: DealWriteResult = { created: 0, updated: 0, unchanged: 0, deals: [], errors: [] };
    const references = await DealReferences.load(
      em,
      {
        accounts: deals.flatMap((d) => (d.account ? [d.account] : [])),
        owners: deals.flatMap((d) => (d.owner ? [d.owner] : [])),
        teams: deals.flatMap((d) => (d.team ? [d.team] : [])),
      },
      { deals: this.repository, teams: this.teams, users: this.users },
    );
    const rows: DealWriteRow[] = [];
    const indexOf = new Map<string, number>();
    deals.forEach((deal, index) => {
      try {
        rows.push(this.row(deal, references));
        indexOf.set(deal.externalId, index);
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        result.errors.push({ index, message: error.message, code: error.code });
      }
    });
    if ('viewer' in writer && writer.viewer?.role === Role.MANAGER) {
      await this.dropOutsideManagedTeams(em, writer.viewer, given, rows, indexOf, result);
    }
    if (!given.has('engagedAt')) await this.dropClosingBeforeEngaged(em, rows, indexOf, result);
    if (!rows.length) return result;
    const upserted = await this.repository.upsert(
      em,
      columnsFor(given),
      rows,
      writer.source,
      'viewer' in writer ? (writer.viewer?.id ?? null) : null,
    );
    for (const deal of upserted) {
      result[deal.change]++;
      result.deals.push({
        index: indexOf.get(deal.externalId)!,
        id: deal.id,
        externalId: deal.externalId,
        change: deal.change,
      });
    }
    await this.events.onOutcomesChanged(
      em,
      upserted.filter((d) => d.outcome !== d.previousOutcome),
    );
    result.deals.sort((a, b) => a.index - b.index);
    return result;
  }

  /**
   * A manager writes a deal only when it stays within the teams they manage, before and after the write: its team
   * and its owner's team. So they can neither take over another team's deal (not even by re-importing its CRM id
   * with a new owner) nor hand one of theirs to someone outside. Such rows are FORBIDDEN row errors.
   */
  private async dropOutsideManagedTeams(
    em: EntityManager,
    viewer: Viewer,
    given: ReadonlySet<DealField>,
    rows: DealWriteRow[],
    indexOf: Map<string, number>,
    result: DealWriteResult,
  ): Promise<void> {
    const managed = await this.repository.managedTeamIds(em, viewer.id);
    const stored = await this.repository.reachByExternalId(
      em,
      rows.map((r) => r.external_id),
    );
    const newOwners = given.has('owner') ? rows.flatMap((r) => (r.owner_id ? [String(r.owner_id)] : [])) : [];
    const ownerTeams = await this.repository.teamsOf(em, [...new Set(newOwners)]);
    const within = (teamId: string | null, ownerId: string | null, ownerTeamId: string | null) =>
      teamId !== null &&
      managed.has(teamId) &&
      (ownerId === null || (ownerTeamId !== null && managed.has(ownerTeamId)));
    for (let at = rows.length - 1; at >= 0; at--) {
      const row = rows[at];
      const before = stored.get(row.external_id);
      const ownerId = given.has('owner') ? (row.owner_id as string | null) : (before?.ownerId ?? null);
      const teamId =
        given.has('owner') || given.has('team') ? (row.team_id as string | null) : (before?.teamId ?? null);
      const ownerTeamId = given.has('owner') ? (ownerTeams.get(ownerId ?? '') ?? null) : (before?.ownerTeamId ?? null);
      const allowed =
        (!before || within(before.teamId, before.ownerId, before.ownerTeamId)) && within(teamId, ownerId, ownerTeamId);
      if (allowed) continue;
      result.errors.push({
        index: indexOf.get(row.external_id)!,
        message: before
          ? `deal ${row.external_id} belongs to a team you do not manage; a manager writes only their own teams' deals`
          : `deal ${row.external_id} would belong to a team you do not manage; give an owner or team you manage`,
        code: 'FORBIDDEN',
      });
      rows.splice(at, 1);
    }
  }

  // A source without engage dates may close a stored deal before the engage date it has; reported, not written
  // (the database would refuse the whole batch).
  private async dropClosingBeforeEngaged(
    em: EntityManager,
    rows: DealWriteRow[],
    indexOf: Map<string, number>,
    result: DealWriteResult,
  ): Promise<void> {
    const closing = rows
      .filter((r) => r.closed_at)
      .map((r) => ({ external_id: r.external_id, closed_at: r.closed_at }));
    if (!closing.length) return;
    const conflicts = await this.repository.closingBeforeEngaged(em, closing);
    for (const conflict of conflicts) {
      const at = rows.findIndex((r) => r.external_id === conflict.externalId);
      const closedAt = String(rows[at].closed_at).slice(0, 10);
      result.errors.push({
        index: indexOf.get(conflict.externalId)!,
        message: `the close date ${closedAt} is before the deal's engage date ${conflict.engagedAt.toISOString().slice(0, 10)}`,
      });
      rows.splice(at, 1);
    }
  }

  private row(deal: DealFields, references: DealReferences): DealWriteRow {
    const owner = deal.owner ? references.owner(deal.owner) : null;
    const teamId = deal.team ? references.team(deal.team) : (owner?.teamId ?? null);
    return {
      external_id: deal.externalId,
      // A deal without a given name is named on insert; an update sets the name only when the source gives one.
      name: deal.name ?? defaultDealName(deal),
      account_id: deal.account ? references.account(deal.account) : null,
      owner_id: owner?.id ?? null,
      team_id: teamId,
      product: deal.product ?? null,
      amount: deal.amount ?? null,
      stage: deal.stage ?? null,
      outcome: deal.outcome,
      competitor: deal.competitor ?? null,
      engaged_at: deal.engagedAt?.toISOString() ?? null,
      closed_at: deal.closedAt?.toISOString() ?? null,
    };
  }
}
