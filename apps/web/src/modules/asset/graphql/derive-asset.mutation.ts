import { graphql } from '../../../generated';

export const deriveAssetMutation = graphql(`
  mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {
    deriveAsset(fromId: $fromId, input: $input) {
      ...AssetDetailFields
    }
  }
`);
