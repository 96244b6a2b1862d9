import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';

@ArgsType()
export class DealSuggestionsArgs {
  @Field(() => ID)
  @IsString()
  dealId: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: '1 to 50.' })
  @IsOptional()
  @Min(1)
  @Max(50)
  first?: number;
}
