import { graphql } from '../../../generated';

export const setAuthorsMutation = graphql(`
  mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {
    setAuthors(assetId: $assetId, authors: $authors) {
      ...AssetDetailFields
    }
  }
`);
