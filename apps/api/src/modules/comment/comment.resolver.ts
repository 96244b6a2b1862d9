import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { CommentService } from './comment.service.js';
import {
  CommentMentionObject,
  CommentObject,
  CommentRevisionObject,
  CommentViewerCan,
  toCommentMentionObject,
  toCommentObject,
  toCommentRevisionObject,
} from './dto/comment.object.js';

/** Batch functions made once per viewer, so one request's loads of a field share a batch. */
function perViewer<K, V>(cache: WeakMap<Viewer, BatchFn<K, V>>, viewer: Viewer, make: () => BatchFn<K, V>) {
  let fn = cache.get(viewer);
  if (!fn) {
    fn = make();
    cache.set(viewer, fn);
  }
  return fn;
}

@Resolver(() => CommentObject)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly userLoader: UserLoader,
  ) {}

  private readonly replyFns = new WeakMap<Viewer, BatchFn<string, CommentObject[]>>();
  private readonly historyFns = new WeakMap<Viewer, BatchFn<string, CommentRevisionObject[]>>();
  private readonly mentionFns = new WeakMap<Viewer, BatchFn<string, CommentMentionObject[]>>();
  private readonly authoredFns = new WeakMap<Viewer, BatchFn<string, boolean>>();

  @Mutation(() => CommentObject, {
    description:
      'Comments on an asset you may see, or replies to a top-level comment of it (parentId; a reply to a reply is refused). ' +
      'Markdown up to 10,000 characters; `@email` mentions notify those who may see the asset (see `mentions`).',
  })
  @Authenticated()
  async addComment(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string | null,
  ): Promise<CommentObject> {
    return toCommentObject(await this.comments.add(viewer, assetId, body, parentId));
  }

  @Mutation(() => CommentObject, {
    description: 'Changes the body of your comment; the earlier body is kept in `history`. New mentions are notified.',
  })
  @Authenticated()
  async editComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<CommentObject> {
    return toCommentObject(await this.comments.edit(viewer, id, body));
  }

  @Mutation(() => CommentObject, {
    description: 'Marks a top-level comment resolved, or open again: the asset’s authors and the comment’s writer may.',
  })
  @Authenticated()
  async resolveComment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('resolved', { type: () => Boolean, defaultValue: true }) resolved: boolean,
  ): Promise<CommentObject> {
    return toCommentObject(await this.comments.resolve(viewer, id, resolved));
  }

  @ResolveField(() => UserObject)
  author(@Parent() c: CommentObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, c.authorId);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who marked it resolved.' })
  resolvedBy(@Parent() c: CommentObject, @Context() ctx: GqlContext) {
    return c.resolvedBy ? ctx.loaders.load(this.userLoader.byId, c.resolvedBy) : null;
  }

  @ResolveField(() => [CommentObject], { description: 'Replies, oldest first; always empty on a reply.' })
  replies(@CurrentViewer() viewer: Viewer, @Parent() c: CommentObject, @Context() ctx: GqlContext) {
    if (c.parentId) return [];
    const fn = perViewer(
      this.replyFns,
      viewer,
      () => async (ids) =>
        groupByKeys(ids, (await this.comments.replies(viewer, ids)).map(toCommentObject), (r) => r.parentId ?? ''),
    );
    return ctx.loaders.load(fn, c.id);
  }

  @ResolveField(() => [CommentRevisionObject], { description: 'Earlier bodies, oldest first; empty if never edited.' })
  history(@CurrentViewer() viewer: Viewer, @Parent() c: CommentObject, @Context() ctx: GqlContext) {
    const fn = perViewer(
      this.historyFns,
      viewer,
      () => async (ids) =>
        groupByKeys(ids, (await this.comments.history(viewer, ids)).map(toCommentRevisionObject), (r) => r.commentId),
    );
    return ctx.loaders.load(fn, c.id);
  }

  @ResolveField(() => [CommentMentionObject], {
    description:
      'The people the body mentions, each with whether they were notified (not when they may not see the asset).',
  })
  mentions(@CurrentViewer() viewer: Viewer, @Parent() c: CommentObject, @Context() ctx: GqlContext) {
    const fn = perViewer(
      this.mentionFns,
      viewer,
      () => async (ids) =>
        groupByKeys(ids, (await this.comments.mentions(viewer, ids)).map(toCommentMentionObject), (m) => m.commentId),
    );
    return ctx.loaders.load(fn, c.id);
  }

  @ResolveField(() => CommentViewerCan)
  async viewerCan(
    @CurrentViewer() viewer: Viewer,
    @Parent() c: CommentObject,
    @Context() ctx: GqlContext,
  ): Promise<CommentViewerCan> {
    // An answer to a question is not edited, resolved or replied to here.
    if (!c.assetId) return { edit: false, resolve: false, reply: false };
    const fn = perViewer(this.authoredFns, viewer, () => async (ids) => {
      const mine = await this.comments.authoredAmong(viewer, ids);
      return ids.map((id) => mine.has(id));
    });
    const authorsAsset = await ctx.loaders.load(fn, c.assetId);
    const top = !c.parentId;
    return { edit: c.authorId === viewer.id, resolve: top && (authorsAsset || c.authorId === viewer.id), reply: top };
  }
}

@Resolver(() => CommentRevisionObject)
export class CommentRevisionResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject, { description: 'Who replaced this body.' })
  editedBy(@Parent() r: CommentRevisionObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, r.editedBy);
  }
}

@Resolver(() => CommentMentionObject)
export class CommentMentionResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject)
  user(@Parent() m: CommentMentionObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, m.userId);
  }
}

@Resolver(() => AssetObject)
export class AssetCommentsResolver {
  constructor(private readonly commentService: CommentService) {}

  private readonly topFns = new WeakMap<Viewer, BatchFn<string, CommentObject[]>>();
  private readonly countFns = new WeakMap<Viewer, BatchFn<string, number>>();

  @ResolveField(() => [CommentObject], { description: 'Top-level comments, oldest first, each with its replies.' })
  comments(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    const fn = perViewer(
      this.topFns,
      viewer,
      () => async (ids) =>
        groupByKeys(
          ids,
          (await this.commentService.topLevel(viewer, ids)).map(toCommentObject),
          (c) => c.assetId ?? '',
        ),
    );
    return ctx.loaders.load(fn, asset.id);
  }

  @ResolveField(() => Int, { description: 'How many comments the asset has, replies included.' })
  commentCount(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    const fn = perViewer(this.countFns, viewer, () => async (ids) => {
      const counts = await this.commentService.counts(viewer, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    return ctx.loaders.load(fn, asset.id);
  }
}
