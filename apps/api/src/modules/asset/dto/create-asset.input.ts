import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AuthorshipInput } from '../../authorship/dto/authorship.input.js';
import { WinLossAnalysisInput } from '../../win-loss/dto/win-loss-analysis.input.js';
import { AssetKind, JourneyPhase, Visibility } from '../asset.entity.js';

export const MAX_BODY_BYTES = 1024 * 1024;
const TAG_LIMIT = 20;

/** What an asset is about: the same fields, with the same limits, when creating and when editing. */
@InputType({ isAbstract: true })
abstract class AssetTopicsInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TAG_LIMIT)
  @MaxLength(80, { each: true })
  industries?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TAG_LIMIT)
  @MaxLength(80, { each: true })
  buyerRoles?: string[];

  @Field(() => [JourneyPhase], { nullable: true })
  @IsOptional()
  @IsEnum(JourneyPhase, { each: true })
  journeyPhases?: JourneyPhase[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TAG_LIMIT)
  @MaxLength(80, { each: true })
  products?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(TAG_LIMIT)
  @MaxLength(80, { each: true })
  tags?: string[];
}

@InputType('CreateAssetInput')
export class CreateAssetInput extends AssetTopicsInput {
  @Field(() => AssetKind)
  @IsEnum(AssetKind)
  kind: AssetKind;

  @Field({ description: 'Up to 200 characters.' })
  @IsString()
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'summary must be at most 1000 characters' })
  summary?: string | null;

  @Field({ description: 'Markdown, up to 1 MB.' })
  @IsString()
  body: string;

  @Field(() => Visibility)
  @IsEnum(Visibility)
  visibility: Visibility;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A template, whose placeholders are checked (default false).',
  })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;

  @Field(() => [AuthorshipInput], { nullable: true, description: 'Default: the caller as LEAD_AUTHOR with share 100.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AuthorshipInput)
  authors?: AuthorshipInput[];

  @Field(() => ID, { nullable: true, description: 'The deal a WIN_LOSS analysis is about (a closed one).' })
  @IsOptional()
  @IsUUID('all', { message: 'dealId does not name a deal' })
  dealId?: string;

  @Field(() => WinLossAnalysisInput, {
    nullable: true,
    description: 'WIN_LOSS only, with dealId: why the deal was won or lost.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WinLossAnalysisInput)
  analysis?: WinLossAnalysisInput;
}

@InputType('UpdateAssetInput', { description: 'Only the fields given change; every edit makes a new version.' })
export class UpdateAssetInput extends AssetTopicsInput {
  @Field(() => Int, { description: 'The version being edited; a newer one on the server means CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'summary must be at most 1000 characters' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  body?: string;

  @Field(() => Visibility, { nullable: true })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => Boolean, { nullable: true, description: 'Makes the asset a template, or an ordinary asset again.' })
  @IsOptional()
  @IsBoolean()
  isTemplate?: boolean;

  @Field(() => ID, { nullable: true, description: 'WIN_LOSS only: links the analysis to this (closed) deal.' })
  @IsOptional()
  @IsUUID('all', { message: 'dealId does not name a deal' })
  dealId?: string;

  @Field(() => WinLossAnalysisInput, {
    nullable: true,
    description: 'WIN_LOSS only: replaces the analysis as a whole.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WinLossAnalysisInput)
  analysis?: WinLossAnalysisInput;
}
