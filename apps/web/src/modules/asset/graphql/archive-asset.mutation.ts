import { graphql } from '../../../generated';

export const archiveAssetMutation = graphql(`
  mutation ArchiveAsset($id: ID!) {
    archiveAsset(id: $id) {
      ...AssetDetailFields
    }
  }
`);
