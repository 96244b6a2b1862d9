import { graphql } from '../../../generated';

// Not `occurredAt`: the API fails to serialise it (it hands the DateTime scalar a string), which voids the whole
// notice. The toast does not need it.
export const creditReceivedSubscription = graphql(`
  subscription CreditReceived {
    creditReceived {
      points
      reason
      assetId
      actorId
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
