import { graphql } from '../../../generated';

export const winLossQuery = graphql(`
  query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {
    winLoss(groupBy: $groupBy, filter: $filter) {
      key
      groupId
      won
      lost
      winRate
      wonAmount
      lostAmount
      avgCycleDays
    }
  }
`);
