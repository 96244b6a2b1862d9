import { graphql } from '../../../generated';

// Only normalised fields (scalars of Asset and User): on the asset page this is answered from the cache, and writing
// it back can never overwrite what the page loaded.
export const reuseTargetQuery = graphql(`
  query ReuseTarget($assetId: ID!) {
    viewer {
      id
    }
    asset(id: $assetId) {
      id
      title
      body
    }
  }
`);
