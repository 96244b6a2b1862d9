import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@ArgsType()
export class ImportCsvArgs {
  @Field({
    description:
      'The CSV text, header first, up to 25 MB (the file can also be POSTed as text/csv to /imports/accounts, /imports/teams or /imports/deals).',
  })
  @IsString()
  csv: string;
}
