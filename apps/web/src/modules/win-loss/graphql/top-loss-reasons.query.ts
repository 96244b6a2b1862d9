import { graphql } from '../../../generated';

export const topLossReasonsQuery = graphql(`
  query TopLossReasons($filter: DealFilter, $first: Int) {
    topLossReasons(filter: $filter, first: $first) {
      reason
      count
      share
    }
  }
`);
