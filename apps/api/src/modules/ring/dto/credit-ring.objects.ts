import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { PeriodInput } from '../../credit/dto/credit.objects.js';
import { UserObject } from '../../user/dto/user.object.js';

export const DEFAULT_MIN_MUTUAL_POINTS = 20;

@ArgsType()
export class CreditRingsArgs {
  @Field(() => PeriodInput)
  @ValidateNested()
  @Type(() => PeriodInput)
  period: PeriodInput;

  @Field(() => Int, {
    nullable: true,
    description: `The least points each way, 1 to 1,000,000; default ${DEFAULT_MIN_MUTUAL_POINTS}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minMutualPoints?: number;
}

@ObjectType('CreditFlow', { description: "Net credit one person's actions gave another in the period." })
export class CreditFlowObject {
  @Field(() => UserObject)
  from: UserObject;

  @Field(() => UserObject)
  to: UserObject;

  @Field(() => Int)
  points: number;

  @Field(() => Int, { description: "Everything `to` received from other people's actions in the period." })
  receivedTotal: number;

  @Field(() => Float, { description: 'points / receivedTotal: how much of what `to` received came from `from`.' })
  share: number;
}

@ObjectType('CreditRing', {
  description:
    'People who mostly credit each other, flagged for review only (nothing is taken away). A pair is flagged when the ' +
    'credit each gave the other in the period reaches minMutualPoints both ways and is at least half of everything ' +
    "each received from other people's actions then. Publication credit and credit from one's own actions are left out.",
})
export class CreditRingObject {
  @Field(() => [UserObject], { description: 'The people in the ring, by id.' })
  users: UserObject[];

  @Field(() => [CreditFlowObject], { description: 'The flows between them, each way.' })
  flows: CreditFlowObject[];

  @Field(() => Int, { description: 'The smaller flow: credit that went both ways.' })
  mutualPoints: number;

  @Field(() => Float, {
    description: "The smaller share: the least part of a member's received credit that came from the ring.",
  })
  share: number;
}
