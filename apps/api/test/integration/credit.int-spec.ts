import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, deriveAsset, publish, setAuthors } from '../factories/asset.factory.js';
import {
  CREDIT_STATEMENT,
  ENDORSE,
  RECORD_REUSE,
  WITHDRAW_ENDORSEMENT,
  creditOf,
  credits,
  endorse,
  reuse,
  withdrawEndorsement,
} from '../factories/credit.factory.js';
import { createTeam, person, setManagers } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const TEAM_LEADERBOARD = graphql(`
  query CreditTeamLeaderboard($teamId: ID!, $period: PeriodInput!) {
    leaderboard(period: $period, teamId: $teamId, metric: CREDIT) {
      entries {
        rank
        value
        user {
          id
        }
      }
      viewerEntry {
        rank
      }
    }
  }
`);

const IMPORT_DEALS = graphql(`
  mutation CreditImportDeals($csv: String!) {
    importDeals(csv: $csv) {
      created
      updated
    }
  }
`);

const DEALS_OF_OWNER = graphql(`
  query CreditDealsOfOwner($ownerId: ID) {
    deals(filter: { ownerId: $ownerId }, first: 10) {
      edges {
        node {
          id
          externalId
        }
      }
    }
  }
`);

// The default policy, v2 (v1's values but a self-reported share): publication 10, COPY 4, SHARE_WITH_CUSTOMER 4,
// USED_IN_DEAL 10, HELPFUL 4, VERIFIED 6, ADAPT 15, lineage 25% rounded half up, deal pool 100.
describe('credit under the default scoring policy (v2)', () => {
  let app: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
  });
  afterAll(() => app.close());

  /** An asset authored by two people 60/40, published. */
  const coAuthored = async (lead: SignedIn, co: SignedIn) =>
    createAsset(app, lead.token, {
      authors: [
        { userId: lead.id, role: 'LEAD_AUTHOR', share: 60 },
        { userId: co.id, role: 'CO_AUTHOR', share: 40 },
      ],
    });

  describe('publication and reuse', () => {
    it('publishing an asset credits its authors 10 points, split by their shares', async () => {
      const [ann, ben] = [await person(app), await person(app)];
      await coAuthored(ann, ben);
      expect(await credits(app, { ann, ben })).toEqual({ ann: 6, ben: 4 });
    });

    it('a copy credits the authors 4 points, split by largest remainder (2.4 / 1.6 → 2 / 2)', async () => {
      const [ann, ben, cat] = [await person(app), await person(app), await person(app)];
      const asset = await coAuthored(ann, ben);
      expect((await reuse(app, cat.token, asset.id, 'COPY')).pointsAwarded).toBe(4);
      expect(await credits(app, { ann, ben, cat })).toEqual({ ann: 6 + 2, ben: 4 + 2, cat: 0 });
    });

    it('an author reusing their own asset earns nothing, and the reuse is still recorded', async () => {
      const ann = await person(app);
      const asset = await createAsset(app, ann.token);
      const own = await reuse(app, ann.token, asset.id, 'COPY');
      expect(own).toEqual({ id: expect.any(String), kind: 'COPY', pointsAwarded: 0 });
      expect(await creditOf(app, ann)).toBe(10);
    });

    it("publishing an adaptation credits the adapter 10 and the original's authors 15 (9 / 6)", async () => {
      const [ann, ben, cat] = [await person(app), await person(app), await person(app)];
      const original = await coAuthored(ann, ben);
      await deriveAsset(app, cat.token, original.id);
      expect(await credits(app, { ann, ben, cat })).toEqual({ ann: 6 + 9, ben: 4 + 6, cat: 10 });
    });

    it("a copy of an adaptation sends 25% of its 4 (1) up to the original's authors and 3 to the adapter", async () => {
      const [ann, ben, cat, dan] = [await person(app), await person(app), await person(app), await person(app)];
      const original = await coAuthored(ann, ben);
      const adaptation = await deriveAsset(app, cat.token, original.id);
      expect((await reuse(app, dan.token, adaptation.id, 'COPY')).pointsAwarded).toBe(4);
      // The one lineage point goes to the larger share: ann 60%.
      expect(await credits(app, { ann, ben, cat })).toEqual({ ann: 15 + 1, ben: 10, cat: 10 + 3 });
    });

    it('an unknown asset, or one the reuser cannot see, is NOT_FOUND for reuse and endorsement', async () => {
      const team = await createTeam(app);
      const owner = await person(app, { teamId: team.id });
      const teamAsset = await createAsset(app, owner.token, { visibility: 'TEAM' });
      const outsider = await person(app);
      for (const assetId of [teamAsset.id, '00000000-0000-4000-8000-000000000000']) {
        const reused = await app.gql(
          RECORD_REUSE,
          { input: { assetId, kind: 'COPY', clientEventId: randomUUID() } },
          outsider.token,
        );
        expect(errorCode(reused)).toBe('NOT_FOUND');
        expect(errorCode(await app.gql(ENDORSE, { assetId, kind: 'HELPFUL' }, outsider.token))).toBe('NOT_FOUND');
      }
      expect(await creditOf(app, owner)).toBe(10);
    });
  });

  describe('endorsement', () => {
    it('a helpful endorsement credits the authors 4 points (2 / 2)', async () => {
      const [ann, ben, dan] = [await person(app), await person(app), await person(app)];
      const asset = await coAuthored(ann, ben);
      expect((await endorse(app, dan.token, asset.id, 'HELPFUL')).pointsAwarded).toBe(4);
      expect(await credits(app, { ann, ben })).toEqual({ ann: 6 + 2, ben: 4 + 2 });
    });

    it("a verification by enablement earns 6, of which round(1.5) = 2 go up to the original's authors", async () => {
      const [ann, ben, cat] = [await person(app), await person(app), await person(app)];
      const enablement = await person(app, { role: Role.ENABLEMENT });
      const adaptation = await deriveAsset(app, cat.token, (await coAuthored(ann, ben)).id);
      expect((await endorse(app, enablement.token, adaptation.id, 'VERIFIED')).pointsAwarded).toBe(6);
      expect(await credits(app, { ann, ben, cat })).toEqual({ ann: 15 + 1, ben: 10 + 1, cat: 10 + 4 });
    });

    it("a helpful endorsement of an adaptation sends 1 of its 4 up to the original's authors", async () => {
      const [ann, ben, cat, dan] = [await person(app), await person(app), await person(app), await person(app)];
      const adaptation = await deriveAsset(app, cat.token, (await coAuthored(ann, ben)).id);
      await endorse(app, dan.token, adaptation.id, 'HELPFUL');
      expect(await credits(app, { ann, ben, cat })).toEqual({ ann: 15 + 1, ben: 10, cat: 10 + 3 });
    });

    it('a second endorsement of the same kind by the same person is a CONFLICT', async () => {
      const [ann, dan] = [await person(app), await person(app)];
      const asset = await createAsset(app, ann.token);
      await endorse(app, dan.token, asset.id, 'HELPFUL');
      expect(errorCode(await app.gql(ENDORSE, { assetId: asset.id, kind: 'HELPFUL' }, dan.token))).toBe('CONFLICT');
      expect(await creditOf(app, ann)).toBe(10 + 4);
    });

    it('an author cannot endorse their own asset', async () => {
      const ann = await person(app);
      const asset = await createAsset(app, ann.token);
      const own = await app.gql(ENDORSE, { assetId: asset.id, kind: 'HELPFUL' }, ann.token);
      expect(errorCode(own)).toBe('BAD_USER_INPUT');
    });

    it('a member cannot verify an asset: only enablement can', async () => {
      const [ann, cat] = [await person(app), await person(app)];
      const asset = await createAsset(app, ann.token);
      expect(errorCode(await app.gql(ENDORSE, { assetId: asset.id, kind: 'VERIFIED' }, cat.token))).toBe('FORBIDDEN');
    });

    it('only the endorser can withdraw an endorsement', async () => {
      const [ann, cat, dan] = [await person(app), await person(app), await person(app)];
      const endorsement = await endorse(app, dan.token, (await createAsset(app, ann.token)).id, 'HELPFUL');
      expect(errorCode(await app.gql(WITHDRAW_ENDORSEMENT, { id: endorsement.id }, cat.token))).toBe('FORBIDDEN');
      expect(await creditOf(app, ann)).toBe(10 + 4);
    });

    it('withdrawing an endorsement reverses its credit (−2 / −2), and a second withdrawal is a CONFLICT', async () => {
      const [ann, ben, dan] = [await person(app), await person(app), await person(app)];
      const endorsement = await endorse(app, dan.token, (await coAuthored(ann, ben)).id, 'HELPFUL');
      const withdrawn = await app.gql(WITHDRAW_ENDORSEMENT, { id: endorsement.id }, dan.token);
      expect(withdrawn.data).toEqual({ withdrawEndorsement: true });
      expect(await credits(app, { ann, ben })).toEqual({ ann: 6 + 2 - 2, ben: 4 + 2 - 2 });
      expect(errorCode(await app.gql(WITHDRAW_ENDORSEMENT, { id: endorsement.id }, dan.token))).toBe('CONFLICT');
    });
  });

  // The one story of this file: a team's whole month of publishing, reuse, adaptation and endorsement, and what the
  // statements, the event log and the leaderboards say at its end.
  it('a team story: statements add up to the policy table, every event is conserved and the board ranks by them', async () => {
    const team = await createTeam(app);
    // Named A to E: the board breaks a tie by name.
    const tag = randomUUID().slice(0, 4);
    const member = (key: string, role = Role.MEMBER) =>
      person(app, { role, teamId: team.id, name: `${key} Person ${tag}` });
    const [A, B, C, D, E] = [
      await member('A'),
      await member('B'),
      await member('C'),
      await member('D'),
      await member('E', Role.ENABLEMENT),
    ];
    // A and B author X, 60/40, set before it is published.
    const x = await createAsset(app, A.token, { title: 'Objection handling for procurement' }, { publish: false });
    await setAuthors(app, A.token, x.id, [
      { userId: A.id, role: 'LEAD_AUTHOR', share: 60 },
      { userId: B.id, role: 'CO_AUTHOR', share: 40 },
    ]);
    await publish(app, A.token, x.id);
    await reuse(app, C.token, x.id, 'COPY');
    await reuse(app, A.token, x.id, 'COPY');
    const y = await deriveAsset(app, C.token, x.id, { title: 'Objection handling for hospital procurement' });
    await reuse(app, D.token, y.id, 'COPY');
    const helpfulX = await endorse(app, D.token, x.id, 'HELPFUL');
    await endorse(app, E.token, y.id, 'VERIFIED');
    await endorse(app, D.token, y.id, 'HELPFUL');
    await withdrawEndorsement(app, D.token, helpfulX.id);

    expect(await credits(app, { A, B, C, D, E })).toEqual({
      A: 6 + 2 + 9 + 1 + 2 + 1 + 1 - 2,
      B: 4 + 2 + 6 + 2 + 1 - 2,
      C: 10 + 3 + 4 + 3,
      D: 0,
      E: 0,
    });

    // Conservation: every event's entries add up to what it awarded.
    const mismatched: unknown[] = await db.query(
      `SELECT ev.id FROM credit_events ev LEFT JOIN credit_entries ce ON ce.event_id = ev.id
        WHERE ev.actor_id = ANY($1) GROUP BY ev.id, ev.awarded_points HAVING coalesce(sum(ce.points), 0) <> ev.awarded_points`,
      [[A, B, C, D, E].map((p) => p.id)],
    );
    expect(mismatched).toEqual([]);

    // The team's all-time leaderboard equals the statements, with competition ranking for the tie.
    const board = await app.gql(TEAM_LEADERBOARD, { teamId: team.id, period: { kind: 'ALL_TIME' } }, B.token);
    expect(board.data?.leaderboard.entries.map((e) => [e.user.id, e.rank, e.value])).toEqual([
      [A.id, 1, 20],
      [C.id, 1, 20],
      [B.id, 3, 13],
    ]);
    expect(board.data?.leaderboard.viewerEntry).toEqual({ rank: 3 });
    const monthly = await app.gql(TEAM_LEADERBOARD, { teamId: team.id, period: { kind: 'MONTH' } }, B.token);
    expect(monthly.data?.leaderboard.entries.map((e) => e.value)).toEqual([20, 20, 13]);
  });

  describe('the statement and the ledger', () => {
    it('every statement line is explained under the default policy v2, and the lines add up to the sum', async () => {
      const [ann, ben, cat] = [await person(app), await person(app), await person(app)];
      const asset = await coAuthored(ann, ben);
      await reuse(app, cat.token, asset.id, 'COPY');
      await endorse(app, cat.token, asset.id, 'HELPFUL');
      const res = await app.gql(CREDIT_STATEMENT, { userId: ann.id }, ann.token);
      const lines = res.data!.creditEntries.edges.map((e) => e.node);
      expect(lines).toHaveLength(3);
      expect(lines.reduce((s, l) => s + l.points, 0)).toBe(res.data!.creditEntries.sum);
      expect(lines.every((l) => l.explanation.length > 10 && l.policyVersion === 2)).toBe(true);
    });

    it('the statement is newest booked first, page after page, and names the reason it comes from', async () => {
      const [ann, cat] = [await person(app), await person(app)];
      const asset = await createAsset(app, ann.token);
      await reuse(app, cat.token, asset.id, 'COPY');
      await endorse(app, cat.token, asset.id, 'HELPFUL');
      const page = (after?: string) =>
        app.gql(
          `query($u: ID!, $after: String) { creditEntries(userId: $u, period: { kind: ALL_TIME }, first: 1, after: $after) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { id reason sourceReason bookedAt } } } }`,
          { u: ann.id, after },
          ann.token,
        ) as Promise<{
          data?: {
            creditEntries: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { id: string; reason: string; sourceReason: string; bookedAt: string } }[];
            };
          };
        }>;
      const seen: { id: string; reason: string; sourceReason: string; bookedAt: string }[] = [];
      let after: string | undefined;
      for (;;) {
        const res = await page(after);
        const connection = res.data!.creditEntries;
        seen.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor!;
      }
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      const times = seen.map((e) => Date.parse(e.bookedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(seen[0].reason).toBe('ENDORSED_HELPFUL');
      expect(seen.every((e) => e.sourceReason === e.reason)).toBe(true);
    });

    it('the database refuses to update, delete or truncate credit entries', async () => {
      const ann = await person(app);
      await createAsset(app, ann.token);
      const refused = /immutable|permission denied/;
      await expect(
        db.query('UPDATE credit_entries SET points = points + 100 WHERE beneficiary_id = $1', [ann.id]),
      ).rejects.toThrow(refused);
      await expect(db.query('DELETE FROM credit_entries WHERE beneficiary_id = $1', [ann.id])).rejects.toThrow(refused);
      await expect(db.query('TRUNCATE credit_entries CASCADE')).rejects.toThrow(refused);
      expect(await creditOf(app, ann)).toBe(10);
    });

    it("a member cannot read someone else's statement", async () => {
      const [ann, ben] = [await person(app), await person(app)];
      expect(errorCode(await app.gql(CREDIT_STATEMENT, { userId: ann.id }, ben.token))).toBe('FORBIDDEN');
    });

    it("a manager reads the statements of their team's members, and no one else's", async () => {
      const team = await createTeam(app);
      const ann = await person(app, { teamId: team.id });
      const manager = await person(app, { role: Role.MANAGER });
      expect(errorCode(await app.gql(CREDIT_STATEMENT, { userId: ann.id }, manager.token))).toBe('FORBIDDEN');
      await setManagers(app, team.id, [manager.id]);
      expect((await app.gql(CREDIT_STATEMENT, { userId: ann.id }, manager.token)).errors).toBeUndefined();
    });

    it('a statement of a future period is refused, naming period.at', async () => {
      const ann = await person(app);
      const future = { kind: 'MONTH', at: '2999-01-01T00:00:00Z' } as const;
      const res = await app.gql(CREDIT_STATEMENT, { userId: ann.id, period: future }, ann.token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.at' });
    });

    it('a period kind the schema does not know fails validation', async () => {
      const ann = await person(app);
      const res = await app.gql(
        'query($u: ID!) { creditEntries(userId: $u, period: { kind: DECADE }) { sum } }',
        { u: ann.id },
        ann.token,
      );
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    });
  });

  describe('a won deal', () => {
    it('splits the pool of 100 over the used assets its owner did not author, once however often it is re-imported', async () => {
      const tag = randomUUID().slice(0, 6);
      const team = await createTeam(app);
      const owner = await person(app, { role: Role.MANAGER, teamId: team.id, name: `Owner ${tag}` });
      await setManagers(app, team.id, [owner.id]);
      const [ann, ben] = [await person(app, { teamId: team.id }), await person(app, { teamId: team.id })];
      const a = await createAsset(app, ann.token);
      const b = await createAsset(app, ben.token);
      const own = await createAsset(app, owner.token);
      const csv = (stage: string, close: string) =>
        `opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nWON-${tag},${owner.name},GTX Pro,,${stage},2026-01-05,${close},5000\n`;
      const imported = await app.gql(IMPORT_DEALS, { csv: csv('Engaging', '') }, owner.token);
      expect(imported.data?.importDeals.created).toBe(1);
      const deals = await app.gql(DEALS_OF_OWNER, { ownerId: owner.id }, owner.token);
      const dealId = deals.data!.deals.edges.find((e) => e.node.externalId === `WON-${tag}`)!.node.id;
      for (const assetId of [a.id, b.id, own.id, a.id]) {
        await reuse(app, owner.token, assetId, 'USED_IN_DEAL', { dealId });
      }
      const before = await credits(app, { ann, ben });
      for (let i = 0; i < 2; i++) {
        // Closed today: the content was used before the end of the close day.
        const won = await app.gql(
          IMPORT_DEALS,
          { csv: csv('Won', new Date().toISOString().slice(0, 10)) },
          owner.token,
        );
        expect(won.errors).toBeUndefined();
      }
      const after = await credits(app, { ann, ben });
      // Two eligible assets (the owner's own is left out): 50 each, once.
      expect({ ann: after.ann - before.ann, ben: after.ben - before.ben }).toEqual({ ann: 50, ben: 50 });
    });
  });

  describe('concurrency and retries', () => {
    it('50 concurrent reuses of one asset, repeated client ids included, give exactly the right totals', async () => {
      const team = await createTeam(app);
      const author = await person(app, { teamId: team.id });
      const asset = await createAsset(app, author.token);
      const actors = await Promise.all(Array.from({ length: 10 }, () => person(app, { teamId: team.id })));
      const calls = actors.flatMap(({ token }) => {
        const copy = randomUUID();
        return [
          [token, 'COPY', copy],
          [token, 'COPY', copy],
          [token, 'COPY', copy],
          [token, 'SHARE_WITH_CUSTOMER', randomUUID()],
          [token, 'USED_IN_DEAL', randomUUID()],
        ] as const;
      });
      const results = await Promise.all(
        calls.map(([token, kind, clientEventId]) =>
          app.gql(RECORD_REUSE, { input: { assetId: asset.id, kind, clientEventId } }, token),
        ),
      );
      expect(results.filter((r) => r.errors)).toEqual([]);
      // The three calls with one client id return one and the same record.
      const copies = results.filter((_, i) => calls[i][1] === 'COPY');
      expect(new Set(copies.map((r) => r.data!.recordReuse.id)).size).toBe(10);
      expect(await creditOf(app, author)).toBe(10 + 10 * (4 + 4 + 10));
      const [row] = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM reuse_events WHERE asset_id = $1', [
        asset.id,
      ]);
      expect(row.n).toBe(30);
    });

    it('the same client event id with a different payload is a CONFLICT and writes nothing', async () => {
      const [ann, cat] = [await person(app), await person(app)];
      const asset = await createAsset(app, ann.token);
      const clientEventId = randomUUID();
      await reuse(app, cat.token, asset.id, 'COPY', { clientEventId });
      const clash = await app.gql(
        RECORD_REUSE,
        { input: { assetId: asset.id, kind: 'SHARE_WITH_CUSTOMER', clientEventId } },
        cat.token,
      );
      expect(errorCode(clash)).toBe('CONFLICT');
      expect(await creditOf(app, ann)).toBe(10 + 4);
      const [row] = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM reuse_events WHERE asset_id = $1', [
        asset.id,
      ]);
      expect(row.n).toBe(1);
    });
  });
});
