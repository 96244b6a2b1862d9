import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { POLICY_V2 } from '@byline/credit';
import { DataSource } from 'typeorm';
import { POLICY_V1 as STORED_V1, PUBLISH_POLICY_V2 } from '../../../../migrations/1796000000000-scoring-policy-v2.js';
import { CreditRebuildService } from '../../src/modules/credit/credit-rebuild.service.js';
import { CreditService } from '../../src/modules/credit/credit.service.js';
import type { NewCreditEvent } from '../../src/modules/credit/credit.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { signedIn } from '../factories/user.factory.js';
import { isolatedDatabase } from '../support/isolated-database.js';
import type { IsolatedDatabase } from '../support/isolated-database.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const UPDATE = graphql(`
  mutation ScoringPolicyUpdate($p: String!) {
    updateScoringPolicy(policy: $p)
  }
`);
const HISTORY = graphql(`
  query ScoringPolicyHistory {
    scoringPolicyHistory {
      version
      policy
      createdAt
      createdBy {
        id
      }
    }
  }
`);
const REUSE = graphql(`
  mutation ScoringPolicyReuse($i: RecordReuseInput!) {
    recordReuse(input: $i) {
      pointsAwarded
    }
  }
`);
const STATEMENT = graphql(`
  query ScoringPolicyStatement($u: ID!) {
    creditEntries(userId: $u, first: 10) {
      sum
      edges {
        node {
          points
          policyVersion
        }
      }
    }
  }
`);
const CURRENT = graphql(`
  query ScoringPolicyCurrent {
    scoringPolicy
  }
`);
const EVIDENCE = graphql(`
  query ScoringPolicyEvidence($u: ID!) {
    creditEntries(userId: $u, first: 20) {
      sum
      edges {
        node {
          points
          reason
          rule
          policyVersion
          evidence
          explanation
          actor {
            id
          }
        }
      }
    }
  }
`);

// The policy is the whole organisation's, so this runs on a database of its own: other files' credit stays on the
// default (v2, which the migrations publish).
describe('scoring policy versions', () => {
  let database: IsolatedDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await isolatedDatabase();
    app = await startTestApp({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('starts on v2, applies a new version to events from then on, keeps earlier entries as they were, and lists every version', async () => {
    const admin = await signedIn(app, Role.ADMIN);
    const author = await signedIn(app);
    const [first, second] = [await signedIn(app), await signedIn(app)];
    const asset = await createAsset(app, author.token);
    const reuse = (token: string, kind: 'COPY' | 'SHARE_WITH_CUSTOMER') =>
      app.gql(REUSE, { i: { assetId: asset.id, kind, clientEventId: randomUUID() } }, token);

    const current = JSON.parse((await app.gql(CURRENT, {}, admin.token)).data!.scoringPolicy) as typeof POLICY_V2;
    expect(current).toEqual(POLICY_V2);
    expect((await reuse(first.token, 'COPY')).data?.recordReuse.pointsAwarded).toBe(4);
    // A self-reported share is worth 4 under v2 (10 under v1).
    expect((await reuse(first.token, 'SHARE_WITH_CUSTOMER')).data?.recordReuse.pointsAwarded).toBe(4);
    const published = await app.gql(
      UPDATE,
      { p: JSON.stringify({ ...current, reuse: { ...current.reuse, COPY: 6 } }) },
      admin.token,
    );
    expect(JSON.parse(published.data!.updateScoringPolicy)).toMatchObject({
      version: 3,
      reuse: { COPY: 6, SHARE_WITH_CUSTOMER: 4 },
      shareLink: { created: 4, firstBuyerSession: 6 },
    });
    expect((await reuse(second.token, 'COPY')).data?.recordReuse.pointsAwarded).toBe(6);

    const statement = await app.gql(STATEMENT, { u: author.user.id }, author.token);
    const lines = statement.data!.creditEntries.edges.map((e) => e.node);
    // Publication (10, v2), the first copy and the share (4 each, v2), the copy after the change (6, v3).
    expect(lines.map((l) => `${l.points}@v${l.policyVersion}`).sort()).toEqual(['10@v2', '4@v2', '4@v2', '6@v3']);
    expect(statement.data!.creditEntries.sum).toBe(24);

    const history = await app.gql(HISTORY, {}, admin.token);
    const versions = history.data!.scoringPolicyHistory;
    // Version 2 was published by the migrations, by nobody; version 1 is built in.
    expect(versions.map((v) => [v.version, v.createdBy?.id ?? null, v.createdAt === null])).toEqual([
      [3, admin.user.id, false],
      [2, null, false],
      [1, null, true],
    ]);
    expect(JSON.parse(versions[1].policy)).toEqual(POLICY_V2);
    expect(JSON.parse(versions[2].policy)).toMatchObject({ version: 1, reuse: { SHARE_WITH_CUSTOMER: 10 } });
  });

  it('credits a share link 4 when created and 6 at its first buyer session, names the session as evidence, and replays', async () => {
    const [lead, co, sharer] = [await signedIn(app), await signedIn(app), await signedIn(app)];
    const asset = await createAsset(app, lead.token, {
      authors: [
        { userId: lead.user.id, role: 'LEAD_AUTHOR', share: 60 },
        { userId: co.user.id, role: 'CO_AUTHOR', share: 40 },
      ],
    });
    const db = app.byline.app.get(DataSource);
    const credit = app.byline.app.get(CreditService);
    const record = (event: NewCreditEvent) => db.transaction((em) => credit.record(em, event));
    const shareLinkId = randomUUID();
    const at = (time: string) => new Date(`2026-11-30T${time}:00Z`);

    const created = await record({
      kind: 'REUSE',
      actorId: sharer.user.id,
      assetId: asset.id,
      reuseKind: 'SHARE_WITH_CUSTOMER',
      viaShareLink: true,
      occurredAt: at('09:40'),
    });
    const viewed = await record({
      kind: 'SHARE_VIEWED',
      actorId: sharer.user.id,
      assetId: asset.id,
      shareLinkId,
      shareSessionId: randomUUID(),
      occurredAt: at('10:02'),
    });
    // A second buyer session within the repeat window is recorded and tops up nothing.
    const again = await record({
      kind: 'SHARE_VIEWED',
      actorId: sharer.user.id,
      assetId: asset.id,
      shareLinkId,
      shareSessionId: randomUUID(),
      occurredAt: at('11:15'),
    });
    // The author sharing their own asset earns nothing from its viewing.
    const own = await record({
      kind: 'SHARE_VIEWED',
      actorId: lead.user.id,
      assetId: asset.id,
      shareLinkId: randomUUID(),
      shareSessionId: randomUUID(),
      occurredAt: at('12:00'),
    });
    expect([created.awardedPoints, viewed.awardedPoints, again.awardedPoints, own.awardedPoints]).toEqual([4, 6, 0, 0]);
    expect(again.notes.map((n) => n.code)).toEqual(['REPEAT_REUSE']);
    expect(own.notes.map((n) => n.code)).toEqual(['SELF_CREDIT']);

    const fromSharer = async (userId: string, token: string) =>
      (await app.gql(EVIDENCE, { u: userId }, token))
        .data!.creditEntries.edges.map((e) => e.node)
        .filter((n) => n.actor?.id === sharer.user.id);
    const leadLines = await fromSharer(lead.user.id, lead.token);
    const coLines = await fromSharer(co.user.id, co.token);
    // 4 split 60/40 → 2 + 2; 6 → 4 + 2: the authors get 4 + 6 = 10 in all, as a v1 share.
    expect([...leadLines, ...coLines].reduce((sum, l) => sum + l.points, 0)).toBe(10);
    expect(leadLines.map((l) => [l.reason, l.rule, l.points]).sort()).toEqual([
      ['SHARED_WITH_CUSTOMER', 'shareLink.created', 2],
      ['SHARE_LINK_VIEWED', 'shareLink.firstBuyerSession', 4],
    ]);
    const session = leadLines.find((l) => l.reason === 'SHARE_LINK_VIEWED')!;
    expect(session.evidence).toBe('A buyer viewed the share link (session started 30 Nov 2026 10:02 UTC).');
    expect(session.explanation).toContain('Evidence: a buyer viewed the share link (session started 30 Nov 2026 10:02');
    expect(leadLines.find((l) => l.reason === 'SHARED_WITH_CUSTOMER')!.evidence).toBeNull();
    expect(coLines.map((l) => l.points).sort()).toEqual([2, 2]);

    // A template personalised for a deal is worth ADAPT (15) to the template's authors, and replays like the rest.
    const seller = await signedIn(app);
    const personalised = await record({
      kind: 'TEMPLATE_PERSONALISED',
      actorId: seller.user.id,
      assetId: asset.id,
      derivedAssetId: (await createAsset(app, seller.token)).id,
      dealId: randomUUID(),
    });
    expect(personalised.entries.map((e) => [e.beneficiaryId, e.points, e.reason, e.rule])).toEqual(
      expect.arrayContaining([
        [lead.user.id, 9, 'TEMPLATE_PERSONALISED', 'reuse.ADAPT'],
        [co.user.id, 6, 'TEMPLATE_PERSONALISED', 'reuse.ADAPT'],
      ]),
    );

    const report = await app.byline.app.get(CreditRebuildService).check();
    expect(report).toMatchObject({ firstDifference: null, chainDifference: null, rollupDifference: null });
  });

  it('reads a version stored before share links as its v1 equivalent, and v2 is published over it', async () => {
    const db = app.byline.app.get(DataSource);
    const [{ version: newest }] = await db.query<{ version: number }[]>(
      'SELECT max(version) AS version FROM scoring_policies',
    );
    // An admin's version from before share links: a share at 12, and no share-link values.
    const old = { ...STORED_V1, version: newest + 1, reuse: { ...STORED_V1.reuse, SHARE_WITH_CUSTOMER: 12 } };
    await db.query('INSERT INTO scoring_policies (version, policy) VALUES ($1, $2)', [
      old.version,
      JSON.stringify(old),
    ]);
    const [author, sharer] = [await signedIn(app), await signedIn(app)];
    const asset = await createAsset(app, author.token);
    const credit = app.byline.app.get(CreditService);
    const base = { actorId: sharer.user.id, assetId: asset.id };
    const link = await db.transaction((em) =>
      credit.record(em, { ...base, kind: 'REUSE', reuseKind: 'SHARE_WITH_CUSTOMER', viaShareLink: true }),
    );
    const viewed = await db.transaction((em) =>
      credit.record(em, { ...base, kind: 'SHARE_VIEWED', shareLinkId: randomUUID(), shareSessionId: randomUUID() }),
    );
    // Under that version a link is its share (12) and a buyer's viewing earns nothing.
    expect([link.policyVersion, link.awardedPoints, viewed.awardedPoints]).toEqual([old.version, 12, 0]);
    expect(viewed.notes.map((n) => n.code)).toEqual(['NO_POINTS']);

    // What the v2 migration does to a database with that version in force: the next version, by nobody.
    await db.query(PUBLISH_POLICY_V2, [JSON.stringify(STORED_V1)]);
    const [next] = await db.query<{ version: number; policy: typeof POLICY_V2; created_by: string | null }[]>(
      'SELECT version, policy, created_by FROM scoring_policies ORDER BY version DESC LIMIT 1',
    );
    expect(next.version).toBe(old.version + 1);
    expect(next.created_by).toBeNull();
    expect(next.policy).toEqual({
      ...old,
      version: old.version + 1,
      reuse: { ...old.reuse, SHARE_WITH_CUSTOMER: 4 },
      shareLink: { created: 4, firstBuyerSession: 6 },
    });
    const admin = await signedIn(app, Role.ADMIN);
    // Stored before questions existed, it is served with v2's value for an accepted answer filled in.
    expect(JSON.parse((await app.gql(CURRENT, {}, admin.token)).data!.scoringPolicy)).toEqual({
      ...next.policy,
      answer: { accepted: 10 },
    });
    const history = (await app.gql(HISTORY, {}, admin.token)).data!.scoringPolicyHistory;
    expect(JSON.parse(history.find((v) => v.version === old.version)!.policy)).toMatchObject({
      shareLink: { created: 12, firstBuyerSession: 0 },
    });

    // Replaying the events booked under the old version still gives the ledger.
    const report = await app.byline.app.get(CreditRebuildService).check();
    expect(report).toMatchObject({ firstDifference: null, chainDifference: null, rollupDifference: null });
  });

  it('refuses a value out of range with BAD_USER_INPUT naming it, and publishes nothing', async () => {
    const admin = await signedIn(app, Role.ADMIN);
    const count = async () => (await app.gql(HISTORY, {}, admin.token)).data!.scoringPolicyHistory.length;
    const before = await count();
    const current = JSON.parse((await app.gql(CURRENT, {}, admin.token)).data!.scoringPolicy) as {
      reuse: Record<string, number>;
    };

    const negative = await app.gql(
      UPDATE,
      { p: JSON.stringify({ ...current, reuse: { ...current.reuse, COPY: -1 } }) },
      admin.token,
    );
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0].extensions?.field).toBe('policy.reuse.COPY');
    const notJson = await app.gql(UPDATE, { p: '{ not json' }, admin.token);
    expect(errorCode(notJson)).toBe('BAD_USER_INPUT');
    // A submitted policy must be complete: the share-link values are not filled in as for a stored old version.
    const { shareLink: _omitted, ...withoutShareLink } = current as { shareLink?: unknown; reuse: unknown };
    const incomplete = await app.gql(UPDATE, { p: JSON.stringify(withoutShareLink) }, admin.token);
    expect(errorCode(incomplete)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors?.[0].extensions?.field).toBe('policy.shareLink');
    expect(await count()).toBe(before);
  });
});
