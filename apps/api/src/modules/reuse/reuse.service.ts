import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CreditedReuseKind, CreditNote, CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import { ReuseEventEntity, ReuseKind } from './reuse-event.entity.js';
import { parseSlides } from './slide-range.js';
import { ReuseRepository } from './reuse.repository.js';

export interface RecordReuse {
  assetId: string;
  kind: ReuseKind;
  dealId?: string | null;
  clientEventId: string;
  /** The slides of the asset's deck used, as typed ("3-5"). */
  slides?: string | null;
}

const WITHHELD: Record<string, string> = {
  SELF_CREDIT: 'You author this asset, and nobody earns credit from their own work (the reuse is still recorded).',
  REPEAT_REUSE: 'You made the same reuse of this asset within the last 24 hours; repeats earn nothing.',
  ACTOR_BENEFICIARY_DAILY_CAP: "You reached today's limit on the credit one person can give another.",
  NO_ELIGIBLE_AUTHOR: 'No author other than you is left to credit.',
  NO_POINTS: 'This kind of reuse earns no points under the current policy.',
  AFTER_DEAL_CLOSED:
    'The deal had already closed when this was used in it: the use is recorded for analytics and earns nothing, nor a share of the won pool.',
};

export interface RecordedReuse {
  reuse: ReuseEventEntity;
  /** Why it earned what it did. */
  explanation: string;
}

/** Why a recorded reuse earned what it did, from its credit event's notes. */
function explanation(reuse: ReuseEventEntity, notes: readonly CreditNote[]): string {
  if (reuse.kind === ReuseKind.VIEW) return 'Views are recorded for analytics; they earn no credit.';
  const withheld = [...new Set(notes.map((n) => WITHHELD[n.code]).filter(Boolean))];
  const earned = reuse.pointsAwarded
    ? `The authors earned ${reuse.pointsAwarded} point${reuse.pointsAwarded === 1 ? '' : 's'}.`
    : 'The authors earned nothing for this one.';
  return [earned, ...withheld].join(' ');
}

/** The slides a reuse names, read from what was typed; BAD_USER_INPUT when they cannot be read. */
function namedSlides(input: RecordReuse): number[] | null {
  if (input.slides == null || input.slides.trim() === '') return null;
  if (input.kind === ReuseKind.VIEW) throw badInput('slides', 'A view names no slides.');
  const range = parseSlides(input.slides);
  if ('problem' in range) throw badInput('slides', range.problem);
  return range.slides;
}

/** Recording reuse: idempotent per client event id, credited in the same transaction. */
@Injectable()
export class ReuseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reuses: ReuseRepository,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
  ) {}

  async record(viewer: Viewer, input: RecordReuse): Promise<RecordedReuse> {
    const clientEventId = input.clientEventId.trim();
    if (!clientEventId || clientEventId.length > 100) {
      throw badInput('clientEventId', 'clientEventId must be 1 to 100 characters');
    }
    if (input.kind === ReuseKind.ADAPT) {
      throw badInput('kind', 'An adaptation is recorded by deriving an asset (deriveAsset).');
    }
    if (input.dealId && input.kind !== ReuseKind.USED_IN_DEAL) {
      throw badInput('dealId', 'Only USED_IN_DEAL names a deal.');
    }
    const slides = namedSlides(input);
    const results: CreditResult[] = [];
    const recorded = await this.dataSource.transaction(async (em): Promise<RecordedReuse> => {
      // Retries and concurrent duplicates take turns on the client event's lock, so exactly one is recorded; the
      // next statement sees what the one before committed.
      const access = await this.reuses.lockAndCheck(
        em,
        viewer,
        input.assetId,
        input.dealId ?? null,
        `${viewer.id}:${clientEventId}`,
      );
      const existing = await this.reuses.findByClientEvent(em, viewer.id, clientEventId);
      if (existing) {
        this.sameOrConflict(existing, input);
        return { reuse: existing, explanation: await this.explainRecorded(em, existing) };
      }
      if (!access.usable) throw notFound('Asset');
      if (!access.deal) throw badInput('dealId', 'dealId does not name a deal');
      if (slides) await this.checkSlidesExist(em, input.assetId, slides);
      const reuse: ReuseEventEntity = Object.assign(new ReuseEventEntity(), {
        id: randomUUID(),
        assetId: input.assetId,
        actorId: viewer.id,
        kind: input.kind,
        dealId: input.dealId ?? null,
        clientEventId,
        occurredAt: new Date(),
        pointsAwarded: 0,
        creditEventId: null,
        slides,
      });
      let notes: readonly CreditNote[] = [];
      if (input.kind !== ReuseKind.VIEW) {
        const result = await this.credit.record(em, {
          kind: 'REUSE',
          actorId: viewer.id,
          assetId: input.assetId,
          reuseKind: input.kind as CreditedReuseKind,
          dealClosedAt: access.dealClosedAt,
        });
        results.push(result);
        reuse.occurredAt = result.occurredAt;
        reuse.pointsAwarded = result.awardedPoints;
        reuse.creditEventId = result.eventId;
        notes = result.notes;
      }
      await this.reuses.insert(em, reuse);
      return { reuse, explanation: explanation(reuse, notes) };
    });
    this.notifier.publish(results);
    return recorded;
  }

  /** The explanation of a reuse recorded earlier, from its credit event's notes. */
  private async explainRecorded(em: EntityManager, reuse: ReuseEventEntity): Promise<string> {
    return explanation(reuse, await this.reuses.creditNotes(em, reuse.creditEventId));
  }

  /** The named slides must be slides of the asset's deck (or pages of its PDF), as its files were read. */
  private async checkSlidesExist(em: EntityManager, assetId: string, slides: number[]): Promise<void> {
    const count = await this.reuses.slideCount(em, assetId);
    if (count === null) throw badInput('slides', 'This asset has no deck or PDF whose slides could be named.');
    const last = slides[slides.length - 1];
    if (last > count) {
      throw badInput('slides', `The deck has ${count} slide${count === 1 ? '' : 's'}; there is no slide ${last}.`);
    }
  }

  private sameOrConflict(existing: ReuseEventEntity, input: RecordReuse): void {
    const same =
      existing.assetId === input.assetId &&
      existing.kind === input.kind &&
      (existing.dealId ?? null) === (input.dealId ?? null) &&
      (existing.slides ?? []).join() === (namedSlides(input) ?? []).join();
    if (!same) throw conflict('This clientEventId was already used for a different reuse.', 'clientEventId');
  }
}
