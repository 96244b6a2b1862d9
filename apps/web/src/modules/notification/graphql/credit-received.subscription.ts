import { graphql } from '../../../generated';

export const creditReceivedSubscription = graphql(`
  subscription CreditReceived {
    creditReceived {
      points
      reason
      assetId
      actorId
      occurredAt
    }
  }
`);

// Names for the toast: who did it and to which asset (the asset may be one the viewer can no longer see).
export const creditNoticeContextQuery = graphql(`
  query CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {
    user(id: $actorId) {
      id
      name
    }
    asset(id: $assetId) @include(if: $withAsset) {
      id
      title
    }
  }
`);
