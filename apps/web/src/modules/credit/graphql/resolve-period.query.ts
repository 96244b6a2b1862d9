import { graphql } from '../../../generated';

export const resolvePeriodQuery = graphql(`
  query ResolvePeriod($period: PeriodInput!) {
    period(period: $period) {
      ...PeriodFields
    }
  }
`);
