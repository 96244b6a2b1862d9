import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { TeamService } from '../../src/modules/team/team.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, publish } from '../factories/asset.factory.js';
import { createTeam, createUser, login } from '../factories/user.factory.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const REUSE = `mutation($input: RecordReuseInput!) { recordReuse(input: $input) { id kind pointsAwarded } }`;
const ENDORSE = `mutation($a: ID!, $k: EndorsementKind!) { endorseAsset(assetId: $a, kind: $k) { id pointsAwarded } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawEndorsement(id: $id) }`;
const STATEMENT = `query($u: ID!, $after: String) { creditEntries(userId: $u, first: 100, after: $after) {
  sum totalCount edges { node { points reason explanation actor { id } asset { id } policyVersion } } pageInfo { hasNextPage endCursor } } }`;

interface Person {
  id: string;
  token: string;
  name: string;
}

describe('credit: a scripted story under scoring policy v1', () => {
  let app: TestApp;
  let db: DataSource;
  let teamId: string;
  const people: Record<string, Person> = {};
  const reuse = (who: string, assetId: string, kind: string, clientEventId = randomUUID()) =>
    app.gql<{ recordReuse: { pointsAwarded: number } }>(
      REUSE,
      { input: { assetId, kind, clientEventId } },
      people[who].token,
    );
  const total = async (who: string) =>
    (await app.gql<{ creditEntries: { sum: number } }>(STATEMENT, { u: people[who].id }, people[who].token)).data!
      .creditEntries.sum;

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
    teamId = (await createTeam(app)).id;
    const tag = randomUUID().slice(0, 4);
    for (const [key, role] of [
      ['A', Role.MEMBER],
      ['B', Role.MEMBER],
      ['C', Role.MEMBER],
      ['D', Role.MEMBER],
      ['E', Role.ENABLEMENT],
    ] as const) {
      const user = await createUser(app, { role, teamId, name: `${key} Person ${tag}` });
      people[key] = { id: user.id, token: await login(app, user), name: user.name };
    }
  });
  afterAll(() => app.close());

  it('credits every person exactly as the policy table says, conserves every event and ranks by the statements', async () => {
    const { A, B, C, D } = people;
    // A and B author X, 60/40; publication: 10 → A 6, B 4.
    const x = await createAsset(app, A.token, { title: 'Objection handling for procurement' }, { publish: false });
    await app.gql(
      'mutation($id: ID!, $au: [AuthorshipInput!]!) { setAuthors(assetId: $id, authors: $au) { id } }',
      {
        id: x.id,
        au: [
          { userId: A.id, role: 'LEAD_AUTHOR', share: 60 },
          { userId: B.id, role: 'CO_AUTHOR', share: 40 },
        ],
      },
      A.token,
    );
    await publish(app, A.token, x.id);
    // C copies X: 4 → A 2, B 2 (largest remainder: 2.4 / 1.6).
    expect((await reuse('C', x.id, 'COPY')).data?.recordReuse.pointsAwarded).toBe(4);
    // A copying their own asset earns nothing, but is recorded.
    expect((await reuse('A', x.id, 'COPY')).data?.recordReuse.pointsAwarded).toBe(0);
    // C adapts X into Y and publishes: C 10 for publishing, X's authors 15 → A 9, B 6.
    const derived = await app.gql<{ deriveAsset: { id: string } }>(
      'mutation($f: ID!, $i: CreateAssetInput!) { deriveAsset(fromId: $f, input: $i) { id } }',
      {
        f: x.id,
        i: {
          kind: 'BEST_PRACTICE',
          title: 'Objection handling for hospital procurement',
          body: 'Adapted.',
          visibility: 'ORG',
        },
      },
      C.token,
    );
    const y = derived.data!.deriveAsset.id;
    await publish(app, C.token, y);
    // D copies Y: 4, of which round(25%) = 1 goes up to X's authors (A), 3 to C.
    expect((await reuse('D', y, 'COPY')).data?.recordReuse.pointsAwarded).toBe(4);
    // D endorses X as helpful: 4 → A 2, B 2.
    const helpfulX = await app.gql<{ endorseAsset: { id: string; pointsAwarded: number } }>(
      ENDORSE,
      { a: x.id, k: 'HELPFUL' },
      D.token,
    );
    expect(helpfulX.data?.endorseAsset.pointsAwarded).toBe(4);
    // E (enablement) verifies Y: 6, of which round(1.5) = 2 to X's authors (A 1, B 1), 4 to C.
    expect((await app.gql(ENDORSE, { a: y, k: 'VERIFIED' }, people.E.token)).errors).toBeUndefined();
    // D endorses Y as helpful: 4 → 1 to A (lineage), 3 to C; a second HELPFUL from D is a CONFLICT.
    expect((await app.gql(ENDORSE, { a: y, k: 'HELPFUL' }, D.token)).errors).toBeUndefined();
    expect(errorCode(await app.gql(ENDORSE, { a: y, k: 'HELPFUL' }, D.token))).toBe('CONFLICT');
    // Self-endorsement and verification by a member are refused; withdrawing someone else's endorsement too.
    expect(errorCode(await app.gql(ENDORSE, { a: x.id, k: 'HELPFUL' }, A.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(ENDORSE, { a: x.id, k: 'VERIFIED' }, C.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(WITHDRAW, { id: helpfulX.data!.endorseAsset.id }, C.token))).toBe('FORBIDDEN');
    // D withdraws the endorsement of X: a reversal of −2 each for A and B.
    expect((await app.gql(WITHDRAW, { id: helpfulX.data!.endorseAsset.id }, D.token)).data).toEqual({
      withdrawEndorsement: true,
    });
    expect(errorCode(await app.gql(WITHDRAW, { id: helpfulX.data!.endorseAsset.id }, D.token))).toBe('CONFLICT');

    expect({
      A: await total('A'),
      B: await total('B'),
      C: await total('C'),
      D: await total('D'),
      E: await total('E'),
    }).toEqual({
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
      [Object.values(people).map((p) => p.id)],
    );
    expect(mismatched).toEqual([]);

    // The team's all-time leaderboard equals the statements, with competition ranking for the tie.
    const board = await app.gql<{
      leaderboard: { entries: { rank: number; value: number; user: { id: string } }[]; viewerEntry: { rank: number } };
    }>(
      'query($t: ID!) { leaderboard(period: { kind: ALL_TIME }, teamId: $t) { entries { rank value user { id } } viewerEntry { rank } } }',
      { t: teamId },
      B.token,
    );
    expect(board.data?.leaderboard.entries.map((e) => [e.user.id, e.rank, e.value])).toEqual([
      [A.id, 1, 20],
      [C.id, 1, 20],
      [B.id, 3, 13],
    ]);
    expect(board.data?.leaderboard.viewerEntry).toEqual({ rank: 3 });
    const monthly = await app.gql<{ leaderboard: { entries: { value: number }[] } }>(
      'query($t: ID!) { leaderboard(period: { kind: MONTH }, teamId: $t, metric: CREDIT) { entries { value } } }',
      { t: teamId },
      B.token,
    );
    expect(monthly.data?.leaderboard.entries.map((e) => e.value)).toEqual([20, 20, 13]);
  });

  it('explains every statement line and keeps the ledger append-only in the database', async () => {
    const res = await app.gql<{
      creditEntries: { sum: number; edges: { node: { points: number; explanation: string; policyVersion: number } }[] };
    }>(STATEMENT, { u: people.A.id }, people.A.token);
    const lines = res.data!.creditEntries.edges.map((e) => e.node);
    expect(lines.reduce((s, l) => s + l.points, 0)).toBe(res.data!.creditEntries.sum);
    expect(lines.every((l) => l.explanation.length > 10 && l.policyVersion === 1)).toBe(true);
    await expect(
      db.query('UPDATE credit_entries SET points = points + 100 WHERE beneficiary_id = $1', [people.A.id]),
    ).rejects.toThrow(/immutable|permission denied/);
    await expect(db.query('DELETE FROM credit_entries WHERE beneficiary_id = $1', [people.A.id])).rejects.toThrow(
      /immutable|permission denied/,
    );
    await expect(db.query('TRUNCATE credit_entries CASCADE')).rejects.toThrow(/immutable|permission denied/);
  });

  it('lets members read only their own statement, managers their team, and refuses future periods', async () => {
    expect(errorCode(await app.gql(STATEMENT, { u: people.A.id }, people.B.token))).toBe('FORBIDDEN');
    const future = await app.gql(
      'query($u: ID!) { creditEntries(userId: $u, period: { kind: MONTH, at: "2999-01-01T00:00:00Z" }) { sum } }',
      { u: people.A.id },
      people.A.token,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.at' });
    const kind = await app.gql(
      'query($u: ID!) { creditEntries(userId: $u, period: { kind: DECADE }) { sum } }',
      { u: people.A.id },
      people.A.token,
    );
    expect(kind.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    const manager = await createUser(app, { role: Role.MANAGER });
    const managerToken = await login(app, manager);
    expect(errorCode(await app.gql(STATEMENT, { u: people.A.id }, managerToken))).toBe('FORBIDDEN');
    await db.query('INSERT INTO team_managers (team_id, user_id) VALUES ($1, $2)', [teamId, manager.id]);
    expect((await app.gql(STATEMENT, { u: people.A.id }, managerToken)).errors).toBeUndefined();
  });
});

describe('credit for a won deal', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('splits the pool of 100 over the assets used in the deal that its owner did not author, exactly once', async () => {
    const tag = randomUUID().slice(0, 6);
    const teamId = (await createTeam(app)).id;
    const owner = await createUser(app, { role: Role.MANAGER, teamId, name: `Owner ${tag}` });
    await app.byline.app.get(TeamService).setManagers(teamId, [owner.id]);
    const ownerToken = await login(app, owner);
    const authorA = await createUser(app, { teamId });
    const authorB = await createUser(app, { teamId });
    const tokens = [await login(app, authorA), await login(app, authorB)];
    const a = await createAsset(app, tokens[0]);
    const b = await createAsset(app, tokens[1]);
    const own = await createAsset(app, ownerToken);
    const csv = (stage: string, close: string) =>
      `opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nWON-${tag},${owner.name},GTX Pro,,${stage},2026-01-05,${close},5000\n`;
    const imported = await app.gql<{ importDeals: { created: number } }>(
      'mutation($c: String!) { importDeals(csv: $c) { created } }',
      { c: csv('Engaging', '') },
      ownerToken,
    );
    expect(imported.data?.importDeals.created).toBe(1);
    const deals = await app.gql<{ deals: { edges: { node: { id: string; externalId: string } }[] } }>(
      'query($o: ID) { deals(filter: { ownerId: $o }, first: 10) { edges { node { id externalId } } } }',
      { o: owner.id },
      ownerToken,
    );
    const dealId = deals.data!.deals.edges.find((e) => e.node.externalId === `WON-${tag}`)!.node.id;
    for (const assetId of [a.id, b.id, own.id, a.id]) {
      const used = await app.gql(
        REUSE,
        { input: { assetId, kind: 'USED_IN_DEAL', dealId, clientEventId: randomUUID() } },
        ownerToken,
      );
      expect(used.errors).toBeUndefined();
    }
    const totals = () =>
      Promise.all(
        [authorA, authorB].map(
          async (u, i) =>
            (await app.gql<{ creditEntries: { sum: number } }>(STATEMENT, { u: u.id }, tokens[i])).data!.creditEntries
              .sum,
        ),
      );
    const before = await totals();
    for (let i = 0; i < 2; i++) {
      const won = await app.gql(
        'mutation($c: String!) { importDeals(csv: $c) { updated } }',
        // Closed today: the content was used before the end of the close day.
        { c: csv('Won', new Date().toISOString().slice(0, 10)) },
        ownerToken,
      );
      expect(won.errors).toBeUndefined();
    }
    const after = await totals();
    // Two eligible assets (the owner's own is left out): 50 each, once, however often the deal is re-imported.
    expect(after.map((v, i) => v - before[i])).toEqual([50, 50]);
  });
});

describe('credit under concurrency and retries', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('gives exactly the right totals for 50 concurrent reuses of one asset, repeated client ids included', async () => {
    const teamId = (await createTeam(app)).id;
    const author = await createUser(app, { teamId });
    const authorToken = await login(app, author);
    const asset = await createAsset(app, authorToken);
    const actors = await Promise.all(
      Array.from({ length: 10 }, async () => login(app, await createUser(app, { teamId }))),
    );
    const calls = actors.flatMap((token) => {
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
      calls.map(([token, kind, id]) =>
        app.gql<{ recordReuse: { id: string; pointsAwarded: number } }>(
          REUSE,
          { input: { assetId: asset.id, kind, clientEventId: id } },
          token,
        ),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    // The three calls with one client id return one and the same record.
    const copies = results.filter((_, i) => calls[i][1] === 'COPY');
    expect(new Set(copies.map((r) => r.data!.recordReuse.id)).size).toBe(10);
    const statement = await app.gql<{ creditEntries: { sum: number } }>(STATEMENT, { u: author.id }, authorToken);
    expect(statement.data?.creditEntries.sum).toBe(10 + 10 * (4 + 10 + 10));
    const [row] = await app.byline.app
      .get(DataSource)
      .query<{ n: number }[]>('SELECT count(*)::int AS n FROM reuse_events WHERE asset_id = $1', [asset.id]);
    expect(row.n).toBe(30);
    // The same client id with a different payload is a CONFLICT, and writes nothing.
    const [token, , id] = calls[0];
    const clash = await app.gql(
      REUSE,
      { input: { assetId: asset.id, kind: 'SHARE_WITH_CUSTOMER', clientEventId: id } },
      token,
    );
    expect(errorCode(clash)).toBe('CONFLICT');
  });

  it('answers an unknown or invisible asset with NOT_FOUND and records nothing', async () => {
    const teamId = (await createTeam(app)).id;
    const owner = await login(app, await createUser(app, { teamId }));
    const teamAsset = await createAsset(app, owner, { visibility: 'TEAM' });
    const outsider = await login(app, await createUser(app));
    for (const assetId of [teamAsset.id, '00000000-0000-4000-8000-000000000000']) {
      expect(
        errorCode(await app.gql(REUSE, { input: { assetId, kind: 'COPY', clientEventId: randomUUID() } }, outsider)),
      ).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(ENDORSE, { a: assetId, k: 'HELPFUL' }, outsider))).toBe('NOT_FOUND');
    }
  });
});
