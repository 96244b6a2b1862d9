import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID, MaxLength } from 'class-validator';

@InputType('DealFilter', { description: 'Narrows deals; every field given must match.' })
export class DealFilter {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Closed at or after this instant (open deals never match).',
  })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Closed before this instant (open deals never match).',
  })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId does not name a team' })
  teamId?: string;

  @Field(() => String, { nullable: true, description: "The account's sector, any case." })
  @IsOptional()
  @MaxLength(120)
  industry?: string;

  @Field(() => String, { nullable: true, description: 'Any case.' })
  @IsOptional()
  @MaxLength(120)
  product?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId does not name a user' })
  ownerId?: string;
}
