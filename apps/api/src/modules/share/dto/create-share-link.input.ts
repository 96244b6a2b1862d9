import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';

@InputType('CreateShareLinkInput')
export class CreateShareLinkInput {
  @Field(() => ID, { description: 'A published asset of a client-safe kind that you may see.' })
  assetId: string;

  @Field(() => ID, { nullable: true, description: 'One of your deals: the asset counts as used in it once viewed.' })
  dealId?: string | null;

  @Field(() => String, { nullable: true })
  recipientName?: string | null;

  @Field(() => String, { nullable: true })
  recipientEmail?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default 30 days from now; at most 365 days.' })
  expiresAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'The buyer gives an email before viewing.' })
  requireEmail?: boolean | null;

  @Field({ description: 'Idempotent, as for recordReuse: a retry returns the same link.' })
  clientEventId: string;
}
