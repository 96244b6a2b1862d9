import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { DealFilter } from '../../deal/dto/deal-filter.input.js';

export enum WinLossDimension {
  INDUSTRY = 'INDUSTRY',
  PRODUCT = 'PRODUCT',
  TEAM = 'TEAM',
  OWNER = 'OWNER',
  COMPETITOR = 'COMPETITOR',
  QUARTER = 'QUARTER',
}
registerEnumType(WinLossDimension, {
  name: 'WinLossDimension',
  description: 'What win/loss analytics group closed deals by. QUARTER is the fiscal quarter of the close date.',
});

@ArgsType()
export class WinLossArgs {
  @Field(() => WinLossDimension)
  @IsEnum(WinLossDimension)
  groupBy: WinLossDimension;

  @Field(() => DealFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealFilter)
  filter?: DealFilter;
}
