import { graphql } from '../../../generated';

export const reviewFlagsQuery = graphql(`
  query ReviewFlags($period: PeriodInput!) {
    creditRings(period: $period) {
      users {
        id
        name
      }
      mutualPoints
      share
    }
    creditSpikes(period: $period) {
      user {
        id
        name
      }
      day
      points
      medianPoints
      events {
        eventId
        kind
        occurredAt
        points
        actor {
          id
          name
        }
        asset {
          id
          title
        }
      }
    }
  }
`);
