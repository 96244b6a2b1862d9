import { graphql } from '../../../generated';

export const leaderboardEntryFieldsFragment = graphql(`
  fragment LeaderboardEntryFields on LeaderboardEntry {
    rank
    value
    user {
      id
      name
      status
      team {
        id
        name
      }
      viewerCan {
        readCredit
      }
    }
  }
`);

export const leaderboardQuery = graphql(`
  query Leaderboard(
    $period: PeriodInput!
    $metric: LeaderboardMetric!
    $teamId: ID
    $first: Int!
    $includeInactive: Boolean
  ) {
    leaderboard(period: $period, metric: $metric, teamId: $teamId, first: $first, includeInactive: $includeInactive) {
      metric
      size
      period {
        ...PeriodFields
      }
      entries {
        ...LeaderboardEntryFields
      }
      viewerEntry {
        ...LeaderboardEntryFields
      }
    }
  }
`);
