import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { TaxonomyKind } from '../../src/modules/taxonomy/taxonomy-term.entity.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, ensureTaxonomy, publish } from '../factories/asset.factory.js';
import { DEAL_CSV_HEADER, createAccount, importViaGraphql, toCsv, uniqueTag } from '../factories/deal.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const HEADER = [...DEAL_CSV_HEADER, 'competitor'];
const CREATE = graphql(`
  mutation WinLossAnalysisCreate($input: CreateAssetInput!) {
    createAsset(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation WinLossAnalysisUpdate($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      id
      version
    }
  }
`);
const DERIVE = graphql(`
  mutation WinLossAnalysisDerive($from: ID!, $input: CreateAssetInput!) {
    deriveAsset(fromId: $from, input: $input) {
      id
    }
  }
`);
const WIN_LOSS = graphql(`
  query WinLossAnalysisOfAsset($id: ID!) {
    asset(id: $id) {
      id
      winLoss {
        outcome
        reasons
        competitor
        buyerRolesInvolved
        lessonsLearned
        deal {
          id
          externalId
          outcome
        }
      }
    }
  }
`);
const ANALYSES = graphql(`
  query WinLossAnalysisDealAnalyses($id: ID!) {
    deal(id: $id) {
      id
      analyses {
        id
      }
    }
  }
`);
const REASONS = graphql(`
  query WinLossAnalysisReasons($all: Boolean) {
    winLossReasons(includeArchived: $all) {
      id
      label
      sortOrder
      archived
    }
  }
`);
const ADD_REASON = graphql(`
  mutation WinLossAnalysisAddReason($label: String!) {
    addWinLossReason(label: $label) {
      id
      label
      archived
    }
  }
`);
const ARCHIVE_REASON = graphql(`
  mutation WinLossAnalysisArchiveReason($id: ID!) {
    archiveWinLossReason(id: $id) {
      id
      label
      archived
    }
  }
`);
const REUSE = graphql(`
  mutation WinLossAnalysisReuse($input: RecordReuseInput!) {
    recordReuse(input: $input) {
      id
    }
  }
`);
const LOSS_REASONS = graphql(`
  query WinLossAnalysisTopLossReasons($f: DealFilter, $first: Int) {
    topLossReasons(filter: $f, first: $first) {
      reason
      count
      share
    }
  }
`);
const INFLUENCE = graphql(`
  query WinLossAnalysisContentInfluence($f: DealFilter, $min: Int, $first: Int) {
    contentInfluence(filter: $f, minClosedDeals: $min, first: $first) {
      asset {
        id
      }
      dealsUsedIn
      won
      lost
      winRate
      comparableDeals
      baselineWinRate
      lift
      winRateInterval {
        low
        high
      }
      enoughData
    }
  }
`);
const DEAL_SUGGESTIONS = graphql(`
  query WinLossAnalysisDealSuggestions($id: ID!) {
    dealSuggestions(dealId: $id, first: 5) {
      asset {
        id
      }
      reasons
    }
  }
`);
const DEFAULT_REASONS = [
  'price',
  'product fit',
  'relationship',
  'competitor strength',
  'timing',
  'decision dynamics',
  'implementation risk',
  'executive sponsorship',
];

const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('win/loss analyses and analytics', () => {
  let app: TestApp;
  let admin: string;
  let enablement: string;
  let author: Awaited<ReturnType<typeof signedIn>>;
  let colleague: Awaited<ReturnType<typeof signedIn>>;
  let teamId: string;

  /** Imports deals (rows after the header) and returns their ids by external id. */
  const importDeals = async (rows: (string | number)[][]): Promise<Record<string, string>> => {
    const imported = await importViaGraphql(app, 'deals', toCsv([HEADER, ...rows]), admin);
    expect(imported.result).toMatchObject({ skipped: 0 });
    const ids = await app.byline.app
      .get(DataSource)
      .query<{ id: string; external_id: string }[]>('SELECT id, external_id FROM deals WHERE external_id = ANY($1)', [
        rows.map((r) => String(r[0])),
      ]);
    return Object.fromEntries(ids.map((d) => [d.external_id, d.id]));
  };

  const createWinLoss = (token: string, input: Record<string, unknown>) =>
    app.gql(
      CREATE,
      {
        input: {
          kind: 'WIN_LOSS',
          title: `Deal review ${uniqueTag()}`,
          body: 'What happened and why.',
          visibility: 'ORG',
          ...input,
        },
      },
      token,
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = (await signedIn(app, Role.ADMIN)).token;
    enablement = (await signedIn(app, Role.ENABLEMENT)).token;
    teamId = (await createTeam(app)).id;
    author = await signedIn(app, Role.MEMBER, teamId);
    colleague = await signedIn(app, Role.MEMBER, (await createTeam(app)).id);
    await ensureTaxonomy(app, { [TaxonomyKind.BUYER_ROLE]: ['CFO', 'Procurement'] });
  });
  afterAll(() => app.close());

  describe('analyses', () => {
    let deals: Record<string, string>;
    let tag: string;

    beforeAll(async () => {
      tag = uniqueTag();
      const account = await createAccount(app, `Analysed ${tag}`, 'Finance');
      deals = await importDeals([
        [
          `${tag}-lost`,
          author.user.email,
          'GTX Pro',
          account.name,
          'Lost',
          '2026-01-05',
          '2026-03-01',
          42000,
          'Castellan',
        ],
        [`${tag}-won`, author.user.email, 'GTX Pro', account.name, 'Won', '2026-01-05', '2026-03-02', 42000, ''],
        [`${tag}-open`, author.user.email, 'GTX Pro', account.name, 'Engaging', '2026-01-05', '', '', ''],
      ]);
    });

    it("stores the analysis with its asset, in the list's and the taxonomy's spelling, and reads it back through Asset.winLoss", async () => {
      const created = await createWinLoss(author.token, {
        dealId: deals[`${tag}-lost`],
        analysis: {
          outcome: 'LOST',
          reasons: ['PRICE', ' timing '],
          buyerRolesInvolved: ['cfo'],
          lessonsLearned: '## Lessons\n\nSend the security answers with the proposal.',
        },
      });
      const id = ok(created).createAsset.id;
      expect(ok(await app.gql(WIN_LOSS, { id }, author.token))).toEqual({
        asset: {
          id,
          winLoss: {
            outcome: 'LOST',
            reasons: ['price', 'timing'],
            // Not given: the deal's competitor.
            competitor: 'Castellan',
            buyerRolesInvolved: ['CFO'],
            lessonsLearned: '## Lessons\n\nSend the security answers with the proposal.',
            deal: { id: deals[`${tag}-lost`], externalId: `${tag}-lost`, outcome: 'LOST' },
          },
        },
      });
      // Other kinds of asset have none.
      const plain = await createAsset(app, author.token);
      expect(ok(await app.gql(WIN_LOSS, { id: plain.id }, author.token)).asset!.winLoss).toBeNull();
    });

    it('takes the outcome from the deal when only dealId is given, and replaces the analysis on update', async () => {
      const id = ok(await createWinLoss(author.token, { dealId: deals[`${tag}-won`] })).createAsset.id;
      const read = async () => ok(await app.gql(WIN_LOSS, { id }, author.token)).asset!.winLoss;
      expect(await read()).toMatchObject({
        outcome: 'WON',
        reasons: [],
        competitor: null,
        buyerRolesInvolved: [],
        lessonsLearned: null,
      });
      ok(
        await app.gql(
          UPDATE,
          {
            id,
            input: {
              expectedVersion: 1,
              analysis: { outcome: 'WON', reasons: ['relationship'], competitor: ' Quantix ' },
            },
          },
          author.token,
        ),
      );
      expect(await read()).toMatchObject({
        outcome: 'WON',
        reasons: ['relationship'],
        competitor: 'Quantix',
        lessonsLearned: null,
      });
      // Someone else cannot change it (it is not theirs), and it stays as it was.
      const refused = await app.gql(
        UPDATE,
        { id, input: { expectedVersion: 2, analysis: { outcome: 'WON', reasons: ['price'] } } },
        colleague.token,
      );
      expect(errorCode(refused)).toBe('NOT_FOUND');
      await publish(app, author.token, id);
      const other = await app.gql(
        UPDATE,
        { id, input: { expectedVersion: 2, analysis: { outcome: 'WON', reasons: ['price'] } } },
        colleague.token,
      );
      expect(errorCode(other)).toBe('FORBIDDEN');
      expect(await read()).toMatchObject({ reasons: ['relationship'] });
    });

    it('links an adaptation to its deal too', async () => {
      const parent = ok(await createWinLoss(author.token, { dealId: deals[`${tag}-lost`] })).createAsset.id;
      await publish(app, author.token, parent);
      const derived = await app.gql(
        DERIVE,
        {
          from: parent,
          input: {
            kind: 'WIN_LOSS',
            title: `Adapted review ${tag}`,
            body: 'Our take.',
            visibility: 'ORG',
            dealId: deals[`${tag}-lost`],
            analysis: { outcome: 'LOST', reasons: ['price'] },
          },
        },
        colleague.token,
      );
      const id = ok(derived).deriveAsset.id;
      expect(ok(await app.gql(WIN_LOSS, { id }, colleague.token)).asset!.winLoss).toMatchObject({ reasons: ['price'] });
    });

    it('refuses an open deal, another outcome, unknown reasons and roles, long lessons, and a deal on other kinds, writing nothing', async () => {
      const db = app.byline.app.get(DataSource);
      const count = async () =>
        (
          await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM assets WHERE created_by = $1', [
            author.user.id,
          ])
        )[0].n;
      const before = await count();
      const lost = deals[`${tag}-lost`];
      const cases: [Record<string, unknown>, string, RegExp?][] = [
        [{ dealId: deals[`${tag}-open`] }, 'dealId', /only closed deals get an analysis/i],
        [
          { dealId: deals[`${tag}-open`], analysis: { outcome: 'WON' } },
          'dealId',
          /only closed deals get an analysis/i,
        ],
        [{ dealId: lost, analysis: { outcome: 'WON' } }, 'analysis.outcome', /LOST/],
        [
          { dealId: lost, analysis: { outcome: 'LOST', reasons: ['price', 'bad luck'] } },
          'analysis.reasons',
          /bad luck/,
        ],
        [
          { dealId: lost, analysis: { outcome: 'LOST', buyerRolesInvolved: ['Chief Vibes Officer'] } },
          'analysis.buyerRolesInvolved',
        ],
        [
          { dealId: lost, analysis: { outcome: 'LOST', lessonsLearned: 'x'.repeat(20_001) } },
          'analysis.lessonsLearned',
        ],
        [{ analysis: { outcome: 'LOST' } }, 'dealId', /deal/],
        [{ dealId: randomUUID() }, 'dealId'],
        [{ dealId: lost, kind: 'BEST_PRACTICE' }, 'dealId', /WIN_LOSS/],
        [{ analysis: { outcome: 'LOST' }, kind: 'CLIENT_FACING' }, 'analysis', /WIN_LOSS/],
      ];
      for (const [input, field, message] of cases) {
        const res = await createWinLoss(author.token, input);
        expect({ input, code: errorCode(res), field: res.errors?.[0]?.extensions?.field }).toEqual({
          input,
          code: 'BAD_USER_INPUT',
          field,
        });
        if (message) expect(res.errors?.[0]?.message).toMatch(message);
      }
      expect(await count()).toBe(before);
      // Exactly 20,000 characters is fine.
      ok(
        await createWinLoss(author.token, {
          dealId: lost,
          analysis: { outcome: 'LOST', lessonsLearned: 'x'.repeat(20_000) },
        }),
      );
    });

    it("shows a deal only the analyses the viewer may see, and an asset's analysis only with the asset", async () => {
      const tagged = uniqueTag();
      const account = await createAccount(app, `Visible ${tagged}`, 'Retail');
      const { [`${tagged}-1`]: dealId } = await importDeals([
        [`${tagged}-1`, '', 'GTX Basic', account.name, 'Lost', '2026-02-01', '2026-03-01', 18000, ''],
      ]);
      const analysis = { outcome: 'LOST', reasons: ['timing'] };
      const make = async (token: string, visibility: string, published = true) => {
        const id = ok(await createWinLoss(token, { dealId, analysis, visibility })).createAsset.id;
        if (published) await publish(app, token, id);
        return id;
      };
      const org = await make(author.token, 'ORG');
      const team = await make(author.token, 'TEAM');
      const secret = await make(author.token, 'PRIVATE');
      const draft = await make(author.token, 'ORG', false);
      const analysesFor = async (token: string) =>
        ok(await app.gql(ANALYSES, { id: dealId }, token))
          .deal!.analyses.map((a) => a.id)
          .sort();
      expect(await analysesFor(author.token)).toEqual([org, team, secret, draft].sort());
      expect(await analysesFor(colleague.token)).toEqual([org]);
      const teammate = await signedIn(app, Role.MEMBER, teamId);
      expect(await analysesFor(teammate.token)).toEqual([org, team].sort());
      expect(await analysesFor(admin)).toEqual([org, team].sort());
      for (const id of [team, secret, draft]) {
        expect(errorCode(await app.gql(WIN_LOSS, { id }, colleague.token))).toBe('NOT_FOUND');
      }
      expect(errorCode(await app.gql(ANALYSES, { id: dealId }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('the reasons list', () => {
    it('starts with the defaults and lets any signed-in user read it', async () => {
      const { token } = await signedIn(app, Role.MEMBER);
      const list = ok(await app.gql(REASONS, {}, token)).winLossReasons;
      expect(list.filter((r) => DEFAULT_REASONS.includes(r.label)).map((r) => r.label)).toEqual(DEFAULT_REASONS);
      expect(list.every((r) => !r.archived)).toBe(true);
      expect(errorCode(await app.gql(REASONS))).toBe('UNAUTHENTICATED');
    });

    it('lets enablement and admins add and archive reasons, and nobody else', async () => {
      const label = `Budget freeze ${uniqueTag()}`;
      for (const role of [Role.MEMBER, Role.MANAGER]) {
        const { token } = await signedIn(app, role);
        expect(errorCode(await app.gql(ADD_REASON, { label }, token))).toBe('FORBIDDEN');
      }
      const added = ok(await app.gql(ADD_REASON, { label: ` ${label}  ` }, enablement)).addWinLossReason;
      expect(added).toMatchObject({ label, archived: false });
      expect(errorCode(await app.gql(ADD_REASON, { label: label.toUpperCase() }, admin))).toBe('CONFLICT');
      expect(errorCode(await app.gql(ADD_REASON, { label: '  ' }, admin))).toBe('BAD_USER_INPUT');
      const listed = async (all = false) =>
        ok(await app.gql(REASONS, { all }, author.token)).winLossReasons.map((r) => r.label);
      expect(await listed()).toContain(label);

      // An analysis can cite it, and keeps it once it is archived; new analyses cannot.
      const tag = uniqueTag();
      const account = await createAccount(app, `Reasons ${tag}`, 'Retail');
      const { [`${tag}-1`]: dealId } = await importDeals([
        [`${tag}-1`, '', 'GTX Basic', account.name, 'Lost', '2026-02-01', '2026-03-01', 18000, ''],
      ]);
      const cited = ok(
        await createWinLoss(author.token, { dealId, analysis: { outcome: 'LOST', reasons: [label.toLowerCase()] } }),
      ).createAsset.id;
      const { token: member } = await signedIn(app, Role.MEMBER);
      expect(errorCode(await app.gql(ARCHIVE_REASON, { id: added.id }, member))).toBe('FORBIDDEN');
      expect(ok(await app.gql(ARCHIVE_REASON, { id: added.id }, admin)).archiveWinLossReason).toMatchObject({
        archived: true,
      });
      expect(await listed()).not.toContain(label);
      expect(await listed(true)).toContain(label);
      const refused = await createWinLoss(author.token, { dealId, analysis: { outcome: 'LOST', reasons: [label] } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'analysis.reasons' });
      ok(
        await app.gql(
          UPDATE,
          { id: cited, input: { expectedVersion: 1, analysis: { outcome: 'LOST', reasons: [label, 'price'] } } },
          author.token,
        ),
      );
      expect(ok(await app.gql(WIN_LOSS, { id: cited }, author.token)).asset!.winLoss!.reasons).toEqual([
        label,
        'price',
      ]);
      // Adding it again brings it back.
      expect(ok(await app.gql(ADD_REASON, { label }, enablement)).addWinLossReason).toMatchObject({
        id: added.id,
        archived: false,
      });
      expect(errorCode(await app.gql(ARCHIVE_REASON, { id: randomUUID() }, admin))).toBe('NOT_FOUND');
    });
  });

  describe('analytics', () => {
    it('counts the top loss reasons of lost deals once per deal, over the analyses the viewer may see', async () => {
      const tag = uniqueTag();
      const industry = `Lossland ${tag}`;
      const account = await createAccount(app, `Loser ${tag}`, industry);
      const row = (n: string, stage: string) => [
        `${tag}-${n}`,
        '',
        'GTX Pro',
        account.name,
        stage,
        '2026-01-01',
        '2026-02-01',
        1000,
        '',
      ];
      const d = await importDeals([
        row('l1', 'Lost'),
        row('l2', 'Lost'),
        row('l3', 'Lost'),
        row('l4', 'Lost'),
        row('l5', 'Lost'),
        row('w1', 'Won'),
      ]);
      const other = await signedIn(app, Role.MEMBER);
      const analyse = async (token: string, deal: string, reasons: string[], visibility = 'ORG', published = true) => {
        const id = ok(
          await createWinLoss(token, {
            dealId: d[`${tag}-${deal}`],
            visibility,
            analysis: { outcome: deal.startsWith('w') ? 'WON' : 'LOST', reasons },
          }),
        ).createAsset.id;
        if (published) await publish(app, token, id);
      };
      await analyse(author.token, 'l1', ['price', 'timing']);
      await analyse(other.token, 'l1', ['Price']); // the same deal again: price still counts once for it
      await analyse(author.token, 'l2', ['competitor strength']);
      await analyse(author.token, 'l3', ['price', 'relationship']);
      await analyse(other.token, 'l4', ['timing'], 'PRIVATE'); // only its author sees it
      await analyse(author.token, 'l5', ['timing'], 'ORG', false); // a draft never counts
      await analyse(author.token, 'w1', ['price']); // a won deal
      const reasons = async (token: string, first?: number) =>
        ok(await app.gql(LOSS_REASONS, { f: { industry: industry.toUpperCase() }, first }, token)).topLossReasons;
      expect(await reasons(colleague.token)).toEqual([
        { reason: 'price', count: 2, share: 2 / 3 },
        { reason: 'competitor strength', count: 1, share: 1 / 3 },
        { reason: 'relationship', count: 1, share: 1 / 3 },
        { reason: 'timing', count: 1, share: 1 / 3 },
      ]);
      expect(await reasons(other.token, 2)).toEqual([
        { reason: 'price', count: 2, share: 0.5 },
        { reason: 'timing', count: 2, share: 0.5 },
      ]);
      expect(await reasons(colleague.token, 1)).toHaveLength(1);
      expect(errorCode(await app.gql(LOSS_REASONS, { first: 0 }, colleague.token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await app.gql(LOSS_REASONS, {}))).toBe('UNAUTHENTICATED');
    });

    it('compares the win rate of deals that used an asset with the comparable deals, claiming nothing under the minimum', async () => {
      const tag = uniqueTag();
      const industry = `Influence ${tag}`;
      const account = await createAccount(app, `Influenced ${tag}`, industry);
      const elsewhere = await createAccount(app, `Elsewhere ${tag}`, `Other ${tag}`);
      // D1-D8 won and D9-D10 lost used X; of the other ten, D11-D14 won and D15-D20 lost; Y was used in D11-D19.
      const rows = Array.from({ length: 20 }, (_, i) => {
        const n = i + 1;
        const won = n <= 8 || (n >= 11 && n <= 14);
        return [
          `${tag}-D${n}`,
          '',
          'GTX Pro',
          account.name,
          won ? 'Won' : 'Lost',
          '2026-01-01',
          `2026-03-${String(n).padStart(2, '0')}`,
          5000,
          '',
        ];
      });
      const d = await importDeals([
        ...rows,
        [`${tag}-open`, '', 'GTX Pro', account.name, 'Engaging', '2026-01-01', '', '', ''],
        [`${tag}-away`, '', 'GTX Pro', elsewhere.name, 'Lost', '2026-01-01', '2026-03-01', 5000, ''],
      ]);
      const seller = await signedIn(app, Role.MEMBER);
      await ensureTaxonomy(app, { [TaxonomyKind.INDUSTRY]: [industry] });
      const x = await createAsset(app, author.token, { industries: [industry] });
      const y = await createAsset(app, author.token);
      const hidden = await createAsset(app, colleague.token, { visibility: 'PRIVATE' });
      const use = async (assetId: string, deal: string, token = seller.token) =>
        ok(
          await app.gql(
            REUSE,
            { input: { assetId, kind: 'USED_IN_DEAL', dealId: d[`${tag}-${deal}`], clientEventId: randomUUID() } },
            token,
          ),
        );
      for (let n = 1; n <= 10; n++) await use(x.id, `D${n}`);
      await use(x.id, 'D1'); // used twice in one deal: still one deal
      await use(x.id, 'open');
      await use(x.id, 'away');
      for (let n = 11; n <= 19; n++) await use(y.id, `D${n}`);
      await use(hidden.id, 'D1', colleague.token);

      const influence = async (token: string, min?: number, first?: number) =>
        ok(await app.gql(INFLUENCE, { f: { industry }, min, first }, token)).contentInfluence.map((r) => ({
          ...r,
          asset: r.asset.id,
        }));
      const round = (v: unknown) => (typeof v === 'number' ? Number(v.toFixed(4)) : v);
      const rounded = (r: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            k === 'winRateInterval' && v
              ? { low: round((v as { low: number }).low), high: round((v as { high: number }).high) }
              : round(v),
          ]),
        );

      const xRow = {
        asset: x.id,
        dealsUsedIn: 10,
        won: 8,
        lost: 2,
        winRate: 0.8,
        comparableDeals: 10,
        baselineWinRate: 0.4,
        lift: 0.4,
        winRateInterval: { low: 0.4902, high: 0.9433 },
        enoughData: true,
      };
      expect((await influence(author.token)).map(rounded)).toEqual([
        xRow,
        // Nine deals: under the minimum of ten, so no win rate, lift or interval is claimed.
        {
          asset: y.id,
          dealsUsedIn: 9,
          won: 4,
          lost: 5,
          winRate: null,
          comparableDeals: 11,
          baselineWinRate: round(8 / 11),
          lift: null,
          winRateInterval: null,
          enoughData: false,
        },
      ]);
      const withNine = (await influence(author.token, 9)).map(rounded);
      expect(withNine[1]).toEqual({
        asset: y.id,
        dealsUsedIn: 9,
        won: 4,
        lost: 5,
        winRate: round(4 / 9),
        comparableDeals: 11,
        baselineWinRate: round(8 / 11),
        lift: round(4 / 9 - 8 / 11),
        winRateInterval: { low: 0.1888, high: 0.7333 },
        enoughData: true,
      });
      expect((await influence(author.token, 10, 1)).map(rounded)).toEqual([xRow]);
      // The private asset counts for its author only.
      expect((await influence(colleague.token)).map((r) => r.asset)).toEqual([x.id, y.id, hidden.id]);
      expect(errorCode(await app.gql(INFLUENCE, { min: 0 }, author.token))).toBe('BAD_USER_INPUT');

      // Suggestions for a deal of the industry that did not use X cite X's record across the organisation (the
      // deal elsewhere included: 8 of 11).
      const suggestions = await app.gql(DEAL_SUGGESTIONS, { id: d[`${tag}-D20`] }, author.token);
      const forX = ok(suggestions).dealSuggestions.find((s) => s.asset.id === x.id);
      expect(forX?.reasons).toEqual([
        `Same industry: ${industry}`,
        expect.stringMatching(/^Won 8 of 11 deals it was used in \(73% against \d+% without it\)$/),
        'Reused 13 times',
        'Published today',
      ]);
    });
  });
});
