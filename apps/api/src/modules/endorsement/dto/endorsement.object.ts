import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EndorsementKind } from '../endorsement.entity.js';
import type { EndorsementEntity } from '../endorsement.entity.js';

registerEnumType(EndorsementKind, { name: 'EndorsementKind', description: 'VERIFIED is for enablement and admins.' });

@ObjectType('Endorsement')
export class EndorsementObject {
  @Field(() => ID)
  id: string;

  @Field(() => EndorsementKind)
  kind: EndorsementKind;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Int)
  pointsAwarded: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  assetId: string;
  endorserId: string;
}

export const toEndorsementObject = (e: EndorsementEntity): EndorsementObject => ({
  id: e.id,
  kind: e.kind,
  comment: e.comment,
  pointsAwarded: e.pointsAwarded,
  createdAt: e.createdAt,
  assetId: e.assetId,
  endorserId: e.endorserId,
});
