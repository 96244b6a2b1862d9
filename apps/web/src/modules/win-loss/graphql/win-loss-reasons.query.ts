import { graphql } from '../../../generated';

export const winLossReasonsQuery = graphql(`
  query WinLossReasons {
    winLossReasons {
      id
      label
    }
  }
`);
