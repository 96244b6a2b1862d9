import { graphql } from '../../../generated';

// The period resolved, and where the person stands on the organisation's CREDIT leaderboard for it. For the viewer
// `viewerEntry` is enough; for someone else their row is looked up among the entries.
export const creditStandingQuery = graphql(`
  query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {
    period(period: $period) {
      ...PeriodFields
    }
    leaderboard(period: $period, metric: CREDIT, first: 100) {
      size
      viewerEntry {
        rank
        value
      }
      entries @include(if: $withEntries) {
        rank
        value
        user {
          id
        }
      }
    }
  }
`);
