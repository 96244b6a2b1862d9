import { graphql } from '../../../generated';

export const assetVersionQuery = graphql(`
  query AssetVersion($assetId: ID!, $version: Int!) {
    assetVersion(assetId: $assetId, version: $version) {
      version
      change
      createdAt
      editedBy {
        id
        name
      }
      kind
      title
      summary
      body
      visibility
      industries
      buyerRoles
      journeyPhases
      products
      tags
      authors {
        role
        share
        user {
          id
          name
        }
      }
    }
  }
`);
