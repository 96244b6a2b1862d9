import { graphql } from '../../../generated';

// Facets are asked for with the first page only; "Load more" keeps them.
export const libraryAssetsQuery = graphql(`
  query LibraryAssets(
    $search: String
    $filter: AssetFilter
    $sort: AssetSort
    $first: Int
    $after: String
    $withFacets: Boolean!
  ) {
    assets(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets @include(if: $withFacets) {
        kinds {
          value
          label
          count
        }
        industries {
          value
          label
          count
        }
        buyerRoles {
          value
          label
          count
        }
        journeyPhases {
          value
          label
          count
        }
        products {
          value
          label
          count
        }
        tags {
          value
          label
          count
        }
        teams {
          value
          label
          count
        }
        authors {
          value
          label
          count
        }
      }
      edges {
        cursor
        node {
          ...AssetCardFields
        }
      }
    }
  }
`);
