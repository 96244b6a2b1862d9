import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { AuthorRole } from '../authorship.entity.js';

@InputType('AuthorshipInput')
export class AuthorshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'authors must name existing users' })
  userId: string;

  @Field(() => AuthorRole)
  @IsEnum(AuthorRole)
  role: AuthorRole;

  @Field(() => Int, { description: 'Whole percent, 1 to 100; the shares of an asset sum to 100.' })
  @IsInt({ message: 'a share must be a whole percent' })
  @Min(1, { message: 'a share must be from 1 to 100' })
  @Max(100, { message: 'a share must be from 1 to 100' })
  share: number;
}
