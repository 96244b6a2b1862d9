import { graphql } from '../../../generated';

export const contentInfluenceQuery = graphql(`
  query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {
    contentInfluence(filter: $filter, minClosedDeals: $minClosedDeals, first: $first) {
      dealsUsedIn
      won
      lost
      winRate
      comparableDeals
      baselineWinRate
      lift
      enoughData
      winRateInterval {
        low
        high
      }
      asset {
        id
        kind
        title
      }
    }
  }
`);
