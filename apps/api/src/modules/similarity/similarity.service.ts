import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { AssetStatus } from '../asset/asset.entity.js';
import { AssetRepository } from '../asset/asset.repository.js';
import { AssetService } from '../asset/asset.service.js';
import { toAssetObject } from '../asset/dto/asset.object.js';
import type { AssetObject } from '../asset/dto/asset.object.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { Role } from '../user/user.entity.js';
import { formatSlides } from '../reuse/slide-range.js';
import { bandKeys, estimate, signatureOf } from './minhash.js';
import { AttributionReviewStatus } from './similarity.entity.js';
import type { MatchedSlide } from './similarity.entity.js';
import { SimilarityRepository } from './similarity.repository.js';
import type { AssetState, MatchRow, NewSignature, ReviewRow, StoredMatch } from './similarity.repository.js';

/** The text to compare: the asset's own (title, summary, body and any file text) and, for decks, each slide's. */
export interface SimilarityText {
  text: string;
  slides?: { attachmentId: string; n: number; text: string }[];
}

/** A match as the API shows it: the other asset, how alike, and the slides where only slides match. */
export interface SimilarMatch {
  asset: AssetObject;
  similarity: number;
  partial: boolean;
  slides: MatchedSlide[];
  declined: boolean;
}

/** A review as enablement sees it: the asset, its best match, and every match it took. */
export interface AttributionReviewView {
  review: ReviewRow;
  asset: AssetObject;
  best: SimilarMatch | null;
  matches: SimilarMatch[];
}

/** Candidates read per signature, and matches kept per asset (the most similar). */
const CANDIDATES_PER_SIGNATURE = 20;
/** Index rows read per band key: text that thousands of assets share (boilerplate) costs no more than rare text. */
const ROWS_PER_BAND_KEY = 200;
const MAX_MATCHES = 10;
/** Slides with fewer distinct shingles than this (a title, "Thank you") are too short to tell a copy from chance. */
const MIN_SLIDE_SHINGLES = 8;
const MAX_SLIDES = 500;
const REVIEW_QUEUE_LIMIT = 100;
const MAX_REVIEWS = 500;
const BACKFILL_BATCH = 500;

/** "slides 3–5, 8": the matched deck's slide numbers, in ranges. */
export function slidesLabel(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (!sorted.length) return '';
  return `${sorted.length === 1 ? 'slide' : 'slides'} ${formatSlides(sorted)}`;
}

/**
 * Near-copies: each asset's text (and each slide of its decks) is signed with MinHash and compared, through the LSH
 * band index, with the older published assets; matches above the threshold are offered to the uploader as an
 * adaptation, and the ones they decline or may not see wait, once the asset is published, in an attribution review.
 */
@Injectable()
export class SimilarityService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: SimilarityRepository,
    private readonly assetRepository: AssetRepository,
    private readonly assets: AssetService,
    private readonly notifier: CreditNotifier,
  ) {}

  onModuleInit(): void {
    // The asset's own text and its files' (each slide of its decks also on its own).
    this.assets.onContentSaved(async (em, asset) => {
      const pages = await this.repository.filePages(em, asset.id);
      const pageText = (p: (typeof pages)[number]) => `${p.heading ?? ''}\n${p.text}`;
      await this.check(em, asset.id, {
        text: [asset.title, asset.summary ?? '', asset.body, ...pages.map(pageText)].join('\n'),
        // No file read (yet): the slide signatures stored before stay.
        slides: pages.length
          ? pages.filter((p) => p.kind === 'PPTX').map((p) => ({ ...p, text: pageText(p) }))
          : undefined,
      });
    });
    this.assets.onPublished(async (em, asset) => {
      await this.repository.openReview(em, asset.id);
    });
  }

  /**
   * Stores the asset's signature(s) and records its matches above the threshold (excluding itself, its own lineage,
   * and assets that are themselves already its adaptations, or adaptations of its ancestors); a published asset's
   * new matches go to review. `slides` are all of the asset's decks' slides; without them, the slide signatures
   * stored before are kept. Runs in the caller's transaction.
   */
  async check(em: EntityManager, assetId: string, content: SimilarityText): Promise<void> {
    const asset = await this.repository.lockAsset(em, assetId);
    if (!asset) throw notFound('Asset');
    const signatures: NewSignature[] = [];
    const whole = signatureOf(content.text);
    if (whole) {
      signatures.push({
        part: '',
        attachmentId: null,
        slideN: null,
        ...whole,
        bandKeys: bandKeys(whole.minhash, 'whole'),
      });
    }
    if (content.slides) {
      const seen = new Set<string>();
      for (const slide of content.slides.slice(0, MAX_SLIDES)) {
        const part = `${slide.attachmentId}:${slide.n}`;
        if (seen.has(part)) continue;
        seen.add(part);
        const signature = signatureOf(slide.text);
        if (!signature || signature.shingles < MIN_SLIDE_SHINGLES) continue;
        signatures.push({
          part,
          attachmentId: slide.attachmentId,
          slideN: slide.n,
          ...signature,
          bandKeys: bandKeys(signature.minhash, 'slide'),
        });
      }
    } else {
      signatures.push(...(await this.repository.slideSignatures(em, assetId)));
    }
    await this.repository.deleteSignatures(em, assetId);
    const matches = await this.findMatches(em, assetId, signatures);
    await this.repository.insertSignatures(em, assetId, signatures);
    await this.repository.saveMatches(em, assetId, matches);
    if (asset.status === AssetStatus.PUBLISHED) await this.repository.openReview(em, assetId);
  }

  /**
   * Signs the text of every asset that has none yet (assets from before similarity, or written by a loader), so
   * later assets are compared with them. Their own matches are not looked for: content already published is not
   * sent to review after the fact. Returns how many were signed; `onProgress` hears the count after each batch.
   */
  async signUnsigned(onProgress?: (signed: number) => void): Promise<number> {
    let signed = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await this.repository.unsigned(after, BACKFILL_BATCH);
      if (!batch.length) return signed;
      after = batch[batch.length - 1].id;
      await this.dataSource.transaction(async (em) => {
        for (const asset of batch) {
          const whole = signatureOf(asset.text);
          if (!whole) continue;
          await this.repository.insertSignatures(em, asset.id, [
            { part: '', attachmentId: null, slideN: null, ...whole, bandKeys: bandKeys(whole.minhash, 'whole') },
          ]);
        }
      });
      signed += batch.length;
      onProgress?.(signed);
    }
  }

  private async findMatches(em: EntityManager, assetId: string, signatures: NewSignature[]): Promise<MatchRow[]> {
    if (!signatures.length) return [];
    const queries = signatures.flatMap((s, i) => s.bandKeys.map(() => i));
    const keys = signatures.flatMap((s) => s.bandKeys);
    const candidates = await this.repository.candidates(
      em,
      assetId,
      queries,
      keys,
      CANDIDATES_PER_SIGNATURE,
      ROWS_PER_BAND_KEY,
    );
    const threshold = this.config.similarityThreshold;
    const whole = new Map<string, number>();
    // Per matched asset, per slide of this asset: its best counterpart there.
    const slides = new Map<string, Map<string, MatchedSlide>>();
    for (const c of candidates) {
      const mine = signatures[c.query];
      if ((mine.slideN === null) !== (c.slideN === null)) continue;
      const similarity = estimate(mine.minhash, c.minhash);
      if (similarity < threshold) continue;
      if (mine.slideN === null) {
        whole.set(c.assetId, Math.max(similarity, whole.get(c.assetId) ?? 0));
        continue;
      }
      const perSlide = slides.get(c.assetId) ?? new Map<string, MatchedSlide>();
      slides.set(c.assetId, perSlide);
      const best = perSlide.get(mine.part);
      if (!best || similarity > best.similarity) {
        perSlide.set(mine.part, {
          attachmentId: mine.attachmentId!,
          n: mine.slideN,
          matchedAttachmentId: c.attachmentId!,
          matchedN: c.slideN!,
          similarity,
        });
      }
    }
    const matches: MatchRow[] = [];
    for (const id of new Set([...whole.keys(), ...slides.keys()])) {
      const matched = [...(slides.get(id)?.values() ?? [])].sort((a, b) => a.n - b.n);
      const wholeSimilarity = whole.get(id);
      const similarity =
        wholeSimilarity ?? matched.reduce((sum, s) => sum + s.similarity, 0) / Math.max(matched.length, 1);
      matches.push({ matchedAssetId: id, similarity, partial: wholeSimilarity === undefined, slides: matched });
    }
    return matches
      .sort((a, b) => b.similarity - a.similarity || a.matchedAssetId.localeCompare(b.matchedAssetId))
      .slice(0, MAX_MATCHES);
  }

  /** The asset's matches the viewer may see, best first; for its authors and admins. */
  async similarAssets(viewer: Viewer, assetId: string): Promise<SimilarMatch[]> {
    const em = this.dataSource.manager;
    await this.requireAuthorOrAdmin(em, viewer, assetId);
    const matches = await this.repository.visibleMatches(viewer, assetId);
    const assets = new Map(
      (
        await this.assetRepository.findVisible(
          viewer,
          matches.map((m) => m.matchedAssetId),
        )
      ).map((a) => [a.id, a]),
    );
    return matches.flatMap((m) => {
      const asset = assets.get(m.matchedAssetId);
      return asset ? [toMatch(m, toAssetObject(asset))] : [];
    });
  }

  /**
   * "Make it an adaptation": the asset (which the viewer authors, or an admin) becomes derived from one of its matches
   * the viewer may see. A published asset credits the original's authors now; a draft when it is published.
   */
  async adaptFromSimilar(viewer: Viewer, assetId: string, derivedFromId: string): Promise<AssetObject> {
    const results: CreditResult[] = [];
    const adapted = await this.dataSource.transaction(async (em) => {
      const asset = await this.lockOwned(em, viewer, assetId);
      const match = await this.repository.lockVisibleMatch(em, viewer, assetId, derivedFromId);
      if (!match) await this.refuseMissingMatch(em, viewer, derivedFromId);
      if (match!.similarity < this.config.similarityThreshold) {
        throw badInput('derivedFromId', 'That asset is no longer similar enough to yours to be its origin.');
      }
      if (asset.derivedFromId) {
        throw badInput('assetId', 'This asset is already an adaptation; its origin cannot be changed here.');
      }
      if (await this.repository.isSelfOrAdaptation(em, assetId, derivedFromId)) {
        throw badInput('derivedFromId', 'That asset is an adaptation of yours; yours cannot adapt it back.');
      }
      const credited = await this.assets.setLineageWithin(em, viewer, assetId, derivedFromId);
      if (credited) results.push(credited);
      // A review waiting on this asset is settled by the author's own decision.
      const open = await this.repository.openReviewOf(em, assetId);
      if (open) {
        await this.repository.resolve(em, open.id, AttributionReviewStatus.LINEAGE_SET, derivedFromId, viewer.id);
      }
      return this.assetOf(em, assetId);
    });
    this.notifier.publish(results);
    return adapted;
  }

  /** "Not a copy": the author declines a match they may see; a published asset's goes to review now, a draft's on publication. */
  async declineSimilar(viewer: Viewer, assetId: string, similarAssetId: string): Promise<SimilarMatch> {
    return this.dataSource.transaction(async (em) => {
      const asset = await this.lockOwned(em, viewer, assetId);
      const match = await this.repository.lockVisibleMatch(em, viewer, assetId, similarAssetId);
      if (!match) await this.refuseMissingMatch(em, viewer, similarAssetId);
      await this.repository.decline(em, assetId, similarAssetId);
      if (asset.status === AssetStatus.PUBLISHED) await this.repository.openReview(em, assetId);
      // The viewer may see it: the match was found through the visibility rule.
      const [other] = await this.repository.assets(em, [similarAssetId]);
      return { ...toMatch(match!, toAssetObject(other)), declined: true };
    });
  }

  /** The review queue for enablement (of one asset, if given): open reviews first, oldest first, then the latest resolved. */
  async reviews(options: { assetId?: string | null; first?: number | null } = {}): Promise<AttributionReviewView[]> {
    const first = options.first ?? REVIEW_QUEUE_LIMIT;
    if (!Number.isInteger(first) || first < 1 || first > MAX_REVIEWS) {
      throw badInput('first', `first must be a whole number from 1 to ${MAX_REVIEWS}.`);
    }
    const reviews = await this.repository.reviews(first, options.assetId ?? null);
    return this.views(this.dataSource.manager, reviews);
  }

  /**
   * Enablement's decision, once: with `derivedFromId` (one of the asset's matches) the asset becomes its adaptation
   * and the original's authors get the ADAPT credit now, the entry naming the review; without, "not a copy". Nobody
   * decides a review of an asset they author or of an original they author.
   */
  async resolve(viewer: Viewer, id: string, derivedFromId: string | null): Promise<AttributionReviewView> {
    const results: CreditResult[] = [];
    const view = await this.dataSource.transaction(async (em) => {
      const review = await this.repository.lockReview(em, id);
      if (!review) throw notFound('Attribution review');
      if (review.status !== AttributionReviewStatus.OPEN) {
        throw conflict(
          review.status === AttributionReviewStatus.LINEAGE_SET
            ? 'This review was already resolved: its lineage is set.'
            : 'This review was already resolved as not a copy.',
          'id',
        );
      }
      const asset = await this.repository.lockAsset(em, review.assetId);
      const involved = derivedFromId ? [review.assetId, derivedFromId] : [review.assetId];
      if (await this.repository.authorsAny(em, viewer.id, involved)) {
        throw forbidden('You author an asset this review is about; someone else in enablement must resolve it.');
      }
      if (!derivedFromId) {
        const closed = await this.repository.resolve(em, id, AttributionReviewStatus.NOT_A_COPY, null, viewer.id);
        return (await this.views(em, [closed]))[0];
      }
      const match = await this.repository.match(em, review.assetId, derivedFromId);
      if (!match) {
        throw badInput('derivedFromId', 'Only an asset this one was found to resemble can be set as its origin.');
      }
      if (await this.repository.isSelfOrAdaptation(em, review.assetId, derivedFromId)) {
        throw badInput('derivedFromId', 'That asset is itself an adaptation of this one; the lineage would loop.');
      }
      const original = await this.repository.lockAsset(em, derivedFromId);
      if (!original || original.status === AssetStatus.DRAFT) {
        throw badInput('derivedFromId', 'Only a published asset can be set as an origin.');
      }
      if (asset!.derivedFromId !== derivedFromId) {
        const credited = await this.assets.setLineageWithin(em, viewer, review.assetId, derivedFromId, {
          attributionReviewId: id,
        });
        if (credited) results.push(credited);
      }
      const closed = await this.repository.resolve(
        em,
        id,
        AttributionReviewStatus.LINEAGE_SET,
        derivedFromId,
        viewer.id,
      );
      return (await this.views(em, [closed]))[0];
    });
    this.notifier.publish(results);
    return view;
  }

  private async views(em: EntityManager, reviews: ReviewRow[]): Promise<AttributionReviewView[]> {
    if (!reviews.length) return [];
    const matches = await this.repository.matchesOfReviews(
      em,
      reviews.map((r) => r.id),
    );
    const ids = [...new Set([...reviews.map((r) => r.assetId), ...matches.map((m) => m.matchedAssetId)])];
    // Enablement sees the assets a review is about whoever may otherwise see them: deciding needs them.
    const assets = new Map((await this.repository.assets(em, ids)).map((a) => [a.id, toAssetObject(a)]));
    return reviews.map((review) => {
      const own = matches
        .filter((m) => m.reviewId === review.id && assets.has(m.matchedAssetId))
        .map((m) => toMatch(m, assets.get(m.matchedAssetId)!));
      return { review, asset: assets.get(review.assetId)!, best: own[0] ?? null, matches: own };
    });
  }

  /** NOT_FOUND for an asset the viewer may not see, exactly as for one that does not exist; else it is no match. */
  private async refuseMissingMatch(em: EntityManager, viewer: Viewer, otherId: string): Promise<never> {
    if (!(await this.repository.isVisible(em, viewer, otherId))) throw notFound('Asset');
    throw badInput('derivedFromId', 'That asset was not found to be similar to yours.');
  }

  private async lockOwned(em: EntityManager, viewer: Viewer, assetId: string): Promise<AssetState> {
    await this.requireAuthorOrAdmin(em, viewer, assetId);
    const asset = await this.repository.lockAsset(em, assetId);
    if (!asset) throw notFound('Asset');
    return asset;
  }

  private async requireAuthorOrAdmin(em: EntityManager, viewer: Viewer, assetId: string): Promise<void> {
    if (!(await this.repository.isVisible(em, viewer, assetId))) throw notFound('Asset');
    if (viewer.role === Role.ADMIN) return;
    if (!(await this.repository.authorsAny(em, viewer.id, [assetId]))) {
      throw forbidden("Only the asset's authors (or an admin) can see and act on what it resembles.");
    }
  }

  private async assetOf(em: EntityManager, assetId: string): Promise<AssetObject> {
    const asset = await this.assetRepository.lock(em, assetId);
    return toAssetObject(asset!);
  }
}

function toMatch(m: StoredMatch, asset: AssetObject): SimilarMatch {
  return { asset, similarity: m.similarity, partial: m.partial, slides: m.slides, declined: m.declinedAt !== null };
}
