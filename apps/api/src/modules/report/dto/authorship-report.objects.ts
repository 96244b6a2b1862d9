import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PeriodInput, PeriodObject } from '../../credit/dto/credit.objects.js';
import type { ReportDetails } from '../report-details.js';

@ArgsType()
export class AuthorshipReportArgs {
  @Field(() => ID, { nullable: true, description: 'A person; give exactly one of userId and teamId.' })
  @IsOptional()
  @IsUUID('all', { message: 'userId does not name a user' })
  userId?: string;

  @Field(() => ID, { nullable: true, description: 'A team; give exactly one of userId and teamId.' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId does not name a team' })
  teamId?: string;

  @Field(() => PeriodInput)
  @ValidateNested()
  @Type(() => PeriodInput)
  period: PeriodInput;
}

@ObjectType('CountByKind', {
  description: 'How many of one kind (a ReuseKind or an EndorsementKind); every kind is listed, zeros included.',
})
export class CountByKindObject {
  @Field()
  kind: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('Engagement', { description: 'What someone did themselves in the period, beyond what they received.' })
export class EngagementObject {
  @Field(() => Int, { description: "Reuses they made of other people's assets (views not counted)." })
  sharing: number;

  @Field(() => Int, {
    description: 'Endorsements they gave (still active), comments and answers they wrote, and questions they asked.',
  })
  participating: number;

  @Field(() => Int, { description: 'Assets they author that were first published in the period.' })
  contributing: number;
}

@ObjectType('AuthorshipReport', {
  description:
    "A person's or a team's authorship in a period. Counts are over the assets they author; reuses and endorsements " +
    'are those made in the period by people who are not authors of the asset. A team counts each event once, however ' +
    "many of its members author the asset, so its counts can be less than the sum of its members'.",
})
export class AuthorshipReportObject {
  @Field(() => PeriodObject)
  period: PeriodObject;

  @Field(() => Int, {
    description: 'Credit booked in the period (a team: the sum over its members); the sum of the statement.',
  })
  credit: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "A person: their rank on the organisation's CREDIT leaderboard for the period (null when not on it: no positive " +
      'credit, or not active). A team: its rank among teams by summed credit (null without positive credit).',
  })
  rank: number | null;

  @Field(() => Int, {
    description: 'Assets they author that were published by the end of the period (archived since included).',
  })
  assetsAuthored: number;

  @Field(() => [CountByKindObject], {
    description: 'Reuses of their assets by others in the period, per ReuseKind (VIEW included).',
  })
  reusesReceived: CountByKindObject[];

  @Field(() => Int, { description: 'Different people who reused their assets in the period (views not counted).' })
  uniqueReusers: number;

  @Field(() => Int, { description: "Different teams those people belong to (the reusers' current teams)." })
  teamsReached: number;

  @Field(() => [CountByKindObject], {
    description: 'Active endorsements of their assets made in the period, per EndorsementKind.',
  })
  endorsementsReceived: CountByKindObject[];

  @Field(() => Int, { description: 'Adaptations of their assets first published in the period.' })
  derivedAssets: number;

  @Field(() => Int, {
    description:
      'Deals closed WON in the period in which one of their assets was used (a USED_IN_DEAL reuse, or a share link the buyer viewed).',
  })
  wonDealsInfluenced: number;

  @Field(() => Float, { description: 'The summed amount of those deals.' })
  wonAmountInfluenced: number;

  @Field(() => EngagementObject)
  engagement: EngagementObject;

  @Field({
    description:
      'The report as CSV (RFC 4180, header row first): one row for a person; for a team, one row per member with every ' +
      'column, by name.',
  })
  csv: string;

  @Field(() => [AuthorshipReportObject], {
    nullable: true,
    description: "A team report's per-member reports, by name (the drill-down of the team table); null for a person.",
  })
  members: AuthorshipReportObject[] | null;

  userId: string | null;
  teamId: string | null;
  /** The parts read on demand (trend, assets, comments, flow); see ReportDetails. */
  details?: ReportDetails;
}
