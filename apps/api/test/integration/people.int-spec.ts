import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TaxonomyKind } from '../../src/modules/taxonomy/taxonomy-term.entity.js';
import { Role, UserStatus } from '../../src/modules/user/user.entity.js';
import { UserService } from '../../src/modules/user/user.service.js';
import { createAsset, ensureTaxonomy } from '../factories/asset.factory.js';
import { reuse } from '../factories/credit.factory.js';
import { uniqueTag } from '../factories/deal.factory.js';
import { createTeam, person } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { EndorsementKind } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp } from '../support/test-app.js';

const PROFILE = graphql(`
  query PeopleProfile($userId: ID!) {
    personProfile(userId: $userId) {
      person {
        id
        name
        status
      }
      assetCount
      assets {
        role
        share
        asset {
          id
          title
        }
      }
      reach {
        reuses {
          kind
          count
        }
        shareLinkViews
        dealsUsedIn
      }
      endorsementCount
      endorsements {
        kind
        comment
        endorser {
          id
        }
        asset {
          id
        }
      }
      expertise {
        industries {
          value
          assets
          endorsements
        }
        products {
          value
          assets
        }
      }
      engagement {
        sharing
        participating
        contributing
      }
      engagementLevel
      credit {
        allTime
        thisQuarter
      }
    }
  }
`);

const EXPERTS = graphql(`
  query PeopleExperts($topic: String!, $first: Int) {
    experts(topic: $topic, first: $first) {
      person {
        id
      }
      score
      assetCount
      endorsementCount
      topAssets {
        title
      }
    }
  }
`);

const ENDORSE_WITH_COMMENT = graphql(`
  mutation PeopleEndorse($assetId: ID!, $kind: EndorsementKind!, $comment: String) {
    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {
      id
    }
  }
`);

const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('person profiles and who to ask', () => {
  let app: TestApp;
  let viewer: SignedIn;
  let ann: SignedIn;
  let ben: SignedIn;
  let carl: SignedIn;
  let dora: SignedIn;
  let enablement: SignedIn;
  let industry: string;
  let secretIndustry: string;
  let product: string;
  const assets: Record<string, string> = {};

  const endorse = async (who: SignedIn, assetId: string, kind: EndorsementKind, comment?: string) =>
    ok(await app.gql(ENDORSE_WITH_COMMENT, { assetId, kind, comment }, who.token));

  beforeAll(async () => {
    app = await startTestApp();
    const tag = uniqueTag();
    industry = `Cold storage ${tag}`;
    secretIndustry = `Stealth ${tag}`;
    product = `Freezer cloud ${tag}`;
    await ensureTaxonomy(app, {
      [TaxonomyKind.INDUSTRY]: [industry, secretIndustry],
      [TaxonomyKind.PRODUCT]: [product],
    });
    const team = (await createTeam(app)).id;
    viewer = await person(app, { teamId: team });
    ann = await person(app, { teamId: (await createTeam(app)).id });
    ben = await person(app, { teamId: team });
    carl = await person(app);
    dora = await person(app);
    enablement = await person(app, { role: Role.ENABLEMENT });

    assets.playbook = (
      await createAsset(app, ann.token, {
        title: `Cold chain playbook ${tag}`,
        industries: [industry],
        products: [product],
      })
    ).id;
    assets.story = (
      await createAsset(app, ann.token, { title: `Frozen foods win story ${tag}`, industries: [industry] })
    ).id;
    assets.secret = (
      await createAsset(app, ann.token, {
        title: `Private notes ${tag}`,
        industries: [secretIndustry],
        visibility: 'PRIVATE',
      })
    ).id;
    assets.draft = (
      await createAsset(app, ann.token, { title: `Draft ${tag}`, industries: [secretIndustry] }, { publish: false })
    ).id;
    assets.carl = (
      await createAsset(app, carl.token, { title: `One cold storage note ${tag}`, industries: [industry] })
    ).id;
    assets.dora = (
      await createAsset(app, dora.token, { title: `Departed cold storage notes ${tag}`, industries: [industry] })
    ).id;

    await endorse(viewer, assets.playbook, 'HELPED_WIN', 'Won us the Nordfrost renewal.');
    await endorse(ben, assets.playbook, 'HELPFUL');
    await endorse(ben, assets.story, 'HELPFUL', 'Great opener for the first call.');
    await endorse(ben, assets.dora, 'HELPFUL');
    await endorse(viewer, assets.dora, 'HELPED_WIN');
    await reuse(app, viewer.token, assets.playbook, 'COPY');
    await reuse(app, ann.token, assets.playbook, 'COPY');
    await app.byline.app
      .get(UserService)
      .setStatus({ id: 'test', role: Role.ADMIN, teamId: null }, dora.id, UserStatus.DEPARTED);
  });

  afterAll(async () => {
    await app?.close();
  });

  it("shows a colleague's published assets, endorsements and expertise, never their private work or drafts", async () => {
    const { personProfile: p } = ok(await app.gql(PROFILE, { userId: ann.id }, viewer.token));
    expect(p.person.name).toBe(ann.name);
    expect(p.assets.map((a) => a.asset.id).sort()).toEqual([assets.playbook, assets.story].sort());
    expect(p.assetCount).toBe(2);
    expect(p.assets.every((a) => a.role === 'LEAD_AUTHOR' && a.share === 100)).toBe(true);
    expect(p.endorsementCount).toBe(3);
    expect(
      p.endorsements
        .map((e) => e.comment)
        .filter(Boolean)
        .sort(),
    ).toEqual(['Great opener for the first call.', 'Won us the Nordfrost renewal.'].sort());
    expect(p.endorsements.find((e) => e.comment?.startsWith('Won'))).toMatchObject({
      kind: 'HELPED_WIN',
      endorser: { id: viewer.id },
      asset: { id: assets.playbook },
    });
    expect(p.expertise.industries).toEqual([{ value: industry, assets: 2, endorsements: 3 }]);
    expect(p.expertise.products).toEqual([{ value: product, assets: 1 }]);
    // Ann's own copy is not "what others did".
    expect(p.reach.reuses.find((r) => r.kind === 'COPY')?.count).toBe(1);
    expect(p.engagement.contributing).toBe(2);
    expect(p.engagementLevel).toBe('CONTRIBUTING');
    expect(p.credit).toBeNull();
  });

  it('shows the person their own drafts, private work and credit', async () => {
    const { personProfile: p } = ok(await app.gql(PROFILE, { userId: ann.id }, ann.token));
    expect(p.assetCount).toBe(4);
    expect(p.expertise.industries.map((t) => t.value).sort()).toEqual([industry, secretIndustry].sort());
    expect(p.credit?.allTime).toBeGreaterThan(0);
  });

  it('keeps a profile for someone who left', async () => {
    const { personProfile: p } = ok(await app.gql(PROFILE, { userId: dora.id }, viewer.token));
    expect(p.person.status).toBe('DEPARTED');
    expect(p.assets.map((a) => a.asset.id)).toEqual([assets.dora]);
  });

  it('ranks the author of several endorsed assets on a topic first, with the evidence the viewer may see', async () => {
    const { experts } = ok(await app.gql(EXPERTS, { topic: industry.toUpperCase() }, enablement.token));
    expect(experts.map((e) => e.person.id)).toEqual([ann.id, carl.id]);
    expect(experts[0]).toMatchObject({ assetCount: 2, endorsementCount: 3, score: 7 });
    expect(experts[0].topAssets.map((a) => a.title)[0]).toMatch(/^Cold chain playbook/);
    // Only what the caller could open counts: ann's private asset and draft make nobody an expert.
    expect(ok(await app.gql(EXPERTS, { topic: secretIndustry }, enablement.token)).experts).toEqual([]);
    // Words in titles count too, and `first` limits the list.
    const byTitle = ok(await app.gql(EXPERTS, { topic: 'cold', first: 1 }, enablement.token)).experts;
    expect(byTitle.map((e) => e.person.id)).toEqual([ann.id]);
  });

  it('refuses members and bad input with typed errors', async () => {
    expect(errorCode(await app.gql(EXPERTS, { topic: industry }, viewer.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(EXPERTS, { topic: '  ' }, enablement.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(EXPERTS, { topic: 'x'.repeat(101) }, enablement.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(EXPERTS, { topic: industry, first: 0 }, enablement.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(EXPERTS, { topic: industry, first: 21 }, enablement.token))).toBe('BAD_USER_INPUT');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await app.gql(PROFILE, { userId: unknown }, viewer.token))).toBe('NOT_FOUND');
    expect(errorCode(await app.gql(PROFILE, { userId: 'not-a-person' }, viewer.token))).toBe('NOT_FOUND');
  });
});
