import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PeriodKind as PeriodKindName } from '@byline/credit';
import { IsEnum, IsOptional } from 'class-validator';
import { Connection } from '../../../core/graphql/connection.js';

export enum PeriodKind {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
  ALL_TIME = 'ALL_TIME',
}
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: 'Calendar WEEK (ISO) and MONTH; fiscal QUARTER and YEAR.',
});

@InputType('PeriodInput', { description: 'The period of that kind containing `at` (default: now).' })
export class PeriodInput {
  @Field(() => PeriodKind)
  @IsEnum(PeriodKind)
  kind: PeriodKindName;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  at?: Date;
}

@ObjectType('Period')
export class PeriodObject {
  @Field(() => PeriodKind)
  kind: PeriodKindName;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Start, inclusive; null for all time.' })
  from: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'End, exclusive; null for all time.' })
  to: Date | null;

  @Field()
  label: string;

  @Field({ description: 'A closed quarter is frozen: its entries and leaderboard never change.' })
  closed: boolean;
}

@ObjectType('CreditCap')
export class CreditCapObject {
  @Field({ description: 'ACTOR_BENEFICIARY_DAILY_CAP, ENDORSEMENT_DAILY_CAP or PUBLICATION_DAILY_CAP.' })
  cap: string;

  @Field(() => Int, { description: 'What the entry would have been without the cap.' })
  grossPoints: number;
}

@ObjectType('CreditEntry', { description: 'One row of the append-only credit ledger.' })
export class CreditEntryObject {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  points: number;

  @Field({
    description:
      'PUBLISHED, REUSED_COPY, SHARED_WITH_CUSTOMER, SHARE_LINK_VIEWED, USED_IN_DEAL, ADAPTED, TEMPLATE_PERSONALISED, ' +
      'DEAL_WON, ENDORSED_*, LINEAGE, REVERSAL.',
  })
  reason: string;

  @Field({
    description:
      'The reason of the action the credit comes from: the same as reason, except for LINEAGE (what was done to the adaptation) and REVERSAL (what is reversed, e.g. DEAL_WON or ENDORSED_HELPFUL).',
  })
  sourceReason: string;

  @Field({ description: 'The policy field that set the points, e.g. reuse.COPY.' })
  rule: string;

  @Field(() => Int, { description: '0 for the asset itself, 1 for credit passed up to its parent, ...' })
  generation: number;

  @Field(() => Int)
  policyVersion: number;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'When it counts (the open period, if its time lies in a closed quarter).',
  })
  bookedAt: Date;

  @Field(() => CreditCapObject, { nullable: true })
  capped: CreditCapObject | null;

  @Field({ description: 'Why these points, in words.' })
  explanation: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the credit rests on, in words (for SHARE_LINK_VIEWED: the buyer session); null when none.',
  })
  evidence: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The attribution review whose decision booked this entry (an adaptation found by enablement).',
  })
  attributionReviewId: string | null;

  beneficiaryId: string;
  actorId: string;
  assetId: string | null;
  sourceAssetId: string | null;
}

@ObjectType()
export class CreditEntryConnection extends Connection(CreditEntryObject, 'CreditEntry') {
  @Field(() => Int, { description: 'Sum of all entries in the period (every page), equal to the period total.' })
  sum: number;
}
