import { ArgsType, Field, GraphQLISODateTime, ID, Int } from '@nestjs/graphql';

/** The limits of the dashboard's lists, checked before any query runs. */
export const KNOWLEDGE_FLOW_LIMITS = { first: 100, defaultDeadAssets: 20, contentGaps: 20 } as const;

@ArgsType()
export class KnowledgeFlowArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Start of the period, inclusive; 90 days before `to` when null.',
  })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'End of the period, exclusive; now when null. Not in the future; a period is at most 731 days.',
  })
  to?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this team (one the viewer may read); the whole scope of the viewer when null.',
  })
  teamId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many dead assets in the list, 1 to 100 (20 when null).',
  })
  first?: number | null;
}
