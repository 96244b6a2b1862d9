import { graphql } from '../../../generated';

export const assetDetailQuery = graphql(`
  query AssetDetail($id: ID!) {
    asset(id: $id) {
      ...AssetDetailFields
    }
  }
`);
