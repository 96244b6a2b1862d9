import { graphql } from '../../../generated';

export const dealQuery = graphql(`
  query Deal($id: ID!) {
    deal(id: $id) {
      ...DealDetailFields
    }
  }
`);
