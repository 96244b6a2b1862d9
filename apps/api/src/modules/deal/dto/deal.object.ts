import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../core/graphql/connection.js';
import { DealOutcome } from '../deal.entity.js';

registerEnumType(DealOutcome, { name: 'DealOutcome', description: 'OPEN until the CRM marks the deal won or lost.' });

@ObjectType('Deal', { description: 'An opportunity from the CRM, kept up to date by imports and the deal webhook.' })
export class DealObject {
  @Field(() => ID)
  id: string;

  @Field({ description: "The CRM's id for the deal (e.g. the Opportunity ID); imports and the webhook upsert by it." })
  externalId: string;

  @Field({ description: 'As the CRM names it; else its account and product.' })
  name: string;

  @Field(() => String, { nullable: true })
  accountName: string | null;

  @Field(() => String, { nullable: true, description: "The account's sector, as the CRM spells it." })
  industry: string | null;

  @Field(() => String, { nullable: true, description: 'As the CRM names it.' })
  product: string | null;

  @Field(() => Float, { nullable: true, description: 'The close value: what a won deal brought in.' })
  amount: number | null;

  @Field(() => DealOutcome)
  outcome: DealOutcome;

  @Field(() => String, { nullable: true, description: "The CRM's stage name, e.g. Prospecting, Engaging, Won, Lost." })
  stage: string | null;

  @Field(() => String, { nullable: true })
  competitor: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the deal entered the pipeline.' })
  engagedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was won or lost; null while it is open.' })
  closedAt: Date | null;

  ownerId: string | null;
  teamId: string | null;
}

@ObjectType()
export class DealConnection extends Connection(DealObject, 'Deal') {}

/** A deals row as the read queries select it. */
export interface DealRow {
  id: string;
  external_id: string;
  name: string;
  account_name: string | null;
  industry: string | null;
  owner_id: string | null;
  team_id: string | null;
  product: string | null;
  amount: number | null;
  outcome: DealOutcome;
  stage: string | null;
  competitor: string | null;
  engaged_at: Date | null;
  closed_at: Date | null;
}

export const toDealObject = (d: DealRow): DealObject => ({
  id: d.id,
  externalId: d.external_id,
  name: d.name,
  accountName: d.account_name,
  industry: d.industry,
  product: d.product,
  amount: d.amount,
  outcome: d.outcome,
  stage: d.stage,
  competitor: d.competitor,
  engagedAt: d.engaged_at,
  closedAt: d.closed_at,
  ownerId: d.owner_id,
  teamId: d.team_id,
});
