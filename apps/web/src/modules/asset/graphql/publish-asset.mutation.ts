import { graphql } from '../../../generated';

export const publishAssetMutation = graphql(`
  mutation PublishAsset($id: ID!) {
    publishAsset(id: $id) {
      ...AssetDetailFields
    }
  }
`);
