import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../../user/dto/user.object.js';
import { AuthorRole, AuthorshipConsent } from '../authorship.entity.js';

registerEnumType(AuthorRole, {
  name: 'AuthorRole',
  description: 'How someone contributed (after CRediT / All Contributors).',
});

registerEnumType(AuthorshipConsent, {
  name: 'AuthorshipConsent',
  description: 'PENDING: named by someone else, not answered yet (they may still decline); ACCEPTED.',
});

@ObjectType('Authorship', { description: 'A contributor to an asset and their share of its credit.' })
export class AuthorshipObject {
  @Field(() => UserObject)
  user: UserObject;

  @Field(() => AuthorRole)
  role: AuthorRole;

  @Field(() => Int, { description: 'Whole percent of the credit.' })
  share: number;

  @Field(() => AuthorshipConsent, {
    nullable: true,
    description: "Whether they have agreed to be named; null in a version's authors (only the current ones answer).",
  })
  consent: AuthorshipConsent | null;
}

@ObjectType('DeclinedAuthorship', {
  description: 'Someone named on an asset who declined: they are no longer an author, their share went to the others.',
})
export class DeclinedAuthorshipObject {
  @Field(() => UserObject)
  user: UserObject;

  @Field(() => AuthorRole, { description: 'The role they were named in.' })
  role: AuthorRole;

  @Field(() => Int, { description: 'The share they declined.' })
  share: number;

  @Field(() => GraphQLISODateTime)
  declinedAt: Date;
}

/** An authorship row as read, before its user is resolved. */
export interface AuthorshipRow {
  assetId: string;
  userId: string;
  role: AuthorRole;
  share: number;
  consent: AuthorshipConsent;
}

/** A decline as read, before its user is resolved. */
export interface DeclinedAuthorshipRow {
  assetId: string;
  userId: string;
  role: AuthorRole;
  share: number;
  declinedAt: Date;
}
