import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { UserStatus } from '../user.entity.js';

@ArgsType()
export class SetUserStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId does not name a user' })
  userId: string;

  @Field(() => UserStatus)
  status: UserStatus;
}
