import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/connection.js';
import { AssetKind, AssetStatus, JourneyPhase } from '../asset.entity.js';

export enum AssetSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  MOST_REUSED = 'MOST_REUSED',
}
registerEnumType(AssetSort, {
  name: 'AssetSort',
  description: 'RELEVANCE needs a search; without one it means NEWEST.',
});

@InputType('AssetFilter')
export class AssetFilter {
  @Field(() => AssetKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssetKind)
  kind?: AssetKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  industry?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  buyerRole?: string;

  @Field(() => JourneyPhase, { nullable: true })
  @IsOptional()
  @IsEnum(JourneyPhase)
  journeyPhase?: JourneyPhase;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  product?: string;

  @Field(() => String, { nullable: true, description: 'A free tag.' })
  @IsOptional()
  @MaxLength(80)
  tag?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId does not name a team' })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'authorId does not name a user' })
  authorId?: string;

  @Field(() => AssetStatus, { nullable: true, description: 'Default PUBLISHED. DRAFT lists your own drafts.' })
  @IsOptional()
  @IsEnum(AssetStatus)
  status?: AssetStatus;
}

@ArgsType()
export class AssetsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over title, summary and body (weighted in that order).',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => AssetFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssetFilter)
  filter?: AssetFilter;

  @Field(() => AssetSort, { nullable: true })
  @IsOptional()
  @IsEnum(AssetSort)
  sort?: AssetSort;
}
