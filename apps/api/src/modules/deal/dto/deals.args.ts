import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/connection.js';
import { DealOutcome } from '../deal.entity.js';
import { DealFilter } from './deal-filter.input.js';

@ArgsType()
export class DealsArgs extends PageArgs {
  @Field(() => DealFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealFilter)
  filter?: DealFilter;

  @Field(() => DealOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(DealOutcome)
  outcome?: DealOutcome;
}
