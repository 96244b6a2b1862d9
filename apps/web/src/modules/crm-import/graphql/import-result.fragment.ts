import { graphql } from '../../../generated';

// The HTTP import routes answer the GraphQL ImportResult as JSON: this fragment types it from the committed schema.
export const importResultFieldsFragment = graphql(`
  fragment ImportResultFields on ImportResult {
    rows
    created
    updated
    unchanged
    skipped
    errors {
      row
      message
    }
  }
`);
