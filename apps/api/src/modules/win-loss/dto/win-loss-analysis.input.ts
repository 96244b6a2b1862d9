import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_LESSONS_CHARS, WinLossOutcome } from '../win-loss-analysis.entity.js';

registerEnumType(WinLossOutcome, { name: 'WinLossOutcome', description: 'What a closed deal came to.' });

@InputType('WinLossAnalysisInput', {
  description:
    'The structured part of a WIN_LOSS asset, about the deal named by dealId. Given on create or update, it replaces the analysis as a whole.',
})
export class WinLossAnalysisInput {
  @Field(() => WinLossOutcome, { description: "Must be the deal's outcome; only closed deals get an analysis." })
  @IsEnum(WinLossOutcome)
  outcome: WinLossOutcome;

  @Field(() => [String], {
    nullable: true,
    description: 'Labels from winLossReasons (any case); archived ones are refused.',
  })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  reasons?: string[];

  @Field(() => String, { nullable: true, description: "Who we competed against; default: the deal's competitor." })
  @IsOptional()
  @IsString()
  @MaxLength(120, { message: 'competitor must be at most 120 characters' })
  competitor?: string | null;

  @Field(() => [String], { nullable: true, description: 'Buyer roles from the taxonomy (any case).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  buyerRolesInvolved?: string[];

  @Field(() => String, {
    nullable: true,
    description: `Markdown, up to ${MAX_LESSONS_CHARS.toLocaleString('en')} characters.`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LESSONS_CHARS, { message: `lessonsLearned must be at most ${MAX_LESSONS_CHARS} characters` })
  lessonsLearned?: string | null;
}
