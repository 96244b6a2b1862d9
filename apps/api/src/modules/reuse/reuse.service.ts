import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CreditedReuseKind, CreditNote, CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { AppError, badInput, conflict, notFound } from '../../core/graphql/errors.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import type { NewReuseCredit, RecordedCredit } from '../credit/credit.service.js';
import { ReuseEventEntity, ReuseKind } from './reuse-event.entity.js';
import { parseSlides } from './slide-range.js';
import { ReuseRepository } from './reuse.repository.js';
import { isUuid } from '../../core/graphql/ids.js';

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

/** The most reuses one call may record. */
export const MAX_REUSE_BATCH = 500;

/** One event of a batch: what it recorded (or had recorded before), or why not. */
export interface ReuseOutcome {
  clientEventId: string;
  recorded: RecordedReuse | null;
  error: AppError | null;
}

/** The checks of an event that need no database, as `record` makes them; the trimmed id and the named slides. */
function checkedInput(input: RecordReuse): { clientEventId: string; slides: number[] | null } {
  const clientEventId = typeof input.clientEventId === 'string' ? input.clientEventId.trim() : '';
  if (!clientEventId || clientEventId.length > 100) {
    throw badInput('clientEventId', 'clientEventId must be 1 to 100 characters');
  }
  if (input.kind === ReuseKind.ADAPT) {
    throw badInput('kind', 'An adaptation is recorded by deriving an asset (deriveAsset).');
  }
  if (input.dealId && input.kind !== ReuseKind.USED_IN_DEAL) {
    throw badInput('dealId', 'Only USED_IN_DEAL names a deal.');
  }
  return { clientEventId, slides: namedSlides(input) };
}

/** Whether two inputs describe the same reuse (a repeat of a client event id must). */
const sameReuse = (a: RecordReuse, b: RecordReuse) =>
  a.assetId === b.assetId &&
  a.kind === b.kind &&
  (a.dealId ?? null) === (b.dealId ?? null) &&
  (namedSlides(a) ?? []).join() === (namedSlides(b) ?? []).join();

/** The named slides must be slides of a deck of `count` slides; BAD_USER_INPUT otherwise. */
function checkSlideCount(count: number | null, slides: number[]): void {
  if (count === null) throw badInput('slides', 'This asset has no deck or PDF whose slides could be named.');
  const last = slides[slides.length - 1];
  if (last > count) {
    throw badInput('slides', `The deck has ${count} slide${count === 1 ? '' : 's'}; there is no slide ${last}.`);
  }
}

/** An event's own error in a batch: a typed error as it is; anything else fails the batch. */
function asUserError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  throw error;
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
    const { clientEventId, slides } = checkedInput(input);
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

  /**
   * Records up to MAX_REUSE_BATCH reuses of the viewer, each as `record` would have one after the other, in one
   * transaction: each event gets its own result or error (a bad one does not stop the others), a repeat of a
   * client event id (recorded before, or earlier in the batch) returns that record or CONFLICT, and the caps and the
   * repeat rule see the events before it in the batch.
   */
  async recordMany(viewer: Viewer, inputs: readonly RecordReuse[]): Promise<ReuseOutcome[]> {
    if (inputs.length > MAX_REUSE_BATCH) {
      throw badInput('inputs', `At most ${MAX_REUSE_BATCH} reuses at a time.`);
    }
    const outcomes: ReuseOutcome[] = inputs.map((input) => ({
      clientEventId: String(input.clientEventId ?? ''),
      recorded: null,
      error: null,
    }));
    const checked = inputs.map((input, i) => {
      try {
        if (!isUuid(String(input.assetId))) throw badInput('assetId', 'assetId does not name an asset');
        if (input.dealId != null && !isUuid(input.dealId)) throw badInput('dealId', 'dealId does not name a deal');
        if (input.slides != null && input.slides.length > 200) {
          throw badInput('slides', 'slides must be at most 200 characters');
        }
        return checkedInput(input);
      } catch (error) {
        outcomes[i].error = asUserError(error);
        return null;
      }
    });
    const valid = inputs.map((input, i) => ({ input, i, checked: checked[i] })).filter((e) => e.checked !== null);
    if (valid.length === 0) return outcomes;
    const credited: RecordedCredit[] = [];
    await this.dataSource.transaction(async (em) => {
      const access = await this.reuses.lockAndCheckMany(
        em,
        viewer,
        [...new Set(valid.map((e) => e.input.assetId))],
        [...new Set(valid.flatMap((e) => (e.input.dealId ? [e.input.dealId] : [])))],
        valid.map((e) => `${viewer.id}:${e.checked!.clientEventId}`),
      );
      const clientEventIds = [...new Set(valid.map((e) => e.checked!.clientEventId))];
      const existing = new Map(
        (await this.reuses.findByClientEvents(em, viewer.id, clientEventIds)).map((r) => [r.clientEventId, r]),
      );
      const withSlides = valid.filter((e) => e.checked!.slides).map((e) => e.input.assetId);
      const slideCounts = withSlides.length
        ? await this.reuses.slideCounts(em, [...new Set(withSlides)])
        : new Map<string, number>();
      // In input order, as if one by one: a repeat within the batch answers with the first.
      const firstInBatch = new Map<string, { input: RecordReuse; i: number }>();
      const aliases: { i: number; of: number }[] = [];
      const fresh: { i: number; reuse: ReuseEventEntity }[] = [];
      const replayed: { i: number; reuse: ReuseEventEntity }[] = [];
      for (const { input, i, checked: c } of valid) {
        const { clientEventId, slides } = c!;
        try {
          const stored = existing.get(clientEventId);
          const first = firstInBatch.get(clientEventId);
          if (stored) {
            this.sameOrConflict(stored, input);
            replayed.push({ i, reuse: stored });
            continue;
          }
          if (first) {
            if (!sameReuse(first.input, input)) {
              throw conflict('This clientEventId was already used for a different reuse.', 'clientEventId');
            }
            aliases.push({ i, of: first.i });
            continue;
          }
          if (!access.usable.has(input.assetId)) throw notFound('Asset');
          if (input.dealId && !access.deals.has(input.dealId)) throw badInput('dealId', 'dealId does not name a deal');
          if (slides) checkSlideCount(slideCounts.get(input.assetId) ?? null, slides);
          firstInBatch.set(clientEventId, { input, i });
          fresh.push({
            i,
            reuse: Object.assign(new ReuseEventEntity(), {
              id: randomUUID(),
              assetId: input.assetId,
              actorId: viewer.id,
              kind: input.kind,
              dealId: input.dealId ?? null,
              clientEventId,
              occurredAt: access.now,
              pointsAwarded: 0,
              creditEventId: null,
              slides,
            }),
          });
        } catch (error) {
          outcomes[i].error = asUserError(error);
        }
      }
      const toCredit = fresh.filter((f) => f.reuse.kind !== ReuseKind.VIEW);
      const results = await this.credit.recordReuses(
        em,
        viewer.id,
        toCredit.map(({ reuse }): NewReuseCredit => ({
          kind: 'REUSE',
          actorId: viewer.id,
          assetId: reuse.assetId,
          reuseKind: reuse.kind as CreditedReuseKind,
          dealClosedAt: reuse.dealId ? (access.deals.get(reuse.dealId) ?? null) : null,
        })),
      );
      const notesOf = new Map<number, readonly CreditNote[]>();
      toCredit.forEach(({ i, reuse }, n) => {
        const result = results[n];
        reuse.occurredAt = result.occurredAt;
        reuse.pointsAwarded = result.awardedPoints;
        reuse.creditEventId = result.eventId;
        notesOf.set(i, result.notes);
      });
      credited.push(...results);
      await this.reuses.insertMany(
        em,
        fresh.map((f) => f.reuse),
      );
      for (const { i, reuse } of fresh) {
        outcomes[i].recorded = { reuse, explanation: explanation(reuse, notesOf.get(i) ?? []) };
      }
      const storedNotes = replayed.length
        ? await this.reuses.creditNotesOf(
            em,
            replayed.flatMap((r) => (r.reuse.creditEventId ? [r.reuse.creditEventId] : [])),
          )
        : new Map<string, CreditNote[]>();
      for (const { i, reuse } of replayed) {
        const notes = reuse.creditEventId ? (storedNotes.get(reuse.creditEventId) ?? []) : [];
        outcomes[i].recorded = { reuse, explanation: explanation(reuse, notes) };
      }
      for (const { i, of } of aliases) outcomes[i].recorded = outcomes[of].recorded;
    });
    this.notifier.publish(credited);
    return outcomes;
  }

  /** The explanation of a reuse recorded earlier, from its credit event's notes. */
  private async explainRecorded(em: EntityManager, reuse: ReuseEventEntity): Promise<string> {
    return explanation(reuse, await this.reuses.creditNotes(em, reuse.creditEventId));
  }

  /** The named slides must be slides of the asset's deck (or pages of its PDF), as its files were read. */
  private async checkSlidesExist(em: EntityManager, assetId: string, slides: number[]): Promise<void> {
    checkSlideCount(await this.reuses.slideCount(em, assetId), slides);
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
