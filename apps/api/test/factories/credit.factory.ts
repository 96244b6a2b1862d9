import { randomUUID } from 'node:crypto';
import { graphql } from '../generated/gql.js';
import type { EndorsementKind, PeriodInput, ReuseKind } from '../generated/graphql.js';
import type { TestApp } from '../support/test-app.js';

export const RECORD_REUSE = graphql(`
  mutation RecordReuse($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      id
      kind
      pointsAwarded
    }
  }
`);

export const ENDORSE = graphql(`
  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!) {
    endorseAsset(assetId: $assetId, kind: $kind) {
      id
      pointsAwarded
    }
  }
`);

export const WITHDRAW_ENDORSEMENT = graphql(`
  mutation WithdrawEndorsement($id: ID!) {
    withdrawEndorsement(id: $id)
  }
`);

export const CREDIT_STATEMENT = graphql(`
  query CreditStatement($userId: ID!, $period: PeriodInput, $after: String) {
    creditEntries(userId: $userId, period: $period, first: 100, after: $after) {
      sum
      totalCount
      edges {
        node {
          points
          reason
          explanation
          actor {
            id
          }
          asset {
            id
          }
          policyVersion
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Records a reuse (a new client event id unless given) and returns what it awarded; an error fails the test. */
export async function reuse(
  app: TestApp,
  token: string,
  assetId: string,
  kind: ReuseKind,
  options: { dealId?: string; clientEventId?: string } = {},
) {
  const res = await app.gql(
    RECORD_REUSE,
    { input: { assetId, kind, dealId: options.dealId, clientEventId: options.clientEventId ?? randomUUID() } },
    token,
  );
  if (!res.data?.recordReuse) throw new Error(`recordReuse failed: ${JSON.stringify(res.errors)}`);
  return res.data.recordReuse;
}

/** Several people's reuses of one asset, in order: `await reuses(app, asset.id, [[ben, 'COPY'], [cat, 'VIEW']])`. */
export async function reuses(app: TestApp, assetId: string, list: [{ token: string }, ReuseKind][]) {
  for (const [who, kind] of list) await reuse(app, who.token, assetId, kind);
}

/** Endorses an asset and returns the endorsement; an error fails the test. */
export async function endorse(app: TestApp, token: string, assetId: string, kind: EndorsementKind) {
  const res = await app.gql(ENDORSE, { assetId, kind }, token);
  if (!res.data?.endorseAsset) throw new Error(`endorseAsset failed: ${JSON.stringify(res.errors)}`);
  return res.data.endorseAsset;
}

export async function withdrawEndorsement(app: TestApp, token: string, id: string) {
  const res = await app.gql(WITHDRAW_ENDORSEMENT, { id }, token);
  if (!res.data?.withdrawEndorsement) throw new Error(`withdrawEndorsement failed: ${JSON.stringify(res.errors)}`);
}

/** The sum of a person's credit statement, read as they read it (all time unless a period is given). */
export async function creditOf(app: TestApp, user: { id: string; token: string }, period?: PeriodInput) {
  const res = await app.gql(CREDIT_STATEMENT, { userId: user.id, period }, user.token);
  if (!res.data) throw new Error(`creditEntries failed: ${JSON.stringify(res.errors)}`);
  return res.data.creditEntries.sum;
}

/** The sums of several people's statements, by key: `await credits(app, { ann, ben })` → `{ ann: 6, ben: 4 }`. */
export async function credits<K extends string>(app: TestApp, people: Record<K, { id: string; token: string }>) {
  const entries = await Promise.all(
    Object.entries<{ id: string; token: string }>(people).map(async ([key, who]) => [key, await creditOf(app, who)]),
  );
  return Object.fromEntries(entries) as Record<K, number>;
}
