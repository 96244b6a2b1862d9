import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../../user/dto/user.object.js';
import { AuthorRole } from '../authorship.entity.js';

registerEnumType(AuthorRole, {
  name: 'AuthorRole',
  description: 'How someone contributed (after CRediT / All Contributors).',
});

@ObjectType('Authorship', { description: 'A contributor to an asset and their share of its credit.' })
export class AuthorshipObject {
  @Field(() => UserObject)
  user: UserObject;

  @Field(() => AuthorRole)
  role: AuthorRole;

  @Field(() => Int, { description: 'Whole percent of the credit.' })
  share: number;
}

/** An authorship row as read, before its user is resolved. */
export interface AuthorshipRow {
  assetId: string;
  userId: string;
  role: AuthorRole;
  share: number;
}
