import { graphql } from '../../../generated';

export const creditEntryFieldsFragment = graphql(`
  fragment CreditEntryFields on CreditEntry {
    id
    points
    reason
    explanation
    rule
    generation
    policyVersion
    occurredAt
    bookedAt
    capped {
      cap
      grossPoints
    }
    asset {
      id
      title
    }
    actor {
      id
      name
    }
  }
`);

export const creditStatementQuery = graphql(`
  query CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {
    creditEntries(userId: $userId, period: $period, first: $first, after: $after) {
      sum
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CreditEntryFields
        }
      }
    }
  }
`);
