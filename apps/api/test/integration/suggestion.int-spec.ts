import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TaxonomyKind } from '../../src/modules/taxonomy/taxonomy-term.entity.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, ensureTaxonomy } from '../factories/asset.factory.js';
import { createAccount, importViaGraphql, toCsv, uniqueTag } from '../factories/deal.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { ReuseKind } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const SUGGESTIONS = graphql(`
  query SuggestionDealSuggestions($id: ID!, $first: Int) {
    dealSuggestions(dealId: $id, first: $first) {
      asset {
        id
        title
      }
      score
      reasons
      breakdown {
        industry
        product
        phase
        buyerRole
        winInfluence
        reuse
        freshness
      }
    }
  }
`);
const ASSETS = graphql(`
  query SuggestionAssetsForDeal($id: ID!, $first: Int) {
    suggestionsForDeal(dealId: $id, first: $first) {
      id
    }
  }
`);
const REUSE = graphql(`
  mutation SuggestionReuse($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      id
    }
  }
`);
const DEALS = graphql(`
  query SuggestionDeals($f: DealFilter) {
    deals(filter: $f) {
      edges {
        node {
          id
          externalId
        }
      }
    }
  }
`);

const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('suggestions for a deal', () => {
  let app: TestApp;
  let viewer: Awaited<ReturnType<typeof signedIn>>;
  let author: Awaited<ReturnType<typeof signedIn>>;
  let insider: Awaited<ReturnType<typeof signedIn>>;
  let tag: string;
  let dealId: string;
  let assets: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    const admin = (await signedIn(app, Role.ADMIN)).token;
    viewer = await signedIn(app, Role.MEMBER, (await createTeam(app)).id);
    const otherTeam = (await createTeam(app)).id;
    author = await signedIn(app, Role.MEMBER, otherTeam);
    insider = await signedIn(app, Role.MEMBER, otherTeam);
    tag = uniqueTag();
    // The industry and product are this test's own, so nothing another test writes can match them.
    const industry = `Medtech ${tag}`;
    const product = `Widget Pro ${tag}`;
    await ensureTaxonomy(app, { [TaxonomyKind.INDUSTRY]: [industry], [TaxonomyKind.PRODUCT]: [product] });
    const account = await createAccount(app, `Clinic ${tag}`, industry.toLowerCase());
    // The CRM spells the product without its space and in capitals.
    const csv = toCsv([
      ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date'],
      [`${tag}-1`, viewer.user.email, `WIDGETPRO${tag.toUpperCase()}`, account.name, 'Engaging', '2026-10-01'],
    ]);
    expect((await importViaGraphql(app, 'deals', csv, admin)).result).toMatchObject({ created: 1, skipped: 0 });
    const deals = ok(await app.gql(DEALS, { f: { industry } }, viewer.token));
    dealId = deals.deals.edges.find((e) => e.node.externalId === `${tag}-1`)!.node.id;

    const make = async (name: string, input: Record<string, unknown>, token = author.token, publish = true) =>
      [name, (await createAsset(app, token, { title: `${name} ${tag}`, ...input }, { publish })).id] as const;
    assets = Object.fromEntries([
      // Industry, product and the deal's phase (an Engaging deal is BUYING).
      await make('Full fit', { industries: [industry], products: [product], journeyPhases: ['BUYING'] }),
      await make('Industry and phase', { industries: [industry], journeyPhases: ['BUYING'] }),
      await make('Product only', { products: [product], journeyPhases: ['IMPLEMENTATION'] }),
      await make('No fit', { journeyPhases: ['AWARENESS'] }),
      await make('Used already', { industries: [industry], products: [product], journeyPhases: ['BUYING'] }),
      await make('Private', {
        industries: [industry],
        products: [product],
        journeyPhases: ['BUYING'],
        visibility: 'PRIVATE',
      }),
      await make('Other team', {
        industries: [industry],
        products: [product],
        journeyPhases: ['BUYING'],
        visibility: 'TEAM',
      }),
      await make(
        'Draft',
        { industries: [industry], products: [product], journeyPhases: ['BUYING'] },
        viewer.token,
        false,
      ),
    ]);
    const use = (assetId: string, kind: ReuseKind, token: string, deal?: string) =>
      app.gql(REUSE, { input: { assetId, kind, dealId: deal, clientEventId: randomUUID() } }, token).then(ok);
    await use(assets['Used already'], 'USED_IN_DEAL', viewer.token, dealId);
    // However popular it is, an asset that fits neither industry nor product stays below those that do.
    for (let i = 0; i < 6; i++) await use(assets['No fit'], 'COPY', (await signedIn(app)).token);
  });
  afterAll(() => app.close());

  const suggestions = async (token: string, first = 50) =>
    ok(await app.gql(SUGGESTIONS, { id: dealId, first }, token)).dealSuggestions;

  it('ranks by fit, explains each score, and leaves out what the deal used and what the viewer may not see', async () => {
    const list = await suggestions(viewer.token);
    const ids = list.map((s) => s.asset.id);
    expect(ids.slice(0, 3)).toEqual([assets['Full fit'], assets['Industry and phase'], assets['Product only']]);
    for (const gone of ['Used already', 'Private', 'Other team', 'Draft']) expect(ids).not.toContain(assets[gone]);
    // Anything else comes after the assets that match the industry or product.
    const noFit = ids.indexOf(assets['No fit']);
    expect(noFit === -1 || noFit > 2).toBe(true);

    const [full, industryAndPhase, productOnly] = list;
    expect(full.reasons).toEqual([
      `Same industry: Medtech ${tag}`,
      `Product: Widget Pro ${tag}`,
      'Journey phase: Buying',
      'Published today',
    ]);
    expect(full.breakdown).toEqual({
      industry: 0.3,
      product: 0.3,
      phase: 0.1,
      buyerRole: 0,
      winInfluence: 0,
      reuse: 0,
      freshness: 0.05,
    });
    expect(full.score).toBe(0.75);
    expect(industryAndPhase.score).toBe(0.45);
    expect(productOnly.reasons).toEqual([`Product: Widget Pro ${tag}`, 'Published today']);
    expect(productOnly.score).toBe(0.35);
    const scores = list.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('returns the same assets in the same order from suggestionsForDeal, `first` at a time', async () => {
    const ranked = (await suggestions(viewer.token)).map((s) => s.asset.id);
    const plain = async (first?: number) =>
      ok(await app.gql(ASSETS, { id: dealId, first }, viewer.token)).suggestionsForDeal.map((a) => a.id);
    // Other test files publish assets meanwhile (low-scoring, at the tail); the assets of this file keep their order.
    const own = new Set(Object.values(assets));
    const mine = (ids: string[]) => ids.filter((id) => own.has(id));
    expect(mine(await plain(50))).toEqual(mine(ranked));
    expect(await plain(2)).toEqual(ranked.slice(0, 2));
    const firstTen = await plain();
    expect(firstTen.length).toBeGreaterThanOrEqual(Math.min(10, ranked.length));
    expect(firstTen.length).toBeLessThanOrEqual(10);
    expect(mine(firstTen)).toEqual(mine(ranked).slice(0, mine(firstTen).length));
  });

  it('suggests TEAM assets to their team and private ones to their authors only', async () => {
    const forInsider = (await suggestions(insider.token)).map((s) => s.asset.id);
    expect(forInsider).toContain(assets['Other team']);
    expect(forInsider).not.toContain(assets['Private']);
    expect((await suggestions(author.token)).map((s) => s.asset.id)).toContain(assets['Private']);
  });

  it('answers NOT_FOUND for an unknown deal, BAD_USER_INPUT for a bad page size and UNAUTHENTICATED without a login', async () => {
    for (const id of [randomUUID(), 'not-a-deal']) {
      expect(errorCode(await app.gql(ASSETS, { id }, viewer.token))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(SUGGESTIONS, { id }, viewer.token))).toBe('NOT_FOUND');
    }
    expect(errorCode(await app.gql(ASSETS, { id: dealId, first: 0 }, viewer.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(ASSETS, { id: dealId, first: 51 }, viewer.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(ASSETS, { id: dealId }))).toBe('UNAUTHENTICATED');
  });
});
