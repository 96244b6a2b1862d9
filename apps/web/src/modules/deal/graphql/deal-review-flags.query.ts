import { graphql } from '../../../generated';

export const dealReviewFlagsQuery = graphql(`
  query DealReviewFlags {
    dealReviewFlags(first: 50) {
      deal {
        id
        externalId
        name
        outcome
      }
      outcomeChanges
      reopenings
      reasons
      lastChangeAt
    }
  }
`);
