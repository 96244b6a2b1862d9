import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuthorRole } from '../../authorship/authorship.entity.js';
import { EndorsementObject } from '../../endorsement/dto/endorsement.object.js';
import { CountByKindObject, EngagementObject } from '../../report/dto/authorship-report.objects.js';
import { UserObject } from '../../user/dto/user.object.js';

export enum EngagementLevel {
  SHARING = 'SHARING',
  PARTICIPATING = 'PARTICIPATING',
  CONTRIBUTING = 'CONTRIBUTING',
}
registerEnumType(EngagementLevel, {
  name: 'EngagementLevel',
  description:
    'How far someone takes part, highest first: CONTRIBUTING (authors published assets), PARTICIPATING (endorses or comments), ' +
    "SHARING (reuses others' assets).",
});

@ObjectType('PersonAuthorship', { description: 'An asset the person authors, with their role and share.' })
export class PersonAuthorshipObject {
  @Field(() => AuthorRole)
  role: AuthorRole;

  @Field(() => Int, { description: 'Whole percent of the credit.' })
  share: number;

  assetId: string;
}

@ObjectType('PersonReach', {
  description:
    "What others did with the person's work: over the assets they author that the viewer may see, by people who " +
    'are not authors of the asset (the same rule as credit), all time.',
})
export class PersonReachObject {
  @Field(() => [CountByKindObject], { description: 'Reuses by kind, every ReuseKind listed, zeros included.' })
  reuses: CountByKindObject[];

  @Field(() => Int, { description: 'Counted buyer sessions on share links others made to these assets.' })
  shareLinkViews: number;

  @Field(() => Int, { description: 'Distinct deals these assets were used in.' })
  dealsUsedIn: number;
}

@ObjectType('ExpertiseTerm', {
  description: 'A taxonomy term of the published assets a person authors, weighted by what was endorsed.',
})
export class ExpertiseTermObject {
  @Field()
  value: string;

  @Field(() => Int, { description: 'Published assets of theirs tagged with the term.' })
  assets: number;

  @Field(() => Int, { description: 'Active endorsements of those assets.' })
  endorsements: number;
}

@ObjectType('PersonExpertise', {
  description:
    'The top terms of each taxonomy kind, ranked by 2 × assets + endorsements (the same weight as `experts`), ' +
    'over the published assets they author that the viewer may see.',
})
export class PersonExpertiseObject {
  @Field(() => [ExpertiseTermObject])
  industries: ExpertiseTermObject[];

  @Field(() => [ExpertiseTermObject])
  buyerRoles: ExpertiseTermObject[];

  @Field(() => [ExpertiseTermObject])
  products: ExpertiseTermObject[];
}

@ObjectType('PersonCredit', { description: "A person's credit totals, from the leaderboard rollups." })
export class PersonCreditObject {
  @Field(() => Int)
  allTime: number;

  @Field(() => Int)
  thisQuarter: number;

  @Field({ description: 'The current fiscal quarter, e.g. "FY2026 Q4".' })
  quarterLabel: string;
}

@ObjectType('PersonProfile', {
  description:
    "A person's profile as the viewer may see it: every asset list, count and term is over the assets the viewer " +
    'may see (another member’s private or draft asset is never shown nor counted). Departed people keep theirs.',
})
export class PersonProfileObject {
  @Field(() => ID)
  id: string;

  @Field(() => UserObject)
  person: UserObject;

  @Field(() => [PersonAuthorshipObject], { description: 'Assets they author, newest first (at most 50).' })
  assets: PersonAuthorshipObject[];

  @Field(() => Int, { description: 'How many assets they author that the viewer may see.' })
  assetCount: number;

  @Field(() => PersonReachObject)
  reach: PersonReachObject;

  @Field(() => [EndorsementObject], { description: 'Active endorsements of their assets, newest first (at most 20).' })
  endorsements: EndorsementObject[];

  @Field(() => Int, { description: 'How many active endorsements their visible assets have.' })
  endorsementCount: number;

  @Field(() => PersonExpertiseObject)
  expertise: PersonExpertiseObject;

  @Field(() => EngagementObject, {
    description:
      "All time: reuses they made of others' assets, endorsements they gave, and their published assets the " +
      'viewer may see.',
  })
  engagement: EngagementObject;

  @Field(() => EngagementLevel, { nullable: true, description: 'Null until they have shared, endorsed or authored.' })
  engagementLevel: EngagementLevel | null;

  @Field(() => PersonCreditObject, {
    nullable: true,
    description: 'Only when the viewer may read this person’s credit (User.viewerCan.readCredit); null otherwise.',
  })
  credit: PersonCreditObject | null;
}
