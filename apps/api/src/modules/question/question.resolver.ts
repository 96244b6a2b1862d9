import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { CommentObject, toCommentObject } from '../comment/dto/comment.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserStatus } from '../user/user.entity.js';
import { UserLoader } from '../user/user.loader.js';
import {
  ExpertSuggestionObject,
  QuestionListScope,
  QuestionObject,
  QuestionViewerCan,
  toQuestionObject,
} from './dto/question.object.js';
import { QuestionLoader } from './question.loader.js';
import { QuestionService, mayPromote } from './question.service.js';

@Resolver(() => QuestionObject)
export class QuestionResolver {
  constructor(
    private readonly service: QuestionService,
    private readonly loader: QuestionLoader,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => QuestionObject, { nullable: true, description: 'One question; null for an unknown id.' })
  @Authenticated()
  async question(@Args('id', { type: () => ID }) id: string): Promise<QuestionObject | null> {
    const q = await this.service.byId(id);
    return q ? toQuestionObject(q) : null;
  }

  @Query(() => [QuestionObject], {
    description:
      'Questions, newest first: open ones (the default), the viewer’s own, those for the viewer as an expert, or all.',
  })
  @Authenticated()
  async questions(
    @CurrentViewer() viewer: Viewer,
    @Args('scope', { type: () => QuestionListScope, defaultValue: QuestionListScope.OPEN }) scope: QuestionListScope,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1 to 100.' }) first: number,
    @Args('before', { type: () => Date, nullable: true, description: 'Only questions asked before this time.' })
    before?: Date | null,
  ): Promise<QuestionObject[]> {
    return (await this.service.list(viewer, scope, first, before)).map(toQuestionObject);
  }

  @Mutation(() => QuestionObject, {
    description:
      'Asks the people who know a topic. Title up to 200 characters, Markdown body up to 10,000; industries, buyer ' +
      'roles and products from the taxonomy (at most 20 each). Up to 5 suggested experts are notified.',
  })
  @Authenticated()
  async askQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('title') title: string,
    @Args('body') body: string,
    @Args('industries', { type: () => [String], nullable: true }) industries?: string[] | null,
    @Args('buyerRoles', { type: () => [String], nullable: true }) buyerRoles?: string[] | null,
    @Args('products', { type: () => [String], nullable: true }) products?: string[] | null,
  ): Promise<QuestionObject> {
    return toQuestionObject(await this.service.ask(viewer, { title, body, industries, buyerRoles, products }));
  }

  @Mutation(() => CommentObject, {
    description:
      'Answers a question: a comment on it, Markdown up to 10,000 characters, `@email` mentions notify those named. ' +
      'The asker is notified.',
  })
  @Authenticated()
  async answerQuestion(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('body') body: string,
  ): Promise<CommentObject> {
    return toCommentObject(await this.service.answer(viewer, questionId, body));
  }

  @Mutation(() => QuestionObject, {
    description:
      'The asker accepts one answer; its writer earns the policy’s points (none for a self-answer). Accepting the same ' +
      'answer again changes nothing; another one is a CONFLICT.',
  })
  @Authenticated()
  async acceptAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID }) questionId: string,
    @Args('commentId', { type: () => ID }) commentId: string,
  ): Promise<QuestionObject> {
    return toQuestionObject(await this.service.accept(viewer, questionId, commentId));
  }

  @Mutation(() => AssetObject, {
    description:
      'Makes the accepted answer a BEST_PRACTICE draft with its writer as lead author, linking back to the question; ' +
      'once. The asker, the answer’s writer, enablement and admins may.',
  })
  @Authenticated()
  async promoteAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('questionId', { type: () => ID }) questionId: string,
  ): Promise<AssetObject> {
    return this.service.promote(viewer, questionId);
  }

  @ResolveField(() => UserObject)
  asker(@Parent() q: QuestionObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, q.askerId);
  }

  @ResolveField(() => [CommentObject], { description: 'The answers, oldest first.' })
  answers(@Parent() q: QuestionObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.loader.answers, q.id);
  }

  @ResolveField(() => Int, { description: 'How many answers it has.' })
  async answerCount(@Parent() q: QuestionObject, @Context() ctx: GqlContext) {
    return (await ctx.loaders.load(this.loader.answers, q.id)).length;
  }

  @ResolveField(() => CommentObject, { nullable: true, description: 'The answer the asker accepted; null while open.' })
  acceptedAnswer(@Parent() q: QuestionObject, @Context() ctx: GqlContext) {
    return q.acceptedAnswerId ? ctx.loaders.load(this.loader.answerById, q.acceptedAnswerId) : null;
  }

  @ResolveField(() => [ExpertSuggestionObject], {
    description: 'The people suggested when it was asked, best first, with why; people no longer active are left out.',
  })
  async expertSuggestions(@Parent() q: QuestionObject, @Context() ctx: GqlContext) {
    const experts = await ctx.loaders.load(this.loader.experts, q.id);
    const users = await Promise.all(experts.map((e) => ctx.loaders.load(this.userLoader.byId, e.userId)));
    return experts.filter((_, i) => users[i]?.status === UserStatus.ACTIVE);
  }

  @ResolveField(() => [UserObject], { description: 'The suggested experts, best first (see expertSuggestions).' })
  async suggestedExperts(@Parent() q: QuestionObject, @Context() ctx: GqlContext) {
    const experts = await ctx.loaders.load(this.loader.experts, q.id);
    const users = await Promise.all(experts.map((e) => ctx.loaders.load(this.userLoader.byId, e.userId)));
    return users.filter((u) => u?.status === UserStatus.ACTIVE);
  }

  @ResolveField(() => QuestionViewerCan)
  async viewerCan(
    @CurrentViewer() viewer: Viewer,
    @Parent() q: QuestionObject,
    @Context() ctx: GqlContext,
  ): Promise<QuestionViewerCan> {
    const answers = await ctx.loaders.load(this.loader.answers, q.id);
    const accepted = q.acceptedAnswerId ? answers.find((a) => a.id === q.acceptedAnswerId) : undefined;
    return {
      answer: true,
      accept: viewer.id === q.askerId && !q.acceptedAnswerId && answers.length > 0,
      promote: mayPromote(
        viewer,
        { askerId: q.askerId, acceptedAnswerId: q.acceptedAnswerId, promotedAssetId: q.promotedAssetId },
        accepted?.authorId ?? null,
      ),
    };
  }
}

@Resolver(() => ExpertSuggestionObject)
export class ExpertSuggestionResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject)
  user(@Parent() e: ExpertSuggestionObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, e.userId);
  }
}
