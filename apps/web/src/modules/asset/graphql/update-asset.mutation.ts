import { graphql } from '../../../generated';

export const updateAssetMutation = graphql(`
  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      ...AssetDetailFields
    }
  }
`);
