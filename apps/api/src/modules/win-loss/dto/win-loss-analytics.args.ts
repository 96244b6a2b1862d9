import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { DealFilter } from '../../deal/dto/deal-filter.input.js';
import { DEFAULT_MIN_CLOSED_DEALS } from '../content-influence.util.js';

@ArgsType()
export class TopLossReasonsArgs {
  @Field(() => DealFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealFilter)
  filter?: DealFilter;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: '1 to 100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;
}

@ArgsType()
export class ContentInfluenceArgs {
  @Field(() => DealFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealFilter)
  filter?: DealFilter;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_MIN_CLOSED_DEALS,
    description: 'The smallest number of closed deals an asset must have been used in before a win rate is claimed.',
  })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  minClosedDeals?: number;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: '1 to 100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;
}
