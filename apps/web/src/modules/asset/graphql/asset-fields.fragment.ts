import { graphql } from '../../../generated';

// What a card in the library or the feed shows. The authors' fields match the asset page's so the cached objects
// never disagree.
export const assetCardFieldsFragment = graphql(`
  fragment AssetCardFields on Asset {
    id
    kind
    title
    summary
    status
    visibility
    publishedAt
    createdAt
    industries
    buyerRoles
    journeyPhases
    products
    tags
    team {
      id
      name
    }
    derivedFrom {
      id
      title
    }
    authors {
      role
      share
      user {
        id
        name
        title
        team {
          id
          name
        }
      }
    }
  }
`);

// Everything the asset page and the editor need.
export const assetDetailFieldsFragment = graphql(`
  fragment AssetDetailFields on Asset {
    ...AssetCardFields
    ...AssetEndorsements
    body
    version
    updatedAt
    viewerCan {
      edit
      publish
      archive
      setAuthors
      adapt
      endorse
    }
    ancestry {
      id
      title
      kind
    }
    derivedAssets {
      ...AssetCardFields
    }
    attachments {
      ...AttachmentFields
    }
    versions {
      version
      change
      createdAt
      editedBy {
        id
        name
      }
    }
  }
`);
