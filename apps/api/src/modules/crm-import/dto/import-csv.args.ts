import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@ArgsType()
export class ImportCsvArgs {
  @Field({
    description:
      'The CSV text, header first. Through GraphQL a request may carry about 1 MB; POST the file as text/csv to /imports/accounts, /imports/teams or /imports/deals for up to 25 MB.',
  })
  @IsString()
  csv: string;
}
