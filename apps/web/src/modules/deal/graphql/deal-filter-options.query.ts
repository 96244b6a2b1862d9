import { graphql } from '../../../generated';

// The values the pipeline can be filtered by. Industries, products and owners come from the win/loss groups, which
// list every value closed deals carry (with the owner's id), so the pickers offer only values that match something.
export const dealFilterOptionsQuery = graphql(`
  query DealFilterOptions {
    teams {
      id
      name
    }
    industries: winLoss(groupBy: INDUSTRY) {
      key
    }
    products: winLoss(groupBy: PRODUCT) {
      key
    }
    owners: winLoss(groupBy: OWNER) {
      key
      groupId
    }
  }
`);
