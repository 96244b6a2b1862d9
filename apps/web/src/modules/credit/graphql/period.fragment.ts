import { graphql } from '../../../generated';

export const periodFieldsFragment = graphql(`
  fragment PeriodFields on Period {
    kind
    label
    from
    to
    closed
  }
`);
