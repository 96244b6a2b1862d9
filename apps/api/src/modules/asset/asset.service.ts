import { Injectable } from '@nestjs/common';
import type { CreditResult } from '@byline/credit';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import { AuthorRole } from '../authorship/authorship.entity.js';
import { AuthorshipService } from '../authorship/authorship.service.js';
import type { AuthorshipInput } from '../authorship/dto/authorship.input.js';
import type { CreditEvidence } from '../credit/credit-event.entity.js';
import { CreditNotifier } from '../credit/credit-notifier.js';
import { CreditService } from '../credit/credit.service.js';
import { ReuseKind } from '../reuse/reuse-event.entity.js';
import { ReuseRepository } from '../reuse/reuse.repository.js';
import { TaxonomyKind } from '../taxonomy/taxonomy-term.entity.js';
import { TaxonomyService, normaliseTags } from '../taxonomy/taxonomy.service.js';
import { Role } from '../user/user.entity.js';
import { templateProblem } from '../template/template-text.js';
import { WinLossAnalysisService } from '../win-loss/win-loss-analysis.service.js';
import { assetContentOf, blankContent, changedContent } from './asset-content.js';
import type { AssetContent } from './asset-content.js';
import { VersionChange } from './asset-version.entity.js';
import { AssetEntity, AssetKind, AssetStatus, Visibility } from './asset.entity.js';
import { AssetRepository } from './asset.repository.js';
import { MAX_BODY_BYTES } from './dto/create-asset.input.js';
import type { CreateAssetInput, UpdateAssetInput } from './dto/create-asset.input.js';
import { toAssetObject } from './dto/asset.object.js';
import type { AssetObject } from './dto/asset.object.js';

/** What the viewer may do with one asset; computed from its authors and team. */
export interface AssetPermissions {
  edit: boolean;
  publish: boolean;
  archive: boolean;
  setAuthors: boolean;
  adapt: boolean;
}

export function assetPermissions(
  viewer: Viewer,
  asset: Pick<AssetObject, 'status'>,
  authorIds: string[],
  teamManagerIds: string[],
): AssetPermissions {
  const author = authorIds.includes(viewer.id);
  const admin = viewer.role === Role.ADMIN;
  const owner = author || admin;
  // Enablement curates: it may retire published content (the review queue proposes what is stale), not edit it.
  const curator = viewer.role === Role.ENABLEMENT && asset.status === AssetStatus.PUBLISHED;
  return {
    edit: owner,
    publish: owner && asset.status !== AssetStatus.PUBLISHED,
    archive: (owner || curator) && asset.status !== AssetStatus.ARCHIVED,
    setAuthors: owner || (viewer.role === Role.MANAGER && teamManagerIds.includes(viewer.id)),
    adapt: asset.status !== AssetStatus.DRAFT,
  };
}

/** A check of an asset's files when it becomes a template (the attachment capability registers one). */
export type TemplateFilesCheck = (em: EntityManager, assetId: string) => Promise<void>;

/**
 * Told, in the asset's transaction, when an asset's text is saved (created or a new version) and when it is
 * published; the similarity capability registers them.
 */
export type AssetHook = (em: EntityManager, asset: AssetObject) => Promise<void>;

/** How an asset made by the server from another (a personalised template) starts: published, and its authors. */
export interface DerivedInTransaction {
  published: boolean;
}

/** Creating and changing assets: drafts, edits as immutable versions, publication, archiving, authors, adaptations. */
@Injectable()
export class AssetService {
  private readonly templateFilesChecks: TemplateFilesCheck[] = [];
  private readonly contentHooks: AssetHook[] = [];
  private readonly publishedHooks: AssetHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly assets: AssetRepository,
    private readonly reuses: ReuseRepository,
    private readonly authorships: AuthorshipService,
    private readonly taxonomy: TaxonomyService,
    private readonly credit: CreditService,
    private readonly notifier: CreditNotifier,
    private readonly winLoss: WinLossAnalysisService,
  ) {
    // A co-author who declines changes the authors without an edit: the asset gets a version saying so.
    this.authorships.onAuthorsChanged(async (em, assetId, changedBy) => {
      const asset = await this.assets.lock(em, assetId);
      if (!asset) return;
      asset.version += 1;
      await this.assets.save(em, asset);
      await this.recordVersion(em, asset, { id: changedBy }, VersionChange.AUTHORS_CHANGED);
    });
  }

  /** Registers a check of an asset's files for when it becomes a template; it throws BAD_USER_INPUT to refuse. */
  checkTemplateFilesWith(check: TemplateFilesCheck): void {
    this.templateFilesChecks.push(check);
  }

  /**
   * Registers a hook run after an asset's text is saved (creation, every new version, its files read again), in its
   * transaction.
   */
  onContentSaved(hook: AssetHook): void {
    this.contentHooks.push(hook);
  }

  /** Registers a hook run when an asset becomes PUBLISHED, in its transaction. */
  onPublished(hook: AssetHook): void {
    this.publishedHooks.push(hook);
  }

  private async runHooks(em: EntityManager, hooks: AssetHook[], asset: AssetEntity): Promise<void> {
    for (const hook of hooks) await hook(em, toAssetObject(asset));
  }

  async create(viewer: Viewer, input: CreateAssetInput): Promise<AssetObject> {
    const { asset, notes } = await this.dataSource.transaction((em) => this.insert(em, viewer, input, null));
    this.authorships.announce(notes);
    return asset;
  }

  /** A new draft, as createAsset makes one, in the caller's transaction (people it names are told, not live). */
  async createWithin(em: EntityManager, viewer: Viewer, input: CreateAssetInput): Promise<AssetObject> {
    return (await this.insert(em, viewer, input, null)).asset;
  }

  /** Locks an asset for work the server does on its own (reading its files), in the caller's transaction. */
  async lockWithin(em: EntityManager, id: string): Promise<AssetObject | null> {
    const asset = await this.assets.lock(em, id);
    return asset ? toAssetObject(asset) : null;
  }

  /** Runs the content hooks for an asset whose files' text changed (the caller locked it), in its transaction. */
  async filesReadWithin(em: EntityManager, id: string): Promise<void> {
    const asset = await this.assets.lock(em, id);
    if (asset) await this.runHooks(em, this.contentHooks, asset);
  }

  /**
   * A new version of an asset with content the server proposes on its creator's behalf (a draft's title, summary
   * and body read from its file), in the caller's transaction; the caller locked it and decided it may.
   */
  async proposeWithin(em: EntityManager, id: string, changes: Partial<AssetContent>): Promise<void> {
    const asset = await this.assets.lock(em, id);
    if (!asset) return;
    const content = await this.content(em, changedContent(asset, changes), asset.teamId);
    Object.assign(asset, content, { version: asset.version + 1 });
    await this.assets.save(em, asset);
    await this.recordVersion(em, asset, { id: asset.createdById }, VersionChange.EDITED);
  }

  /** An adaptation: a new draft derived from an asset the viewer can see, led by the viewer by default. */
  async derive(viewer: Viewer, fromId: string, input: CreateAssetInput): Promise<AssetObject> {
    const { asset, notes } = await this.dataSource.transaction(async (em) => {
      const parent = await this.lockVisible(em, viewer, fromId);
      if (parent.status === AssetStatus.DRAFT) throw badInput('fromId', 'Only a published asset can be adapted.');
      return this.insert(em, viewer, input, parent.id);
    });
    this.authorships.announce(notes);
    return asset;
  }

  /**
   * An adaptation made in the caller's transaction, as deriveAsset makes one (the viewer its ADAPTER), optionally
   * published at once without the publication and adaptation credit (the caller records what it earns). `parent`
   * is a row the caller locked and checked.
   */
  async deriveWithin(
    em: EntityManager,
    viewer: Viewer,
    parent: AssetObject,
    input: CreateAssetInput,
    options: DerivedInTransaction,
  ): Promise<AssetObject> {
    if (parent.status === AssetStatus.DRAFT) throw badInput('fromId', 'Only a published asset can be adapted.');
    const { asset: derived } = await this.insert(em, viewer, input, parent.id);
    if (!options.published) return derived;
    const asset = await this.lockVisible(em, viewer, derived.id);
    asset.status = AssetStatus.PUBLISHED;
    asset.publishedAt = new Date();
    await this.assets.save(em, asset);
    await this.runHooks(em, this.publishedHooks, asset);
    return toAssetObject(asset);
  }

  /** A new version of an asset the viewer authors, in the caller's transaction (no expected version: the caller locked it). */
  async reviseWithin(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    changes: Partial<AssetContent>,
  ): Promise<AssetObject> {
    const asset = await this.lockVisible(em, viewer, id);
    await this.requireOwner(em, viewer, asset);
    const content = await this.content(em, changedContent(asset, changes), asset.teamId);
    Object.assign(asset, content, { version: asset.version + 1 });
    await this.assets.save(em, asset);
    await this.recordVersion(em, asset, viewer, VersionChange.EDITED);
    await this.runHooks(em, this.contentHooks, asset);
    return toAssetObject(asset);
  }

  /** Locks an asset the viewer may see, for the caller's transaction; NOT_FOUND otherwise. */
  async lockVisibleWithin(em: EntityManager, viewer: Viewer, id: string): Promise<AssetObject> {
    return toAssetObject(await this.lockVisible(em, viewer, id));
  }

  update(viewer: Viewer, id: string, input: UpdateAssetInput): Promise<AssetObject> {
    return this.dataSource.transaction(async (em) => {
      const asset = await this.lockVisible(em, viewer, id);
      await this.requireOwner(em, viewer, asset);
      if (asset.version !== input.expectedVersion) {
        throw conflict(
          `This asset changed since you opened it (now version ${asset.version}, you edited ${input.expectedVersion}). Reload and apply your changes again.`,
          'expectedVersion',
        );
      }
      const content = await this.content(em, changedContent(asset, input), asset.teamId);
      const becomesTemplate = input.isTemplate === true && !asset.isTemplate;
      const isTemplate = input.isTemplate ?? asset.isTemplate;
      this.checkTemplateBody(isTemplate, content.body);
      if (becomesTemplate) for (const check of this.templateFilesChecks) await check(em, asset.id);
      Object.assign(asset, content, { version: asset.version + 1, isTemplate });
      await this.assets.save(em, asset);
      await this.recordVersion(em, asset, viewer, VersionChange.EDITED);
      await this.winLoss.save(em, asset, { dealId: input.dealId, analysis: input.analysis });
      await this.runHooks(em, this.contentHooks, asset);
      return toAssetObject(asset);
    });
  }

  /**
   * Publishes a draft (or re-publishes an archived asset); publishing twice changes nothing. The first publication
   * credits the authors and, for an adaptation, the parent's authors (recorded as an ADAPT reuse of the parent).
   */
  async publish(viewer: Viewer, id: string): Promise<{ asset: AssetObject; firstPublication: boolean }> {
    const results: CreditResult[] = [];
    const published = await this.dataSource.transaction(async (em) => {
      const asset = await this.lockVisible(em, viewer, id);
      await this.requireOwner(em, viewer, asset);
      if (asset.status === AssetStatus.PUBLISHED) return { asset: toAssetObject(asset), firstPublication: false };
      const firstPublication = asset.publishedAt === null;
      asset.status = AssetStatus.PUBLISHED;
      asset.publishedAt ??= new Date();
      await this.assets.save(em, asset);
      await this.runHooks(em, this.publishedHooks, asset);
      if (firstPublication) {
        results.push(await this.credit.record(em, { kind: 'PUBLISHED', actorId: viewer.id, assetId: asset.id }));
        if (asset.derivedFromId) results.push(await this.creditAdaptation(em, asset));
      }
      return { asset: toAssetObject(asset), firstPublication };
    });
    this.notifier.publish(results);
    return published;
  }

  /**
   * Makes an asset an adaptation of `parentId` after the fact (the caller checked both assets and that the parent is
   * neither the asset nor one of its adaptations): sets its lineage, makes its uploader, if its lead author, its
   * ADAPTER, and records a version. An asset already published credits the parent's authors now, as its publication
   * would have (`evidence` names what decided it); a draft's publication will. `viewer` is who made the change (the
   * caller checked they may). Returns what was credited, if anything.
   */
  async setLineageWithin(
    em: EntityManager,
    viewer: Viewer,
    assetId: string,
    parentId: string,
    evidence?: CreditEvidence,
  ): Promise<CreditResult | null> {
    const asset = await this.assets.lock(em, assetId);
    if (!asset) throw notFound('Asset');
    asset.derivedFromId = parentId;
    const authors = (await this.authorships.forAssets([asset.id], em)).map((a) => ({
      userId: a.userId,
      role: a.userId === asset.createdById && a.role === AuthorRole.LEAD_AUTHOR ? AuthorRole.ADAPTER : a.role,
      share: a.share,
    }));
    await this.authorships.validate(em, authors, true);
    await this.authorships.replace(em, asset, authors, viewer.id);
    asset.version += 1;
    await this.assets.save(em, asset);
    await this.recordVersion(em, asset, viewer, VersionChange.AUTHORS_CHANGED);
    if (asset.publishedAt === null) return null;
    return this.creditAdaptation(em, asset, { evidence, clientEventId: `adapt:${asset.id}:${parentId}` });
  }

  private async creditAdaptation(
    em: EntityManager,
    derived: AssetEntity,
    options: { evidence?: CreditEvidence; clientEventId?: string } = {},
  ): Promise<CreditResult> {
    const parentId = derived.derivedFromId!;
    const result = await this.credit.record(
      em,
      { kind: 'ADAPTED', actorId: derived.createdById, assetId: parentId, derivedAssetId: derived.id },
      { evidence: options.evidence },
    );
    await this.reuses.insert(em, {
      assetId: parentId,
      actorId: derived.createdById,
      kind: ReuseKind.ADAPT,
      dealId: null,
      clientEventId: options.clientEventId ?? `adapt:${derived.id}`,
      occurredAt: result.occurredAt,
      pointsAwarded: result.awardedPoints,
      creditEventId: result.eventId,
    });
    return result;
  }

  archive(viewer: Viewer, id: string): Promise<AssetObject> {
    return this.dataSource.transaction(async (em) => {
      const asset = await this.lockVisible(em, viewer, id);
      const curator = viewer.role === Role.ENABLEMENT && asset.status === AssetStatus.PUBLISHED;
      if (!curator) await this.requireOwner(em, viewer, asset);
      asset.status = AssetStatus.ARCHIVED;
      await this.assets.save(em, asset);
      return toAssetObject(asset);
    });
  }

  /** Authors, a manager of the asset's team, or an admin may change who authored it and their shares. */
  async setAuthors(viewer: Viewer, assetId: string, authors: AuthorshipInput[]): Promise<AssetObject> {
    const { asset, notes } = await this.dataSource.transaction(async (em) => {
      const asset = await this.lockVisible(em, viewer, assetId);
      const [authorIds, managerIds] = await Promise.all([
        this.authorIds(em, asset.id),
        this.teamManagerIds(em, asset.teamId),
      ]);
      if (!assetPermissions(viewer, asset, authorIds, managerIds).setAuthors) {
        throw forbidden("Only the asset's authors, a manager of its team or an admin can change its authors.");
      }
      await this.authorships.validate(em, authors, asset.derivedFromId !== null);
      const notes = await this.authorships.replace(em, asset, authors, viewer.id);
      asset.version += 1;
      await this.assets.save(em, asset);
      await this.recordVersion(em, asset, viewer, VersionChange.AUTHORS_CHANGED);
      return { asset: toAssetObject(asset), notes };
    });
    this.authorships.announce(notes);
    return asset;
  }

  private async insert(em: EntityManager, viewer: Viewer, input: CreateAssetInput, derivedFromId: string | null) {
    if (input.dealId && input.kind !== AssetKind.WIN_LOSS) {
      throw badInput('dealId', 'Only a WIN_LOSS analysis is linked to a deal.');
    }
    const content = await this.content(em, changedContent(blankContent(input.visibility), input), viewer.teamId);
    this.checkTemplateBody(input.isTemplate ?? false, content.body);
    const authors = input.authors ?? [
      { userId: viewer.id, role: derivedFromId ? AuthorRole.ADAPTER : AuthorRole.LEAD_AUTHOR, share: 100 },
    ];
    await this.authorships.validate(em, authors, derivedFromId !== null);
    const asset = await this.assets.insert(em, {
      ...content,
      kind: input.kind,
      status: AssetStatus.DRAFT,
      teamId: viewer.teamId,
      derivedFromId,
      createdById: viewer.id,
      isTemplate: input.isTemplate ?? false,
      version: 1,
    });
    const notes = await this.authorships.replace(em, asset, authors, viewer.id);
    await this.recordVersion(em, asset, viewer, VersionChange.CREATED);
    // A WIN_LOSS asset's link to its deal and its analysis, in this transaction.
    await this.winLoss.save(em, asset, { dealId: input.dealId, analysis: input.analysis });
    await this.runHooks(em, this.contentHooks, asset);
    return { asset: toAssetObject(asset), notes };
  }

  /** Validates and normalises editable content; taxonomy values take the taxonomy's spelling. */
  private async content(em: EntityManager, c: AssetContent, teamId: string | null): Promise<AssetContent> {
    const title = c.title.trim();
    if (!title) throw badInput('title', 'title must not be empty');
    if (title.length > 200) throw badInput('title', 'title must be at most 200 characters');
    if (!c.body.trim()) throw badInput('body', 'body must not be empty');
    if (Buffer.byteLength(c.body, 'utf8') > MAX_BODY_BYTES) throw badInput('body', 'body must be at most 1 MB');
    if (c.visibility === Visibility.TEAM && !teamId) {
      throw badInput('visibility', 'TEAM visibility needs a team; you are not in one.');
    }
    return {
      title,
      summary: c.summary?.trim() || null,
      body: c.body,
      visibility: c.visibility,
      industries: await this.taxonomy.canonical(em, TaxonomyKind.INDUSTRY, c.industries, 'industries'),
      buyerRoles: await this.taxonomy.canonical(em, TaxonomyKind.BUYER_ROLE, c.buyerRoles, 'buyerRoles'),
      journeyPhases: [...new Set(c.journeyPhases)],
      products: await this.taxonomy.canonical(em, TaxonomyKind.PRODUCT, c.products, 'products'),
      tags: normaliseTags(c.tags),
    };
  }

  /** A template's body must name only known placeholders, with balanced, unnested locked sections. */
  private checkTemplateBody(isTemplate: boolean, body: string): void {
    if (!isTemplate) return;
    const problem = templateProblem(body);
    if (problem) throw badInput('body', problem);
  }

  /** Locks the asset row for this transaction; an asset the viewer may not see is NOT_FOUND, never FORBIDDEN. */
  private async lockVisible(em: EntityManager, viewer: Viewer, id: string): Promise<AssetEntity> {
    const asset = await this.assets.lockVisible(em, viewer, id);
    if (!asset) throw notFound('Asset');
    return asset;
  }

  private async requireOwner(em: EntityManager, viewer: Viewer, asset: AssetEntity): Promise<void> {
    if (viewer.role === Role.ADMIN) return;
    if (!(await this.authorIds(em, asset.id)).includes(viewer.id)) {
      throw forbidden('Only the authors of this asset (or an admin) can change it.');
    }
  }

  private async authorIds(em: EntityManager, assetId: string): Promise<string[]> {
    return (await this.authorships.forAssets([assetId], em)).map((a) => a.userId);
  }

  private async teamManagerIds(em: EntityManager, teamId: string | null): Promise<string[]> {
    if (!teamId) return [];
    return this.assets.teamManagerIds(em, teamId);
  }

  private async recordVersion(
    em: EntityManager,
    asset: AssetEntity,
    viewer: Pick<Viewer, 'id'>,
    change: VersionChange,
  ) {
    const authors = await this.authorships.forAssets([asset.id], em);
    await this.assets.insertVersion(em, {
      assetId: asset.id,
      version: asset.version,
      change,
      editedById: viewer.id,
      snapshot: {
        ...assetContentOf(asset),
        kind: asset.kind,
        authors: authors.map((a) => ({ userId: a.userId, role: a.role, share: a.share })),
      },
    });
  }
}
