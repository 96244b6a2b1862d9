import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../core/database/pg-errors.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import type { WinLossReasonObject } from './dto/win-loss-reason.object.js';
import { MAX_REASON_LABEL } from './win-loss-reason.entity.js';
import { WinLossReasonRepository } from './win-loss-reason.repository.js';

/** The list every organisation starts with; enablement adds and archives from there. */
export const DEFAULT_WIN_LOSS_REASONS = [
  'price',
  'product fit',
  'relationship',
  'competitor strength',
  'timing',
  'decision dynamics',
  'implementation risk',
  'executive sponsorship',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The editable list of win/loss reasons, seeded with the defaults the first time anything uses it. */
@Injectable()
export class WinLossReasonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reasons: WinLossReasonRepository,
  ) {}

  /** Adds the default reasons to an empty list (one statement; concurrent callers are kept apart by the unique index). */
  async ensureSeeded(em: EntityManager = this.dataSource.manager): Promise<void> {
    await this.reasons.seedEmpty(em, DEFAULT_WIN_LOSS_REASONS);
  }

  async list(includeArchived = false): Promise<WinLossReasonObject[]> {
    await this.ensureSeeded();
    return this.reasons.list(includeArchived);
  }

  /** Adds a reason at the end of the list; adding an archived one brings it back. */
  add(label: string): Promise<WinLossReasonObject> {
    const clean = label.trim().replace(/\s+/g, ' ');
    if (!clean) throw badInput('label', 'label must not be empty');
    if (clean.length > MAX_REASON_LABEL) {
      throw badInput('label', `label must be at most ${MAX_REASON_LABEL} characters`);
    }
    return this.dataSource.transaction(async (em) => {
      await this.ensureSeeded(em);
      const existing = await this.reasons.findByLabel(em, clean);
      if (existing && !existing.archived) {
        throw conflict(`The reason "${existing.label}" is already on the list.`, 'label');
      }
      if (existing) return (await this.reasons.setArchived(em, existing.id, false))!;
      try {
        return await this.reasons.append(em, clean);
      } catch (error) {
        // Someone added the same label at the same moment.
        if (isUniqueViolation(error)) throw conflict(`The reason "${clean}" is already on the list.`, 'label');
        throw error;
      }
    });
  }

  /** Takes a reason off the list for new analyses; the analyses that cite it keep it. */
  async archive(id: string): Promise<WinLossReasonObject> {
    if (!UUID.test(id)) throw notFound('Win/loss reason');
    const archived = await this.reasons.setArchived(this.dataSource.manager, id, true);
    if (!archived) throw notFound('Win/loss reason');
    return archived;
  }

  /**
   * The list's spelling of each reason (matched case-insensitively). Archived reasons are refused unless listed in
   * `kept` (the reasons an analysis already cites); anything else is BAD_USER_INPUT naming `field`.
   */
  async canonical(em: EntityManager, reasons: string[], field: string, kept: string[] = []): Promise<string[]> {
    const wanted = [...new Set(reasons.map((r) => r.trim().replace(/\s+/g, ' ')).filter(Boolean))];
    if (!wanted.length) return [];
    await this.ensureSeeded(em);
    const labels = await this.reasons.labels(
      em,
      wanted.map((r) => r.toLowerCase()),
      kept.map((r) => r.toLowerCase()),
    );
    const byLower = new Map(labels.map((label) => [label.toLowerCase(), label]));
    const unknown = wanted.filter((r) => !byLower.has(r.toLowerCase()));
    if (unknown.length) {
      throw badInput(
        field,
        `Unknown win/loss reason: ${unknown.join(', ')}. Choose from winLossReasons; enablement can add to it.`,
      );
    }
    return [...new Set(wanted.map((r) => byLower.get(r.toLowerCase())!))];
  }
}
