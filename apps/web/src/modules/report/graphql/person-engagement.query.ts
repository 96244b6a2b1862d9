import { graphql } from '../../../generated';

/** What My credit shows from the authorship report: the engagement levels. */
export const personEngagementQuery = graphql(`
  query PersonEngagement($userId: ID!, $period: PeriodInput!) {
    authorshipReport(userId: $userId, period: $period) {
      rank
      engagement {
        sharing
        participating
        contributing
      }
    }
  }
`);
