import { Field, GraphQLISODateTime, ID, Int, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { CreditNotifier } from './credit-notifier.js';
import type { CreditNotice } from './credit-notifier.js';

@ObjectType('CreditNotice', { description: 'You were credited (or a credit of yours was reversed).' })
export class CreditNoticeObject {
  @Field(() => Int)
  points: number;

  @Field()
  reason: string;

  @Field(() => ID, { nullable: true })
  assetId: string | null;

  @Field(() => ID)
  actorId: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}

@Resolver(() => CreditNoticeObject)
export class CreditNoticeResolver {
  constructor(private readonly notifier: CreditNotifier) {}

  @Subscription(() => CreditNoticeObject, {
    description: 'Tells you, within a second, each time you are credited; works across API processes with Redis.',
    // Notices travel as JSON (through Redis too); the date is revived for the DateTime scalar.
    resolve: (notice: CreditNotice): CreditNoticeObject => ({ ...notice, occurredAt: new Date(notice.occurredAt) }),
  })
  @Authenticated()
  creditReceived(@CurrentViewer() viewer: Viewer): AsyncGenerator<CreditNotice> {
    return this.notifier.for(viewer.id);
  }
}
