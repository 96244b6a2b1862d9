import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ReuseKind } from '../reuse-event.entity.js';
import type { ReuseEventEntity } from '../reuse-event.entity.js';
import { UserErrorObject } from '../../../core/graphql/user-error.object.js';

registerEnumType(ReuseKind, {
  name: 'ReuseKind',
  description: 'How an asset was reused; VIEW is recorded for analytics only.',
});

@InputType('RecordReuseInput')
export class RecordReuseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assetId does not name an asset' })
  assetId: string;

  @Field(() => ReuseKind)
  @IsEnum(ReuseKind)
  kind: ReuseKind;

  @Field(() => ID, { nullable: true, description: 'The deal, for USED_IN_DEAL.' })
  @IsOptional()
  @IsUUID('all', { message: 'dealId does not name a deal' })
  dealId?: string;

  @Field({ description: 'Chosen by the client, unique per action: a retry with the same id is recorded once.' })
  @Length(1, 100, { message: 'clientEventId must be 1 to 100 characters' })
  clientEventId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The slides or pages of the asset\'s deck or PDF used, as "3-5" or "1, 4, 7-9" (not for VIEW).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'slides must be at most 200 characters' })
  slides?: string | null;
}

@ObjectType('ReuseEvent')
export class ReuseEventObject {
  @Field(() => ID)
  id: string;

  @Field(() => ReuseKind)
  kind: ReuseKind;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => Int, { description: "Credit this reuse gave the asset's authors (after the rules and caps)." })
  pointsAwarded: number;

  @Field({ description: 'What the reuse earned the authors, or why it earned nothing (own asset, a repeat, a cap).' })
  explanation: string;

  @Field(() => [Int], {
    nullable: true,
    description: 'The slides or pages it named, ascending; null for the whole asset.',
  })
  slides: number[] | null;

  assetId: string;
  actorId: string;
}

export const toReuseEventObject = (r: ReuseEventEntity, explanation: string): ReuseEventObject => ({
  id: r.id,
  explanation,
  kind: r.kind,
  occurredAt: r.occurredAt,
  pointsAwarded: r.pointsAwarded,
  slides: r.slides,
  assetId: r.assetId,
  actorId: r.actorId,
});

@ObjectType('RecordReuseResult', {
  description: 'One event of recordReuses: its reuse (recorded now or before), or why it was not recorded.',
})
export class RecordReuseResultObject {
  @Field()
  clientEventId: string;

  @Field(() => ReuseEventObject, { nullable: true })
  reuse: ReuseEventObject | null;

  @Field(() => UserErrorObject, { nullable: true })
  error: UserErrorObject | null;
}

@ObjectType('SlideUse', { description: 'A slide or page of a deck and how many reuses named it.' })
export class SlideUseObject {
  @Field(() => Int)
  slide: number;

  @Field(() => Int)
  reuses: number;
}

@ObjectType('AssetStats', {
  description: 'How an asset travelled: reuse, reach, endorsements and the credit it generated.',
})
export class AssetStatsObject {
  @Field(() => Int, { description: 'Reuses other than views, adaptations included.' })
  reuseCount: number;

  @Field(() => Int)
  uniqueReusers: number;

  @Field(() => Int, { description: 'Distinct teams of the people who reused it.' })
  teamsReached: number;

  @Field(() => Int)
  endorsementCount: number;

  @Field(() => Int, { description: 'Credit it earned its authors and ancestors.' })
  creditGenerated: number;

  @Field(() => Int)
  viewCount: number;

  @Field(() => [SlideUseObject], {
    description: 'For a deck or PDF: how many reuses named each slide or page, in slide order (named slides only).',
  })
  slidesUsed: SlideUseObject[];
}
