import { graphql } from '../../../generated';

export const authorshipReportFieldsFragment = graphql(`
  fragment AuthorshipReportFields on AuthorshipReport {
    credit
    rank
    assetsAuthored
    reusesReceived {
      kind
      count
    }
    uniqueReusers
    teamsReached
    endorsementsReceived {
      kind
      count
    }
    derivedAssets
    wonDealsInfluenced
    wonAmountInfluenced
    engagement {
      sharing
      participating
      contributing
    }
  }
`);

export const personReportQuery = graphql(`
  query PersonReport($userId: ID!, $period: PeriodInput!) {
    authorshipReport(userId: $userId, period: $period) {
      period {
        ...PeriodFields
      }
      user {
        id
        name
        title
        status
        team {
          id
          name
        }
      }
      ...AuthorshipReportFields
      csv
    }
  }
`);

// A team's report lists its members' reports: the team table needs one request, not one per person.
export const teamReportQuery = graphql(`
  query TeamReport($teamId: ID!, $period: PeriodInput!) {
    authorshipReport(teamId: $teamId, period: $period) {
      period {
        ...PeriodFields
      }
      team {
        id
        name
      }
      ...AuthorshipReportFields
      csv
      members {
        user {
          id
          name
          title
          status
        }
        ...AuthorshipReportFields
      }
    }
  }
`);
