import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, setAuthors } from '../factories/asset.factory.js';
import { endorse, reuse } from '../factories/credit.factory.js';
import { createTeam, person, setManagers } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const FLOW = graphql(`
  query KnowledgeFlowDashboard($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {
    knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {
      from
      to
      scope
      teams {
        id
        name
        inScope
      }
      reuseMatrix {
        reusingTeamId
        authoringTeamId
        reuses
        events
      }
      deadContent {
        total
        byTeamAndKind {
          teamId
          kind
          count
        }
        assets {
          id
          title
          publishedAt
          lastReusedAt
        }
      }
      contentGaps {
        query
        searches
        days
      }
      adoption {
        teamId
        month
        people
        sharing
        participating
        contributing
        none
      }
      timeToFirstReuse {
        kind
        published
        reused
        medianDays
        bands {
          label
          count
        }
      }
    }
  }
`);

const SEARCH = graphql(`
  query KnowledgeFlowSearch($query: String!) {
    globalSearch(query: $query) {
      assets {
        id
      }
    }
  }
`);

const VIEWER_CAN = graphql(`
  query KnowledgeFlowViewerCan {
    viewer {
      viewerCan {
        readKnowledgeFlow
      }
    }
  }
`);

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

describe('knowledge-flow dashboard', () => {
  let app: TestApp;
  let db: DataSource;
  let enablement: SignedIn;
  // Two teams of this file's own: sellers (who learn) and experts (who author).
  let sellers: { id: string };
  let experts: { id: string };
  let seller: SignedIn;
  let seller2: SignedIn;
  let expert: SignedIn;
  let expert2: SignedIn;
  let manager: SignedIn;

  const backdate = (assetId: string, days: number) =>
    db.query('UPDATE assets SET published_at = $2 WHERE id = $1', [assetId, daysAgo(days)]);
  const flow = async (token: string, variables: Record<string, unknown> = {}) => {
    const res = await app.gql(FLOW, variables, token);
    if (!res.data?.knowledgeFlow) throw new Error(`knowledgeFlow failed: ${JSON.stringify(res.errors)}`);
    return res.data.knowledgeFlow;
  };

  beforeAll(async () => {
    app = await startTestApp();
    db = app.byline.app.get(DataSource);
    sellers = await createTeam(app);
    experts = await createTeam(app);
    enablement = await person(app, { role: Role.ENABLEMENT });
    seller = await person(app, { teamId: sellers.id });
    seller2 = await person(app, { teamId: sellers.id });
    expert = await person(app, { teamId: experts.id });
    expert2 = await person(app, { teamId: experts.id });
    manager = await person(app, { role: Role.MANAGER, teamId: sellers.id });
    await setManagers(app, sellers.id, [manager.id]);
  });
  afterAll(() => app.close());

  it('counts reuse between teams by share, leaving out views and the authors themselves', async () => {
    const solo = await createAsset(app, expert.token);
    // Half the shares with a seller: a reuse of it by the other seller counts half to each team.
    const shared = await createAsset(app, expert.token);
    await setAuthors(app, expert.token, shared.id, [
      { userId: expert.id, role: 'LEAD_AUTHOR', share: 50 },
      { userId: seller.id, role: 'CO_AUTHOR', share: 50 },
    ]);
    await reuse(app, seller.token, solo.id, 'COPY');
    await reuse(app, seller2.token, solo.id, 'SHARE_WITH_CUSTOMER');
    await reuse(app, seller2.token, solo.id, 'VIEW');
    await reuse(app, expert.token, solo.id, 'COPY');
    await reuse(app, expert2.token, solo.id, 'COPY');
    await reuse(app, seller2.token, shared.id, 'COPY');

    const dashboard = await flow(enablement.token);
    expect(dashboard.scope).toBe('ORGANISATION');
    const cell = (from: string, to: string) =>
      dashboard.reuseMatrix.find((c) => c.reusingTeamId === from && c.authoringTeamId === to);
    // Sellers learnt from experts: two reuses of `solo` and half of the one of `shared`.
    expect(cell(sellers.id, experts.id)).toEqual({
      reusingTeamId: sellers.id,
      authoringTeamId: experts.id,
      reuses: 2.5,
      events: 3,
    });
    expect(cell(sellers.id, sellers.id)).toMatchObject({ reuses: 0.5, events: 1 });
    // Within the experts' team: expert2's copy counts, the author's own copy does not.
    expect(cell(experts.id, experts.id)).toMatchObject({ reuses: 1, events: 1 });
    expect(cell(experts.id, sellers.id)).toBeUndefined();
    expect(dashboard.teams).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: sellers.id, inScope: true })]),
    );
  });

  it('lists dead content oldest first, leaving out what was reused and what the viewer may not see', async () => {
    const team = await createTeam(app);
    const author = await person(app, { teamId: team.id });
    const reader = await person(app, { teamId: sellers.id });
    const oldest = await createAsset(app, author.token, { title: `Old pricing sheet ${randomUUID().slice(0, 6)}` });
    const older = await createAsset(app, author.token, { kind: 'ENABLEMENT' });
    const revived = await createAsset(app, author.token);
    const secret = await createAsset(app, author.token, {
      title: `Private notes ${randomUUID().slice(0, 6)}`,
      visibility: 'PRIVATE',
    });
    const teamOnly = await createAsset(app, author.token, { visibility: 'TEAM' });
    const fresh = await createAsset(app, author.token);
    await backdate(oldest.id, 400);
    await backdate(older.id, 200);
    await backdate(revived.id, 300);
    await backdate(secret.id, 500);
    await backdate(teamOnly.id, 250);
    await reuse(app, reader.token, revived.id, 'COPY');
    // A view and the author's own copy do not keep an asset alive.
    await reuse(app, reader.token, older.id, 'VIEW');
    await reuse(app, author.token, older.id, 'COPY');

    const dashboard = await flow(enablement.token, { teamId: team.id });
    expect(dashboard.scope).toBe('TEAM');
    // Counted: the two ORG assets and the TEAM one (a count shows no title); not the revived, private or fresh ones.
    expect(dashboard.deadContent.total).toBe(3);
    expect(dashboard.deadContent.byTeamAndKind).toEqual(
      expect.arrayContaining([
        { teamId: team.id, kind: 'BEST_PRACTICE', count: 2 },
        { teamId: team.id, kind: 'ENABLEMENT', count: 1 },
      ]),
    );
    // Listed: only what enablement may open (the TEAM asset is its team's), longest published first.
    expect(dashboard.deadContent.assets.map((a) => a.id)).toEqual([oldest.id, older.id]);
    expect(dashboard.deadContent.assets[0]).toMatchObject({ title: oldest.title, lastReusedAt: null });
    const listed = dashboard.deadContent.assets.map((a) => a.id);
    expect(listed).not.toContain(secret.id);
    expect(listed).not.toContain(revived.id);
    expect(listed).not.toContain(fresh.id);
    expect(listed).not.toContain(teamOnly.id);
    // And the private asset's title appears nowhere in the organisation's dashboard.
    expect(JSON.stringify(await flow(enablement.token, { first: 100 }))).not.toContain(secret.title);
  });

  it('records a search that found nothing, folded and counted per day: two searches make 2', async () => {
    const term = `zebra  Pricing ${randomUUID().slice(0, 8)}`;
    const first = await app.gql(SEARCH, { query: term }, seller.token);
    expect(first.data?.globalSearch.assets).toEqual([]);
    await app.gql(SEARCH, { query: `  ${term.toUpperCase()} ` }, seller2.token);
    const normalised = term.toLowerCase().replace(/\s+/g, ' ');

    const gaps = (await flow(enablement.token, { teamId: sellers.id })).contentGaps;
    expect(gaps.find((g) => g.query === normalised)).toEqual({ query: normalised, searches: 2, days: 1 });
    const stored = await db.query<{ count: number }[]>('SELECT count FROM search_gaps WHERE query = $1', [normalised]);
    expect(stored).toEqual([{ count: 2 }]);

    // A search that finds an asset is no gap; an anonymous search is refused and stores nothing.
    const found = await createAsset(app, expert.token, { title: `Quokka playbook ${randomUUID().slice(0, 8)}` });
    const hit = await app.gql(SEARCH, { query: found.title }, seller.token);
    expect(hit.data?.globalSearch.assets.map((a) => a.id)).toEqual([found.id]);
    const anonymous = `anonymous gap ${randomUUID().slice(0, 8)}`;
    expect(errorCode(await app.gql(SEARCH, { query: anonymous }))).toBe('UNAUTHENTICATED');
    const rows = await db.query<unknown[]>('SELECT 1 FROM search_gaps WHERE query = ANY($1)', [
      [found.title.toLowerCase(), anonymous],
    ]);
    expect(rows).toEqual([]);
  });

  it('shows adoption by team and month at each engagement level', async () => {
    const team = await createTeam(app);
    const contributor = await person(app, { teamId: team.id });
    const participant = await person(app, { teamId: team.id });
    const sharer = await person(app, { teamId: team.id });
    await person(app, { teamId: team.id });
    const asset = await createAsset(app, contributor.token);
    await endorse(app, participant.token, asset.id, 'HELPFUL');
    await reuse(app, participant.token, asset.id, 'COPY');
    await reuse(app, sharer.token, asset.id, 'COPY');
    // Views alone are not sharing.
    await reuse(app, contributor.token, asset.id, 'VIEW');

    const now = new Date();
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const dashboard = await flow(enablement.token, { teamId: team.id });
    const thisMonth = dashboard.adoption.find((a) => new Date(a.month).getTime() === monthStart.getTime());
    expect(thisMonth).toEqual({
      teamId: team.id,
      month: monthStart.toISOString(),
      people: 4,
      contributing: 1,
      participating: 1,
      sharing: 1,
      none: 1,
    });
    // Every month of the default 90 days has a row; in the earlier ones nobody had done anything yet.
    expect(dashboard.adoption.length).toBeGreaterThanOrEqual(3);
    expect(dashboard.adoption[0]).toMatchObject({ people: 4, none: 4 });
  });

  it('measures the time from publication to first reuse', async () => {
    const team = await createTeam(app);
    const author = await person(app, { teamId: team.id });
    const reader = await person(app, { teamId: sellers.id });
    const waited = await createAsset(app, author.token);
    const quick = await createAsset(app, author.token, { kind: 'CLIENT_FACING' });
    await createAsset(app, author.token);
    await backdate(waited.id, 3);
    await reuse(app, reader.token, waited.id, 'COPY');
    await reuse(app, reader.token, quick.id, 'SHARE_WITH_CUSTOMER');

    const times = (await flow(enablement.token, { teamId: team.id })).timeToFirstReuse;
    const all = times.find((t) => t.kind === null)!;
    expect(all).toMatchObject({ published: 3, reused: 2 });
    // Median of about 3 days and about 0.
    expect(all.medianDays).toBeGreaterThan(1.3);
    expect(all.medianDays).toBeLessThan(1.7);
    expect(all.bands).toEqual([
      { label: 'under 1 day', count: 1 },
      { label: '1–7 days', count: 1 },
      { label: '7–30 days', count: 0 },
      { label: '30–90 days', count: 0 },
      { label: '90 days or more', count: 0 },
    ]);
    expect(times.find((t) => t.kind === 'CLIENT_FACING')).toMatchObject({ published: 1, reused: 1 });
    expect(times.find((t) => t.kind === 'BEST_PRACTICE')).toMatchObject({ published: 2, reused: 1 });
  });

  it('refuses members, and tells the web who may read it', async () => {
    const res = await app.gql(FLOW, {}, seller.token);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data?.knowledgeFlow ?? null).toBeNull();
    expect(errorCode(await app.gql(FLOW, {}))).toBe('UNAUTHENTICATED');
    expect((await app.gql(VIEWER_CAN, {}, seller.token)).data?.viewer?.viewerCan.readKnowledgeFlow).toBe(false);
    expect((await app.gql(VIEWER_CAN, {}, manager.token)).data?.viewer?.viewerCan.readKnowledgeFlow).toBe(true);
    expect((await app.gql(VIEWER_CAN, {}, enablement.token)).data?.viewer?.viewerCan.readKnowledgeFlow).toBe(true);
  });

  it('limits a manager to the teams they manage: their flows, their gaps, their dead content', async () => {
    const other = await createTeam(app);
    const outsider = await person(app, { teamId: other.id });
    const theirs = await createAsset(app, outsider.token);
    const outsiderReader = await person(app, { teamId: other.id });
    await reuse(app, outsiderReader.token, theirs.id, 'COPY');
    const oldOutside = await createAsset(app, outsider.token);
    await backdate(oldOutside.id, 365);
    const elsewhere = `outside gap ${randomUUID().slice(0, 8)}`;
    await app.gql(SEARCH, { query: elsewhere }, outsider.token);

    const dashboard = await flow(manager.token);
    expect(dashboard.scope).toBe('MANAGED_TEAMS');
    for (const cell of dashboard.reuseMatrix) {
      expect([cell.reusingTeamId, cell.authoringTeamId]).toContain(sellers.id);
    }
    expect(dashboard.reuseMatrix.some((c) => c.reusingTeamId === sellers.id)).toBe(true);
    expect(dashboard.teams.filter((t) => t.inScope).map((t) => t.id)).toEqual([sellers.id]);
    expect(dashboard.teams.map((t) => t.id)).not.toContain(other.id);
    expect(dashboard.adoption.every((a) => a.teamId === sellers.id)).toBe(true);
    expect(dashboard.contentGaps.map((g) => g.query)).not.toContain(elsewhere);
    expect(dashboard.deadContent.assets.map((a) => a.id)).not.toContain(oldOutside.id);
    expect(dashboard.deadContent.byTeamAndKind.every((c) => c.teamId === sellers.id)).toBe(true);

    // Asking for another team is refused; an unknown one is not found.
    expect(errorCode(await app.gql(FLOW, { teamId: other.id }, manager.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(FLOW, { teamId: randomUUID() }, manager.token))).toBe('NOT_FOUND');
    expect((await flow(manager.token, { teamId: sellers.id })).scope).toBe('TEAM');
  });

  it('answers a bad period with a typed error', async () => {
    const now = Date.now();
    const cases: [Record<string, unknown>, string][] = [
      [{ from: new Date(now - DAY).toISOString(), to: new Date(now - 2 * DAY).toISOString() }, 'from'],
      [{ to: new Date(now + 30 * DAY).toISOString() }, 'to'],
      [{ from: new Date(now - 1000 * DAY).toISOString() }, 'from'],
      [{ first: 0 }, 'first'],
      [{ first: 1000 }, 'first'],
    ];
    for (const [variables, field] of cases) {
      const res = await app.gql(FLOW, variables, enablement.token);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(errorCode(await app.gql(FLOW, { from: 'last tuesday' }, enablement.token))).toBe('BAD_USER_INPUT');
  });
});
