import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApprovalState } from '../approval-state.js';

registerEnumType(ApprovalState, {
  name: 'ApprovalState',
  description:
    "NOT_REQUIRED: the organisation does not ask for approval, or the asset is not CLIENT_FACING; PENDING: its current content waits for enablement; APPROVED or REJECTED: enablement's decision on its current content.",
});

@ObjectType('AssetApproval', {
  description: 'Whether an asset may be shared with customers as far as approval goes, and who decided when.',
})
export class AssetApprovalObject {
  assetId: string;

  @Field(() => ApprovalState)
  state: ApprovalState;

  @Field({ description: 'Whether approval keeps it from being shared with customers now (PENDING or REJECTED).' })
  blocksSharing: boolean;

  @Field(() => Int, { description: 'The version of the content in question: pending, or decided on.' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Since when it waits (PENDING).' })
  waitingSince: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the decision in force was made.' })
  decidedAt: Date | null;

  decidedById: string | null;

  @Field(() => String, { nullable: true, description: "The approver's note, or why it was rejected." })
  note: string | null;

  @Field({ description: 'Whether you may approve or reject it (enablement and admins, not on their own assets).' })
  viewerCanDecide: boolean;
}

@ObjectType('ApprovalQueueItem', { description: 'A client-facing asset waiting for approval.' })
export class ApprovalQueueItemObject {
  @Field(() => ID)
  assetId: string;

  @Field(() => Int, { description: 'The version waiting.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  waitingSince: Date;

  @Field(() => Int, { description: 'How long it has waited, in seconds, when read.' })
  waitingSeconds: number;
}
