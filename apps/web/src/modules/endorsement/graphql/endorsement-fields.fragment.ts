import { graphql } from '../../../generated';

/** What EndorseButtons needs of each endorsement; spread it into the asset page's query. */
export const endorsementFieldsFragment = graphql(`
  fragment EndorsementFields on Endorsement {
    id
    kind
    comment
    createdAt
    pointsAwarded
    endorser {
      id
      name
    }
  }
`);

export const assetEndorsementsFragment = graphql(`
  fragment AssetEndorsements on Asset {
    id
    endorsements {
      ...EndorsementFields
    }
    ...ReuseAssetStats
  }
`);
