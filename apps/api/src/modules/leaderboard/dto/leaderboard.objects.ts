import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { LeaderboardMetricKey } from '../../credit/credit.service.js';
import { PeriodInput, PeriodObject } from '../../credit/dto/credit.objects.js';
import { UserObject } from '../../user/dto/user.object.js';

export { LeaderboardMetricKey as LeaderboardMetric };
registerEnumType(LeaderboardMetricKey, {
  name: 'LeaderboardMetric',
  description:
    'CREDIT points; REUSES_RECEIVED by others; CONTRIBUTIONS published; WON_DEAL_INFLUENCE won deals your assets were used in.',
});

@ArgsType()
export class LeaderboardArgs {
  @Field(() => PeriodInput)
  @ValidateNested()
  @Type(() => PeriodInput)
  period: PeriodInput;

  @Field(() => LeaderboardMetricKey, { nullable: true, description: 'Default CREDIT.' })
  @IsOptional()
  @IsEnum(LeaderboardMetricKey)
  metric?: LeaderboardMetricKey;

  @Field(() => ID, { nullable: true, description: 'One team; default the whole organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId does not name a team' })
  teamId?: string;

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field({ nullable: true, description: 'Include suspended and departed people (left off by default).' })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean;
}

@ObjectType('LeaderboardEntry')
export class LeaderboardEntryObject {
  @Field(() => Int, { description: 'Standard competition rank: 1, 2, 2, 4.' })
  rank: number;

  @Field(() => UserObject)
  user: UserObject;

  @Field(() => Int)
  value: number;
}

@ObjectType('Leaderboard')
export class LeaderboardObject {
  @Field(() => PeriodObject)
  period: PeriodObject;

  @Field(() => LeaderboardMetricKey)
  metric: LeaderboardMetricKey;

  @Field(() => [LeaderboardEntryObject])
  entries: LeaderboardEntryObject[];

  @Field(() => LeaderboardEntryObject, { nullable: true, description: 'Where you stand, if you are on this board.' })
  viewerEntry: LeaderboardEntryObject | null;

  @Field(() => Int, { description: 'People on the board.' })
  size: number;
}
