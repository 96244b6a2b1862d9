import { graphql } from '../../../generated';

export const createAssetMutation = graphql(`
  mutation CreateAsset($input: CreateAssetInput!) {
    createAsset(input: $input) {
      ...AssetDetailFields
    }
  }
`);
