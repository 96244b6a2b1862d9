import { graphql } from '../../../generated';

// The fields of a WIN_LOSS asset that an analysis card shows.
export const analysisFieldsFragment = graphql(`
  fragment AnalysisFields on Asset {
    id
    title
    summary
    status
    publishedAt
    createdAt
    authors {
      role
      share
      user {
        id
        name
      }
    }
    winLoss {
      outcome
      reasons
      competitor
      buyerRolesInvolved
      lessonsLearned
      updatedAt
    }
  }
`);

export const dealAnalysesQuery = graphql(`
  query DealAnalyses($id: ID!) {
    deal(id: $id) {
      id
      analyses {
        ...AnalysisFields
      }
    }
  }
`);
