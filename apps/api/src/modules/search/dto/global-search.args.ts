import { ArgsType, Field, Int } from '@nestjs/graphql';

/** The limits of the header search, checked before any query runs. */
export const GLOBAL_SEARCH_LIMITS = { queryLength: 100, first: 20 } as const;

@ArgsType()
export class GlobalSearchArgs {
  @Field({ description: 'The text to find, 1 to 100 characters once trimmed.' })
  query: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 5,
    description: 'At most this many results of each kind, 1 to 20 (5 when null).',
  })
  first?: number | null;
}
