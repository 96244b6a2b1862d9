import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportRowError', { description: 'A row an import skipped, and why.' })
export class ImportRowErrorObject {
  @Field(() => Int, { description: "The row's line in the file; the header is line 1." })
  row: number;

  @Field()
  message: string;

  @Field({
    description: 'FORBIDDEN for a deal outside the teams the importing manager manages; else BAD_USER_INPUT.',
  })
  code: string;
}

@ObjectType('ImportResult', {
  description:
    'What an import did. Importing the same file again gives created 0 and updated 0: records are written only when a value differs.',
})
export class ImportResultObject {
  @Field(() => Int, { description: 'Records created. For teams: teams and people.' })
  created: number;

  @Field(() => Int, {
    description:
      'Existing records that changed. For teams: people who moved or got an email, teams that gained a manager.',
  })
  updated: number;

  @Field(() => Int, { description: 'Existing records the file left as they were.' })
  unchanged: number;

  @Field(() => Int, { description: 'Rows skipped because of an error; each is in errors.' })
  skipped: number;

  @Field(() => Int, { description: 'Data rows read (the header aside).' })
  rows: number;

  @Field(() => [ImportRowErrorObject], { description: 'The skipped rows, in file order (at most the first 10,000).' })
  errors: ImportRowErrorObject[];
}
