import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LossReasonCount', { description: 'How often a reason is cited by the analyses of lost deals.' })
export class LossReasonCountObject {
  @Field()
  reason: string;

  @Field(() => Int, { description: 'Lost deals with an analysis citing it (a deal counts once).' })
  count: number;

  @Field(() => Float, { description: 'count / the lost deals with at least one analysis you may see, 0 to 1.' })
  share: number;
}
