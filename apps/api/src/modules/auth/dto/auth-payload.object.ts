import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../user/dto/user.object.js';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => UserObject)
  user: UserObject;
}
