import { graphql } from '../../../generated';

export const withdrawEndorsementMutation = graphql(`
  mutation WithdrawEndorsement($id: ID!) {
    withdrawEndorsement(id: $id)
  }
`);

// withdrawEndorsement answers only true: read the asset's endorsements again afterwards.
export const assetEndorsementsQuery = graphql(`
  query AssetEndorsementsRefresh($assetId: ID!) {
    asset(id: $assetId) {
      ...AssetEndorsements
    }
  }
`);
