import { graphql } from '../../../generated';

export const openDealsQuery = graphql(`
  query OpenDeals($ownerId: ID!) {
    deals(first: 50, outcome: OPEN, filter: { ownerId: $ownerId }) {
      totalCount
      edges {
        node {
          id
          name
          accountName
          product
          amount
        }
      }
    }
  }
`);
