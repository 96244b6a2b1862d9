import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../../user/dto/user.object.js';
import { FollowKind } from '../follow.entity.js';

registerEnumType(FollowKind, { name: 'FollowKind' });

@ObjectType('Follow', { description: 'A person or tag the viewer follows.' })
export class FollowObject {
  @Field(() => FollowKind)
  kind: FollowKind;

  @Field({ description: 'A user id for USER, the tag for TAG.' })
  target: string;

  @Field(() => UserObject, { nullable: true, description: 'The person followed, for USER.' })
  user?: UserObject | null;
}
