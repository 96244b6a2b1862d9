import { graphql } from '../../../generated';

export const creditPersonQuery = graphql(`
  query CreditPerson($id: ID!) {
    user(id: $id) {
      id
      name
      title
      status
      team {
        id
        name
      }
    }
  }
`);
