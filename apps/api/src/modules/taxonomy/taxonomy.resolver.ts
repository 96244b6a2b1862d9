import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated, Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { Role } from '../user/user.entity.js';
import { TagSuggestion, TaxonomyTermObject } from './dto/taxonomy-term.object.js';
import { TaxonomyKind } from './taxonomy-term.entity.js';
import { TaxonomyService } from './taxonomy.service.js';

@Resolver(() => TaxonomyTermObject)
export class TaxonomyResolver {
  constructor(private readonly taxonomyService: TaxonomyService) {}

  @Query(() => [TaxonomyTermObject], {
    description: 'The vocabulary of a kind, optionally matching `search`, for pickers.',
  })
  @Authenticated()
  taxonomy(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => TaxonomyKind }) kind: TaxonomyKind,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<TaxonomyTermObject[]> {
    return this.taxonomyService.list(viewer, kind, search?.slice(0, 80));
  }

  @Query(() => [TagSuggestion], { description: 'Free tags in use on assets you may see, most used first.' })
  @Authenticated()
  tagSuggestions(
    @CurrentViewer() viewer: Viewer,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<TagSuggestion[]> {
    return this.taxonomyService.popularTags(viewer, search?.slice(0, 80));
  }

  @Mutation(() => TaxonomyTermObject)
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  addTaxonomyTerm(
    @Args('kind', { type: () => TaxonomyKind }) kind: TaxonomyKind,
    @Args('value') value: string,
  ): Promise<TaxonomyTermObject> {
    return this.taxonomyService.add(kind, value);
  }

  @Mutation(() => Boolean, { description: 'Removes a term from the vocabulary; tagged assets keep it.' })
  @Roles(Role.ENABLEMENT, Role.ADMIN)
  removeTaxonomyTerm(
    @Args('kind', { type: () => TaxonomyKind }) kind: TaxonomyKind,
    @Args('value') value: string,
  ): Promise<boolean> {
    return this.taxonomyService.remove(kind, value);
  }
}
