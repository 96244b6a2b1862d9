import { graphql } from '../../../generated';

// Every stats field: AssetStats has no id, so a mutation that returns only some of them would overwrite the cached
// object and leave the asset page without the others.
export const reuseAssetStatsFragment = graphql(`
  fragment ReuseAssetStats on Asset {
    id
    stats {
      reuseCount
      uniqueReusers
      teamsReached
      viewCount
      endorsementCount
      creditGenerated
    }
  }
`);
