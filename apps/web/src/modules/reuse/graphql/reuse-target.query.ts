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

// Read from the cache only (never fetched): whether the viewer authors the asset, to explain a reuse that earned nothing.
export const reuseAssetAuthorsFragment = graphql(`
  fragment ReuseAssetAuthors on Asset {
    authors {
      user {
        id
      }
    }
  }
`);
