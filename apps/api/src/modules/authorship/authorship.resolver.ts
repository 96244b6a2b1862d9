import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { UserLoader } from '../user/user.loader.js';
import { AuthorshipService } from './authorship.service.js';
import { AuthorshipObject } from './dto/authorship.object.js';
import type { AuthorshipRow } from './dto/authorship.object.js';

@Resolver(() => AuthorshipObject)
export class AuthorshipResolver {
  constructor(
    private readonly authorships: AuthorshipService,
    private readonly userLoader: UserLoader,
  ) {}

  @Mutation(() => [AuthorshipObject], {
    description:
      'You leave an asset you were named on; your share is re-split among the other authors in proportion to theirs. Credit already recorded stays; new credit follows the new shares. NOT_FOUND if you are not named on it; FORBIDDEN (reason LEAD_AUTHOR or LAST_LEAD) for its lead. Answers the authors that remain.',
  })
  @Authenticated()
  async declineCoauthorship(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthorshipObject[]> {
    return this.withUsers(await this.authorships.decline(viewer, assetId), ctx);
  }

  @Mutation(() => [AuthorshipObject], {
    description: 'You agree to be named on an asset (idempotent). NOT_FOUND if you are not named on it.',
  })
  @Authenticated()
  async acceptCoauthorship(
    @CurrentViewer() viewer: Viewer,
    @Args('assetId', { type: () => ID }) assetId: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthorshipObject[]> {
    return this.withUsers(await this.authorships.accept(viewer, assetId), ctx);
  }

  private async withUsers(rows: AuthorshipRow[], ctx: GqlContext): Promise<AuthorshipObject[]> {
    const users = await Promise.all(rows.map((r) => ctx.loaders.load(this.userLoader.byId, r.userId)));
    return rows.flatMap((r, i) =>
      users[i] ? [{ user: users[i], role: r.role, share: r.share, consent: r.consent }] : [],
    );
  }
}
