import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../core/graphql/connection.js';
import { Role, UserStatus } from '../user.entity.js';
import type { UserEntity } from '../user.entity.js';

registerEnumType(Role, { name: 'Role', description: 'What a user may do beyond sharing and reusing knowledge.' });
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Only ACTIVE users can log in; credit is kept for everyone.',
});

@ObjectType('User', { description: 'A person in the organisation.' })
export class UserObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Null for people imported without one; they cannot log in.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. "Account Executive".' })
  title: string | null;

  @Field(() => Role)
  role: Role;

  @Field(() => UserStatus)
  status: UserStatus;

  teamId: string | null;

  @Field({ description: 'Whether this person has a login (an email and a password).' })
  canLogIn: boolean;
}

@ObjectType()
export class UserConnection extends Connection(UserObject, 'User') {}

export function toUserObject(user: UserEntity, hasPassword: boolean): UserObject {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    role: user.role,
    status: user.status,
    teamId: user.teamId,
    canLogIn: Boolean(user.email) && hasPassword,
  };
}
