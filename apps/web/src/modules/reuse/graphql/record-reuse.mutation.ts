import { graphql } from '../../../generated';

export const recordReuseMutation = graphql(`
  mutation RecordReuse($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      id
      kind
      occurredAt
      pointsAwarded
      explanation
      asset {
        ...ReuseAssetStats
      }
    }
  }
`);
