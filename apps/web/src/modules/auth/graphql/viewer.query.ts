import { graphql } from '../../../generated';

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      title
      role
      status
      team {
        id
        name
      }
      viewerCan {
        readCredit
        administer
        readEveryTeamReport
        importAccounts
        importTeams
        importDeals
        addTaxonomyTerms
        verifyAssets
        readDealAuditTrails
      }
    }
  }
`);
