import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { GqlContext } from '../../core/graphql/context.js';
import { groupByKeys } from '../../core/graphql/loaders.js';
import type { BatchFn } from '../../core/graphql/loaders.js';
import { AssetObject } from '../asset/dto/asset.object.js';
import { UserObject } from '../user/dto/user.object.js';
import { UserLoader } from '../user/user.loader.js';
import { AttachmentService } from './attachment.service.js';
import { AttachmentObject, toAttachmentObject } from './dto/attachment.object.js';

@Resolver(() => AssetObject)
export class AssetAttachmentsResolver {
  private readonly batches = new WeakMap<Viewer, BatchFn<string, AttachmentObject[]>>();

  constructor(private readonly attachmentService: AttachmentService) {}

  @ResolveField(() => [AttachmentObject])
  attachments(@CurrentViewer() viewer: Viewer, @Parent() asset: AssetObject, @Context() ctx: GqlContext) {
    let batch = this.batches.get(viewer);
    if (!batch) {
      batch = async (ids) =>
        groupByKeys(
          ids,
          (await this.attachmentService.visibleForAssets(viewer, ids)).map(toAttachmentObject),
          (a) => a.assetId,
        );
      this.batches.set(viewer, batch);
    }
    return ctx.loaders.load(batch, asset.id);
  }

  @Mutation(() => Boolean, { description: "Deletes an attachment (the asset's authors or an admin)." })
  @Authenticated()
  deleteAttachment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.attachmentService.remove(viewer, id);
  }
}

@Resolver(() => AttachmentObject)
export class AttachmentResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject, { nullable: true })
  uploadedBy(@Parent() attachment: AttachmentObject, @Context() ctx: GqlContext) {
    return ctx.loaders.load(this.userLoader.byId, attachment.uploadedById);
  }
}
