import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '../user.entity.js';

@ArgsType()
export class CreateUserArgs {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(120)
  name: string;

  @Field({ description: 'At least 10 characters.' })
  @Length(10, 200, { message: 'password must be 10 to 200 characters long' })
  password: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId does not name a team' })
  teamId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  title?: string;
}
