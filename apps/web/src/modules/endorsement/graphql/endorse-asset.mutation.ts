import { graphql } from '../../../generated';

// Returns the asset's endorsements as they now are, so the cached asset (and the page showing it) updates at once.
export const endorseAssetMutation = graphql(`
  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {
    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {
      ...EndorsementFields
      asset {
        ...AssetEndorsements
      }
    }
  }
`);
