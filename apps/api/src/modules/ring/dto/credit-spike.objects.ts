import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { AssetObject } from '../../asset/dto/asset.object.js';
import { PeriodInput } from '../../credit/dto/credit.objects.js';
import { UserObject } from '../../user/dto/user.object.js';

/** A day's credit must pass this many times the person's 90-day daily median to be flagged. */
export const SPIKE_RATIO = 5;
/**
 * The least credit in a day to be flagged by default: more than one person may give another in a day (40), so a
 * single generous colleague is never a spike by themselves, nor is a quiet person's first few reuses.
 */
export const DEFAULT_SPIKE_MIN_POINTS = 50;
/** The events listed per flag, largest first. */
export const SPIKE_EVENTS_LISTED = 50;

@ArgsType()
export class CreditSpikesArgs {
  @Field(() => PeriodInput, { description: 'The days to look at.' })
  @ValidateNested()
  @Type(() => PeriodInput)
  period: PeriodInput;

  @Field(() => Int, {
    nullable: true,
    description: `The least credit in a day to be flagged, 1 to 1,000,000; default ${DEFAULT_SPIKE_MIN_POINTS}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minPoints?: number;
}

@ObjectType('CreditSpikeEvent', { description: "One event that made a flagged day's credit." })
export class CreditSpikeEventObject {
  @Field(() => ID, { description: 'The credit event.' })
  eventId: string;

  @Field({ description: 'PUBLISHED, REUSE, ADAPTED, ENDORSED, ENDORSEMENT_WITHDRAWN or DEAL_WON.' })
  kind: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => Int, { description: 'What the event gave the flagged person (lineage included).' })
  points: number;

  @Field(() => UserObject, { nullable: true, description: 'Who acted.' })
  actor: UserObject | null;

  @Field(() => AssetObject, { nullable: true, description: 'The asset, if any and if you may see it.' })
  asset: AssetObject | null;
}

@ObjectType('CreditSpike', {
  description:
    `A person whose credit on one UTC day was more than ${SPIKE_RATIO}× their daily median over the 90 days before ` +
    '(days without credit count as 0) and at least minPoints; flagged for review only (nothing is taken away).',
})
export class CreditSpikeObject {
  @Field(() => UserObject)
  user: UserObject;

  @Field(() => GraphQLISODateTime, { description: 'The start of the UTC day.' })
  day: Date;

  @Field(() => Int, { description: "The day's net credit." })
  points: number;

  @Field(() => Float, { description: 'The daily median over the 90 days before.' })
  medianPoints: number;

  @Field(() => [CreditSpikeEventObject], {
    description: `The events that made the day's credit, largest first (at most ${SPIKE_EVENTS_LISTED}).`,
  })
  events: CreditSpikeEventObject[];
}
