import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../../core/graphql/connection.js';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches names and emails, case-insensitively.' })
  @IsOptional()
  @MaxLength(120)
  search?: string;
}
