import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WinLossRow', {
  description: 'Closed deals of one group: how many were won and lost, for how much, how fast.',
})
export class WinLossRowObject {
  @Field({
    description:
      'The group: an industry, product, team name, owner name, competitor, or fiscal quarter such as "FY2017 Q2"; "(none)" for deals without one.',
  })
  key: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The team or owner id when grouping by TEAM or OWNER (names can repeat).',
  })
  groupId: string | null;

  @Field(() => Int)
  won: number;

  @Field(() => Int)
  lost: number;

  @Field(() => Float, { nullable: true, description: 'won / (won + lost); null when nothing closed.' })
  winRate: number | null;

  @Field(() => Float, { description: "The sum of the won deals' amounts." })
  wonAmount: number;

  @Field(() => Float, { description: "The sum of the lost deals' amounts, as the CRM recorded them." })
  lostAmount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average days from engagement to close, over closed deals with both dates.',
  })
  avgCycleDays: number | null;
}
