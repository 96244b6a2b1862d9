import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DealChangeSource } from '../deal-audit-entry.entity.js';
import type { DealAuditRow, DealReviewRow } from '../deal.repository.js';
import { DealObject } from './deal.object.js';

registerEnumType(DealChangeSource, {
  name: 'DealChangeSource',
  description: 'IMPORT: a CSV import; WEBHOOK: the signed CRM webhook; API: a GraphQL deal write.',
});

@ObjectType('DealAuditEntry', { description: "One change of a deal's outcome, amount, engage date or close date." })
export class DealAuditEntryObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'outcome, amount, engagedAt or closedAt.' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before (ISO 8601 for dates); null when unset.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The value after (ISO 8601 for dates); null when cleared.' })
  after: string | null;

  @Field(() => DealChangeSource)
  source: DealChangeSource;

  @Field(() => GraphQLISODateTime)
  changedAt: Date;

  dealId: string;
  actorId: string | null;
}

export const toDealAuditEntryObject = (r: DealAuditRow): DealAuditEntryObject => ({
  id: r.id,
  dealId: r.deal_id,
  field: r.field,
  before: r.before,
  after: r.after,
  source: r.source,
  changedAt: r.changed_at,
  actorId: r.actor_id,
});

@ObjectType('DealReviewFlag', {
  description: 'A deal for an admin to look at, from its audit trail. A flag never changes credit.',
})
export class DealReviewFlagObject {
  @Field(() => DealObject)
  deal: DealObject;

  @Field(() => Int, { description: 'How often its outcome changed after the deal was created.' })
  outcomeChanges: number;

  @Field(() => Int, { description: 'How often it went from WON or LOST back to OPEN.' })
  reopenings: number;

  @Field(() => [String], {
    description: 'OUTCOME_CHANGED_AGAIN (more than one outcome change), REOPENED (closed, then open again).',
  })
  reasons: string[];

  @Field(() => GraphQLISODateTime)
  lastChangeAt: Date;
}

export const reviewReasons = (r: DealReviewRow): string[] => [
  ...(r.outcome_changes > 1 ? ['OUTCOME_CHANGED_AGAIN'] : []),
  ...(r.reopened > 0 ? ['REOPENED'] : []),
];
