import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Expert', {
  description: 'Someone to ask about a topic, with the evidence: what they authored on it and how it was endorsed.',
})
export class ExpertObject {
  @Field(() => Int, { description: '2 × assets + endorsements; the ranking.' })
  score: number;

  @Field(() => Int, { description: 'Published assets on the topic they author (that the viewer may see).' })
  assetCount: number;

  @Field(() => Int, { description: 'Active endorsements of those assets.' })
  endorsementCount: number;

  userId: string;
  topAssetIds: string[];
}

@ArgsType()
export class ExpertsArgs {
  @Field({
    description:
      'An industry, buyer role, product or free tag (matched whole, any case) or words in asset titles; 1–100 characters.',
  })
  topic: string;

  @Field(() => Int, { nullable: true, defaultValue: 5, description: '1–20.' })
  first?: number;
}
