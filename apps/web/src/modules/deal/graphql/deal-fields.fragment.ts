import { graphql } from '../../../generated';

// A deal as a row of the pipeline table.
export const dealRowFieldsFragment = graphql(`
  fragment DealRowFields on Deal {
    id
    externalId
    name
    accountName
    industry
    product
    amount
    outcome
    stage
    closedAt
    owner {
      id
      name
    }
    team {
      id
      name
    }
  }
`);

// Everything the deal page shows about the deal itself.
export const dealDetailFieldsFragment = graphql(`
  fragment DealDetailFields on Deal {
    ...DealRowFields
    competitor
    engagedAt
  }
`);
