import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';

@InputType('PersonalizeTemplateInput')
export class PersonalizeTemplateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'templateId does not name an asset' })
  templateId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'dealId does not name a deal' })
  dealId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The edited text: the filled template with its unlocked parts changed; its locked sections unchanged.',
  })
  @IsOptional()
  @IsString()
  body?: string | null;
}

@ObjectType('TemplatePlaceholder', { description: 'A placeholder a template may hold, written {{key}}.' })
export class TemplatePlaceholderObject {
  @Field()
  key: string;

  @Field()
  label: string;
}

@ObjectType('TemplateDiffHunk', {
  description: "A stretch of the template's change; lines start with +, - or a space.",
})
export class TemplateDiffHunkObject {
  @Field(() => Int)
  oldStart: number;

  @Field(() => Int)
  oldLines: number;

  @Field(() => Int)
  newStart: number;

  @Field(() => Int)
  newLines: number;

  @Field(() => [String])
  lines: string[];
}

@ObjectType('TemplateChange', { description: 'The template of a personalised copy changed since the copy was made.' })
export class TemplateChangeObject {
  @Field(() => ID)
  templateId: string;

  @Field(() => ID, { description: 'The deal the copy was personalised for.' })
  dealId: string;

  @Field(() => Int, { description: 'The template version the copy was made from.' })
  fromVersion: number;

  @Field(() => Int, { description: "The template's version now." })
  toVersion: number;

  @Field(() => [TemplateDiffHunkObject], { description: "The template's text then and now, as line hunks." })
  diff: TemplateDiffHunkObject[];
}

@ObjectType('TemplateSegment', { description: 'A part of a filled template: locked parts cannot be changed.' })
export class TemplateSegmentObject {
  @Field()
  locked: boolean;

  @Field()
  text: string;
}
