import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import {
  PersonalizeTemplateInput,
  TemplateChangeObject,
  TemplatePlaceholderObject,
  TemplateSegmentObject,
} from './dto/template.objects.js';
import { TEMPLATE_PLACEHOLDERS } from './template-text.js';
import { TemplateService } from './template.service.js';

@Resolver(() => AssetObject)
export class TemplateResolver {
  private readonly batches = new WeakMap<Viewer, BatchFn<string, TemplateChangeObject | null>>();

  constructor(private readonly templates: TemplateService) {}

  @Query(() => [TemplatePlaceholderObject], { description: 'The placeholders a template may hold.' })
  @Authenticated()
  templatePlaceholders(): TemplatePlaceholderObject[] {
    return TEMPLATE_PLACEHOLDERS.map((p) => ({ key: p.key, label: p.label }));
  }

  @Query(() => [TemplateSegmentObject], {
    description: 'A published template filled for one of your deals, in its locked and unlocked parts.',
  })
  @Authenticated()
  templatePreview(
    @CurrentViewer() viewer: Viewer,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('dealId', { type: () => ID }) dealId: string,
  ): Promise<TemplateSegmentObject[]> {
    return this.templates.preview(viewer, templateId, dealId);
  }

  @Mutation(() => AssetObject, {
    description:
      'Fills a published template for one of your deals and saves it as a PRIVATE adaptation (you its ADAPTER); ' +
      "the template's authors are credited once per template, person and deal; again, it makes a new version of the copy.",
  })
  @Authenticated()
  personalizeTemplate(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PersonalizeTemplateInput,
  ): Promise<AssetObject> {
    return this.templates.personalise(viewer, input);
  }

  @ResolveField(() => TemplateChangeObject, {
    nullable: true,
    description: 'On a personalised copy: what changed in its template since; null when it is current.',
  })
  templateChange(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    if (!asset.derivedFromId) return null;
    let batch = this.batches.get(viewer);
    if (!batch) {
      batch = (ids) => this.templates.templateChanges(viewer, ids);
      this.batches.set(viewer, batch);
    }
    return ctx.loaders.load(batch, asset.id);
  }
}
