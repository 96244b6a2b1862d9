import { graphql } from '../../../generated';

export const dealAuditTrailQuery = graphql(`
  query DealAuditTrail($id: ID!) {
    deal(id: $id) {
      id
      auditTrail {
        id
        field
        before
        after
        source
        changedAt
        actor {
          id
          name
        }
      }
    }
  }
`);
