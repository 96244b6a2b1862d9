import { Injectable } from '@nestjs/common';
import type { CreditResult } from '@byline/credit';
import { structuredPatch } from 'diff';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, notFound } from '../../core/graphql/errors.js';
import { AssetStatus, Visibility } from '../asset/asset.entity.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import { AssetService } from '../asset/asset.service.js';
import type { AssetObject } from '../asset/dto/asset.object.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { AuthorRole } from '../authorship/authorship.entity.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import { ReuseKind } from '../reuse/reuse-event.entity.js';
import { ReuseRepository } from '../reuse/reuse.repository.js';
import type { PersonalizeTemplateInput, TemplateChangeObject } from './dto/template.objects.js';
import { fillDocx } from './template-docx.js';
import {
  TemplateTextError,
  fillTemplate,
  formatAmount,
  formatLongDate,
  joinSegments,
  personalisedTextProblem,
} from './template-text.js';
import type { PlaceholderValues, TemplateSegment } from './template-text.js';
import { TemplateRepository } from './template.repository.js';
import type { DealForTemplate } from './template.repository.js';

/** What a deal fills a template's placeholders with. */
export function placeholderValues(deal: DealForTemplate, today: Date): PlaceholderValues {
  return {
    'account.name': deal.accountName,
    'account.industry': deal.accountIndustry,
    'deal.name': deal.name,
    'deal.product': deal.product,
    'deal.stage': deal.stage,
    'deal.amount': formatAmount(deal.amount),
    'deal.competitor': deal.competitor,
    'owner.name': deal.ownerName,
    'owner.title': deal.ownerTitle,
    today: formatLongDate(today),
  };
}

/** Personalising templates for a deal, once per template, person and deal; and what changed in a copy's template. */
@Injectable()
export class TemplateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplateRepository,
    private readonly assets: AssetService,
    private readonly reads: AssetReadService,
    private readonly attachments: AttachmentService,
    private readonly reuses: ReuseRepository,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
  ) {}

  /**
   * A PRIVATE adaptation of a published template, filled from the deal (and the viewer's edits of its unlocked
   * parts), published at once with the viewer as ADAPTER. The first time for this template, person and deal it
   * credits the template's authors and records the copy as used in the deal; again, it makes a new version of the
   * same copy and awards nothing.
   */
  async personalise(viewer: Viewer, input: PersonalizeTemplateInput): Promise<AssetObject> {
    const results: CreditResult[] = [];
    const afterCommit: (() => Promise<void>)[] = [];
    const copy = await this.dataSource.transaction(async (em) => {
      const template = await this.assets.lockVisibleWithin(em, viewer, input.templateId);
      if (!template.isTemplate) throw badInput('templateId', 'This asset is not a template.');
      if (template.status !== AssetStatus.PUBLISHED) {
        throw badInput('templateId', 'Only a published template can be personalised.');
      }
      const deal = await this.templates.dealForTemplate(em, viewer, input.dealId);
      if (!deal) throw notFound('Deal');
      const values = placeholderValues(deal, new Date());
      const filled = this.fill(template.body, values);
      const body = input.body ?? joinSegments(filled);
      const problem = personalisedTextProblem(body, filled);
      if (problem) throw badInput('body', problem);

      const existing = await this.templates.lockAndFind(em, template.id, viewer.id, deal.id);
      let copy: AssetObject;
      if (existing) {
        copy = await this.assets.reviseWithin(em, viewer, existing.copyId, { body });
        await this.templates.setTemplateVersion(em, existing.id, template.version);
      } else {
        const title = `${template.title} — ${deal.accountName ?? deal.name}`.slice(0, 200);
        copy = await this.assets.deriveWithin(
          em,
          viewer,
          template,
          {
            kind: template.kind,
            title,
            summary: template.summary,
            body,
            visibility: Visibility.PRIVATE,
            industries: template.industries,
            buyerRoles: template.buyerRoles,
            journeyPhases: template.journeyPhases,
            products: template.products,
            tags: template.tags,
            authors: [{ userId: viewer.id, role: AuthorRole.ADAPTER, share: 100 }],
          },
          { published: true },
        );
        const personalisation = await this.templates.insert(em, {
          templateId: template.id,
          actorId: viewer.id,
          dealId: deal.id,
          copyId: copy.id,
          templateVersion: template.version,
        });
        const personalised = await this.credit.record(em, {
          kind: 'TEMPLATE_PERSONALISED',
          actorId: viewer.id,
          assetId: template.id,
          derivedAssetId: copy.id,
          dealId: deal.id,
        });
        results.push(personalised);
        // The template's reuse, as an adaptation is recorded when a derived asset is published.
        await this.reuses.insert(em, {
          assetId: template.id,
          actorId: viewer.id,
          kind: ReuseKind.ADAPT,
          dealId: deal.id,
          clientEventId: `personalise:${personalisation.id}`,
          occurredAt: personalised.occurredAt,
          pointsAwarded: personalised.awardedPoints,
          creditEventId: personalised.eventId,
        });
        // The copy is used in the deal: the personaliser's own work, so the rules note it as self-credit.
        const used = await this.credit.record(em, {
          kind: 'REUSE',
          actorId: viewer.id,
          assetId: copy.id,
          reuseKind: 'USED_IN_DEAL',
          dealClosedAt: deal.closedAt,
        });
        results.push(used);
        await this.reuses.insert(em, {
          assetId: copy.id,
          actorId: viewer.id,
          kind: ReuseKind.USED_IN_DEAL,
          dealId: deal.id,
          clientEventId: `personalise:${personalisation.id}:deal`,
          occurredAt: used.occurredAt,
          pointsAwarded: used.awardedPoints,
          creditEventId: used.eventId,
        });
      }
      const docx = await this.attachments.newestDocx(em, template.id);
      if (docx) {
        const bytes = this.fillDocx(docx.bytes, values);
        const fileName = `${copy.title.replace(/[/\\\0"]/g, '_').slice(0, 250)}.docx`;
        const saved = await this.attachments.attachServerFile(em, copy.id, viewer.id, fileName, bytes);
        afterCommit.push(saved.afterCommit);
      }
      return copy;
    });
    this.notifier.publish(results);
    for (const run of afterCommit) await run();
    return copy;
  }

  /** The template filled for the deal, in its locked and unlocked parts, as personalise would start from it. */
  async preview(viewer: Viewer, templateId: string, dealId: string): Promise<TemplateSegment[]> {
    const [template] = await this.reads.findVisible(viewer, [templateId]);
    if (!template) throw notFound('Asset');
    if (!template.isTemplate) throw badInput('templateId', 'This asset is not a template.');
    const deal = await this.templates.dealForTemplate(this.dataSource.manager, viewer, dealId);
    if (!deal) throw notFound('Deal');
    return this.fill(template.body, placeholderValues(deal, new Date()));
  }

  /** For each copy: what changed in its template since it was made, or null (not a copy, current, or not visible). */
  async templateChanges(viewer: Viewer, copyIds: readonly string[]): Promise<(TemplateChangeObject | null)[]> {
    const states = new Map((await this.templates.templateStates(viewer, copyIds)).map((s) => [s.copyId, s]));
    return copyIds.map((id) => {
      const state = states.get(id);
      if (!state || state.toVersion === state.fromVersion) return null;
      const from = state.fromBody ?? '';
      if (from === state.toBody) return null;
      const patch = structuredPatch('template', 'template', from, state.toBody, '', '', { context: 2 });
      return {
        templateId: state.templateId,
        dealId: state.dealId,
        fromVersion: state.fromVersion,
        toVersion: state.toVersion,
        diff: patch.hunks.map((h) => ({
          oldStart: h.oldStart,
          oldLines: h.oldLines,
          newStart: h.newStart,
          newLines: h.newLines,
          lines: h.lines,
        })),
      };
    });
  }

  private fill(body: string, values: PlaceholderValues): TemplateSegment[] {
    try {
      return fillTemplate(body, values);
    } catch (error) {
      if (error instanceof TemplateTextError) {
        throw badInput('templateId', `The template is not valid: ${error.message}`);
      }
      throw error;
    }
  }

  private fillDocx(bytes: Buffer, values: PlaceholderValues): Buffer {
    try {
      return fillDocx(bytes, values);
    } catch (error) {
      if (error instanceof TemplateTextError) throw badInput('templateId', `The template's DOCX: ${error.message}`);
      throw error;
    }
  }
}
