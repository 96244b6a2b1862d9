import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { badInput } from '../../core/graphql/errors.js';
import { byKeys, groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { AttachmentObject } from '../attachment/dto/attachment.object.js';
import { FileExtractionObject, FileMatchObject, FilePageObject, toFileExtractionObject } from './dto/file.objects.js';
import type { FileExtractionEntity } from './file-extraction.entity.js';
import { PreviewKind } from './file-extraction.entity.js';
import { FileRepository } from './file.repository.js';

/** Matches shown per asset in a search. */
const MATCHES_PER_ASSET = 3;

/** What was read from an attachment's file: progress, pages, preview. Its parent attachment was already shown. */
@Resolver(() => AttachmentObject)
export class AttachmentFileResolver {
  constructor(private readonly files: FileRepository) {}

  private readonly extractions: BatchFn<string, FileExtractionEntity | null> = async (ids) =>
    byKeys(ids, await this.files.ofAttachments(ids), (x) => x.attachmentId);

  @ResolveField(() => FileExtractionObject, {
    nullable: true,
    description: 'For a PDF, PPTX, DOCX or XLSX: what Byline read from it, and how far it got.',
  })
  async extraction(@Parent() attachment: AttachmentObject, @Context() ctx: GqlContext) {
    const x = await ctx.loaders.load(this.extractions, attachment.id);
    return x ? toFileExtractionObject(x) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Path of the PDF to preview it by (the file itself or its conversion), when there is one.',
  })
  async previewPath(@Parent() attachment: AttachmentObject, @Context() ctx: GqlContext) {
    const x = await ctx.loaders.load(this.extractions, attachment.id);
    return x?.preview === PreviewKind.PDF || x?.preview === PreviewKind.CONVERTED
      ? `/attachments/${attachment.id}/preview`
      : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Path of a picture of its first page, when there is one.',
  })
  async thumbnailPath(@Parent() attachment: AttachmentObject, @Context() ctx: GqlContext) {
    const x = await ctx.loaders.load(this.extractions, attachment.id);
    return x?.hasThumbnail ? `/attachments/${attachment.id}/thumbnail` : null;
  }

  @ResolveField(() => [FilePageObject], { description: 'Its text page by page (its outline), up to `first` pages.' })
  pages(
    @CurrentViewer() viewer: Viewer,
    @Parent() attachment: AttachmentObject,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ) {
    if (first < 1 || first > 500) throw badInput('first', 'first must be between 1 and 500');
    return this.files.pages(viewer, attachment.id, first);
  }
}

/** On an asset: the picture of its first file's first page, and where a search matched inside its files. */
@Resolver(() => AssetObject)
export class AssetFileResolver {
  private readonly thumbnails = new WeakMap<Viewer, BatchFn<string, string | null>>();
  private readonly matchBatches = new WeakMap<Viewer, Map<string, BatchFn<string, FileMatchObject[]>>>();

  constructor(private readonly files: FileRepository) {}

  @ResolveField(() => String, {
    nullable: true,
    description: "Path of a picture of the first page of the asset's first previewable file (for cards).",
  })
  thumbnailPath(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    let batch = this.thumbnails.get(viewer);
    if (!batch) {
      batch = async (ids) =>
        byKeys(ids, await this.files.thumbnails(viewer, ids), (t) => t.assetId).map((t) =>
          t ? `/attachments/${t.attachmentId}/thumbnail` : null,
        );
      this.thumbnails.set(viewer, batch);
    }
    return ctx.loaders.load(batch, asset.id);
  }

  @ResolveField(() => [FileMatchObject], {
    description: `Pages of its files that match the search text (best first, at most ${MATCHES_PER_ASSET}).`,
  })
  fileMatches(
    @CurrentViewer() viewer: Viewer,
    @Parent() asset: AssetObject,
    @Args('query') query: string,
    @Context() ctx: GqlContext,
  ) {
    const text = query.trim();
    if (text.length > 200) throw badInput('query', 'query must be at most 200 characters');
    if (!text) return [];
    let byQuery = this.matchBatches.get(viewer);
    if (!byQuery) {
      byQuery = new Map();
      this.matchBatches.set(viewer, byQuery);
    }
    let batch = byQuery.get(text);
    if (!batch) {
      batch = async (ids) =>
        groupByKeys(ids, await this.files.matches(viewer, ids, text, MATCHES_PER_ASSET), (m) => m.assetId);
      byQuery.set(text, batch);
    }
    return ctx.loaders.load(batch, asset.id);
  }
}
