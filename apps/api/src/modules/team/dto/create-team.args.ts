import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class CreateTeamArgs {
  @Field()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(120)
  name: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'managerIds must name users' })
  managerIds?: string[];
}

@ArgsType()
export class SetTeamManagersArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId does not name a team' })
  teamId: string;

  @Field(() => [ID])
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'userIds must name users' })
  userIds: string[];
}
