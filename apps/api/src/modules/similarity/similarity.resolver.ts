import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { Role } from '../user/user.entity.js';
import { AttributionReviewObject, SimilarAssetObject } from './dto/similarity.objects.js';
import { SimilarityService, slidesLabel } from './similarity.service.js';
import type { AttributionReviewView, SimilarMatch } from './similarity.service.js';

function toSimilarAsset(m: SimilarMatch): SimilarAssetObject {
  return {
    asset: m.asset,
    similarity: m.similarity,
    partial: m.partial,
    slides: m.slides,
    slidesLabel: m.slides.length ? slidesLabel(m.slides.map((s) => s.matchedN)) : null,
    declined: m.declined,
  };
}

function toReview(v: AttributionReviewView): AttributionReviewObject {
  return {
    id: v.review.id,
    asset: v.asset,
    similarity: v.best?.similarity ?? 0,
    matchedAsset: v.best?.asset ?? null,
    matches: v.matches.map(toSimilarAsset),
    status: v.review.status,
    derivedFromId: v.review.derivedFromId,
    createdAt: v.review.createdAt,
    resolvedAt: v.review.resolvedAt,
  };
}

@Resolver(() => SimilarAssetObject)
export class SimilarityResolver {
  constructor(private readonly similarity: SimilarityService) {}

  @Query(() => [SimilarAssetObject], {
    description:
      "For the asset's authors (and admins): the older assets it resembles that you may see, most similar first.",
  })
  @Authenticated()
  async similarAssets(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
  ): Promise<SimilarAssetObject[]> {
    return (await this.similarity.similarAssets(viewer, assetId)).map(toSimilarAsset);
  }

  @Mutation(() => AssetObject, {
    description:
      'Makes your asset an adaptation of a similar asset you may see (you become its ADAPTER): credit flows to the ' +
      "original's authors, now if it is published, else when it is.",
  })
  @Authenticated()
  adaptFromSimilar(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('derivedFromId', { type: () => ID }) derivedFromId: string,
  ): Promise<AssetObject> {
    return this.similarity.adaptFromSimilar(viewer, assetId, derivedFromId);
  }

  @Mutation(() => SimilarAssetObject, {
    description: 'Says your asset is not a copy of a similar asset; once published, enablement reviews it.',
  })
  @Authenticated()
  async declineSimilar(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('similarAssetId', { type: () => ID }) similarAssetId: string,
  ): Promise<SimilarAssetObject> {
    return toSimilarAsset(await this.similarity.declineSimilar(viewer, assetId, similarAssetId));
  }

  @Query(() => [AttributionReviewObject], {
    description: 'Attribution reviews: open ones first, oldest first, then the latest resolved.',
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  async attributionReviews(
    @Args('assetId', { type: () => ID, nullable: true, description: "Only this asset's reviews." })
    assetId: string | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many (default 100, at most 500).' })
    first: number | null,
  ): Promise<AttributionReviewObject[]> {
    return (await this.similarity.reviews({ assetId, first })).map(toReview);
  }

  @Mutation(() => AttributionReviewObject, {
    description:
      "Resolves an open review once: with derivedFromId (one of its matches) the asset becomes that asset's " +
      "adaptation and the original's authors are credited, the entry naming the review; null: not a copy.",
  })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  async resolveAttributionReview(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('derivedFromId', { type: () => ID, nullable: true }) derivedFromId: string | null,
  ): Promise<AttributionReviewObject> {
    return toReview(await this.similarity.resolve(viewer, id, derivedFromId ?? null));
  }
}
