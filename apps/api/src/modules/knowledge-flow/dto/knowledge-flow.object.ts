import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssetKind } from '../../asset/asset.entity.js';

export enum KnowledgeFlowScope {
  ORGANISATION = 'ORGANISATION',
  MANAGED_TEAMS = 'MANAGED_TEAMS',
  TEAM = 'TEAM',
}
registerEnumType(KnowledgeFlowScope, {
  name: 'KnowledgeFlowScope',
  description:
    'What a knowledge-flow dashboard covers: the whole organisation (enablement, admins), the teams the viewer ' +
    'manages (managers), or the one team asked for.',
});

@ObjectType('KnowledgeFlowTeam', { description: 'A team as the dashboard names it.' })
export class KnowledgeFlowTeamObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({
    description: "Whether the team is in the dashboard's scope (else it only shows as the other end of a flow).",
  })
  inScope: boolean;
}

@ObjectType('TeamReuseFlow', {
  description:
    "Reuse from one team's knowledge by another's people in the period: who learns from whom. Counted reuses only " +
    "(not views, not by the asset's own authors).",
})
export class TeamReuseFlowObject {
  @Field(() => ID, { description: 'The team of the person who reused.' })
  reusingTeamId: string;

  @Field(() => ID, { description: 'The team of the authors of what was reused.' })
  authoringTeamId: string;

  @Field(() => Float, {
    description: "Reuses weighted by the authors' shares: an event adds 1 in all, split over its authors' teams.",
  })
  reuses: number;

  @Field(() => Int, { description: 'Reuse events with at least one author in the authoring team.' })
  events: number;
}

@ObjectType('DeadContentCount', { description: 'Dead content of one team and kind.' })
export class DeadContentCountObject {
  @Field(() => ID, { nullable: true, description: "The asset's team; null for assets without one." })
  teamId: string | null;

  @Field(() => AssetKind)
  kind: AssetKind;

  @Field(() => Int)
  count: number;
}

@ObjectType('DeadAsset', { description: 'A dead asset the viewer may see.' })
export class DeadAssetObject {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => AssetKind)
  kind: AssetKind;

  @Field(() => ID, { nullable: true })
  teamId: string | null;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Its last counted reuse ever; null if never.' })
  lastReusedAt: Date | null;
}

@ObjectType('DeadContent', {
  description:
    'Published assets (not private) with no counted reuse in the 90 days before the end of the period. The counts ' +
    'cover every such asset in scope; the list only those the viewer may see, longest published first.',
})
export class DeadContentObject {
  @Field(() => Int)
  total: number;

  @Field(() => [DeadContentCountObject])
  byTeamAndKind: DeadContentCountObject[];

  @Field(() => [DeadAssetObject])
  assets: DeadAssetObject[];
}

@ObjectType('ContentGap', { description: 'A search that found no asset, as typed (folded to lower case).' })
export class ContentGapObject {
  @Field()
  query: string;

  @Field(() => Int, { description: 'How many times it was searched in the period.' })
  searches: number;

  @Field(() => Int, { description: 'On how many days (UTC).' })
  days: number;

  @Field(() => GraphQLISODateTime)
  lastSearchedAt: Date;
}

@ObjectType('TeamAdoption', {
  description:
    "A team's people in one calendar month by their highest engagement level that month (CONTRIBUTING, " +
    'PARTICIPATING, SHARING as in authorship reports; none). People are counted in the team they are in now.',
})
export class TeamAdoptionObject {
  @Field(() => ID)
  teamId: string;

  @Field(() => GraphQLISODateTime, { description: 'The first instant of the month (UTC).' })
  month: Date;

  @Field(() => Int, { description: "The team's active people." })
  people: number;

  @Field(() => Int)
  sharing: number;

  @Field(() => Int)
  participating: number;

  @Field(() => Int)
  contributing: number;

  @Field(() => Int)
  none: number;
}

@ObjectType('FirstReuseBand', { description: 'How many assets were first reused within a span of their publication.' })
export class FirstReuseBandObject {
  @Field({
    description: 'The span, in words: "under 1 day", "1–7 days", "7–30 days", "30–90 days", "90 days or more".',
  })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('FirstReuseTime', {
  description:
    'Time from first publication to the first counted reuse, for the assets (not private) first published in the ' +
    'period, of one kind or all (kind null).',
})
export class FirstReuseTimeObject {
  @Field(() => AssetKind, { nullable: true })
  kind: AssetKind | null;

  @Field(() => Int)
  published: number;

  @Field(() => Int, { description: 'Of those, reused at least once so far.' })
  reused: number;

  @Field(() => Float, { nullable: true, description: 'Median days to the first reuse of those reused; null if none.' })
  medianDays: number | null;

  @Field(() => [FirstReuseBandObject])
  bands: FirstReuseBandObject[];
}

@ObjectType('KnowledgeFlow', {
  description: 'The knowledge-flow dashboard for a period: how knowledge travels between teams, and where it does not.',
})
export class KnowledgeFlowObject {
  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime)
  to: Date;

  @Field(() => KnowledgeFlowScope)
  scope: KnowledgeFlowScope;

  @Field(() => [KnowledgeFlowTeamObject], {
    description: 'The teams in scope and those at the other end of their flows, by name.',
  })
  teams: KnowledgeFlowTeamObject[];

  @Field(() => [TeamReuseFlowObject], { description: 'The matrix of reuse between teams (non-zero cells only).' })
  reuseMatrix: TeamReuseFlowObject[];

  @Field(() => DeadContentObject)
  deadContent: DeadContentObject;

  @Field(() => [ContentGapObject], { description: 'The most searched texts that found nothing, at most 20.' })
  contentGaps: ContentGapObject[];

  @Field(() => [TeamAdoptionObject], { description: 'Per team in scope and month of the period.' })
  adoption: TeamAdoptionObject[];

  @Field(() => [FirstReuseTimeObject], { description: 'All kinds first (kind null), then each kind published.' })
  timeToFirstReuse: FirstReuseTimeObject[];
}
