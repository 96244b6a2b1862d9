import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('ClosedPeriod', {
  description:
    'A closed (frozen) fiscal quarter: its entries never change, and its leaderboard at close is kept as canonical ' +
    'JSON whose SHA-256 digest anyone can recompute from the download.',
})
export class ClosedPeriodObject {
  @Field({ description: 'E.g. "FY2019 Q1".' })
  label: string;

  @Field(() => GraphQLISODateTime, { description: 'Start, inclusive.' })
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'End, exclusive.' })
  to: Date;

  @Field(() => GraphQLISODateTime)
  closedAt: Date;

  @Field({ description: 'SHA-256 of the snapshot, lower-case hex.' })
  digest: string;

  @Field({ description: 'Where the snapshot downloads (GET, Bearer token; admins and managers).' })
  snapshotUrl: string;

  closedById: string;
}
