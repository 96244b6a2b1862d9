import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, ensureTaxonomy, publish } from '../factories/asset.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { AuthorRole, AuthorshipInput } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const ASSET = graphql(`
  query AssetWithVersions($id: ID!) {
    asset(id: $id) {
      id
      kind
      title
      summary
      body
      visibility
      status
      version
      industries
      buyerRoles
      journeyPhases
      products
      tags
      publishedAt
      team {
        id
      }
      authors {
        user {
          id
        }
        role
        share
      }
      derivedFrom {
        id
      }
      versions {
        version
        change
        editedBy {
          id
        }
        title
        authors {
          user {
            id
          }
          role
          share
        }
      }
    }
  }
`);
const SET_AUTHORS = graphql(`
  mutation AssetSetAuthors($id: ID!, $authors: [AuthorshipInput!]!) {
    setAuthors(assetId: $id, authors: $authors) {
      id
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation AssetUpdate($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      id
      version
      title
      body
    }
  }
`);
const SET_TEAM_MANAGERS = graphql(`
  mutation AssetSetTeamManagers($t: ID!, $u: [ID!]!) {
    setTeamManagers(teamId: $t, userIds: $u) {
      id
    }
  }
`);
const CREATE = graphql(`
  mutation AssetCreate($input: CreateAssetInput!) {
    createAsset(input: $input) {
      id
    }
  }
`);
const PUBLISH = graphql(`
  mutation AssetPublish($id: ID!) {
    publishAsset(id: $id) {
      id
    }
  }
`);
const ARCHIVE = graphql(`
  mutation AssetArchive($id: ID!) {
    archiveAsset(id: $id) {
      id
    }
  }
`);
const VERSION_ONE = graphql(`
  query AssetVersionOne($id: ID!) {
    assetVersion(assetId: $id, version: 1) {
      body
    }
  }
`);
const DERIVE_WITH_AUTHORS = graphql(`
  mutation AssetDeriveWithAuthors($from: ID!, $input: CreateAssetInput!) {
    deriveAsset(fromId: $from, input: $input) {
      id
      derivedFrom {
        id
      }
      authors {
        user {
          id
        }
        role
      }
    }
  }
`);
const DERIVE = graphql(`
  mutation AssetDerive($from: ID!, $input: CreateAssetInput!) {
    deriveAsset(fromId: $from, input: $input) {
      id
    }
  }
`);
const DERIVED_ASSETS = graphql(`
  query AssetDerivedAssets($id: ID!) {
    asset(id: $id) {
      derivedAssets {
        id
      }
    }
  }
`);
const ANCESTRY = graphql(`
  query AssetAncestry($id: ID!) {
    asset(id: $id) {
      ancestry {
        id
      }
    }
  }
`);

describe('assets and authorship', () => {
  let app: TestApp;
  let teamId: string;
  let lead: Awaited<ReturnType<typeof signedIn>>;
  let colleague: Awaited<ReturnType<typeof signedIn>>;
  let stranger: Awaited<ReturnType<typeof signedIn>>;
  let manager: Awaited<ReturnType<typeof signedIn>>;
  const read = async (id: string, token = lead.token) => (await app.gql(ASSET, { id }, token)).data?.asset;

  beforeAll(async () => {
    app = await startTestApp();
    teamId = (await createTeam(app)).id;
    lead = await signedIn(app, Role.MEMBER, teamId);
    colleague = await signedIn(app, Role.MEMBER, teamId);
    stranger = await signedIn(app, Role.MEMBER);
    manager = await signedIn(app, Role.MANAGER);
    await app.gql(SET_TEAM_MANAGERS, { t: teamId, u: [manager.user.id] }, (await signedIn(app, Role.ADMIN)).token);
    await ensureTaxonomy(app, { INDUSTRY: ['Medical', 'Retail'], PRODUCT: ['GTX Pro'], BUYER_ROLE: ['CFO'] });
  });
  afterAll(() => app.close());

  it('creates a draft led by its creator, with canonical taxonomy values, normalised tags and version 1', async () => {
    const created = await createAsset(
      app,
      lead.token,
      {
        industries: ['medical'],
        products: ['gtx pro'],
        buyerRoles: ['CFO'],
        tags: ['Objection Handling', 'objection-handling'],
      },
      { publish: false },
    );
    const asset = await read(created.id);
    expect(asset).toMatchObject({
      status: 'DRAFT',
      version: 1,
      industries: ['Medical'],
      tags: ['objection-handling'],
      authors: [{ user: { id: lead.user.id }, role: 'LEAD_AUTHOR', share: 100 }],
    });
    expect(asset?.versions).toEqual([
      expect.objectContaining({ version: 1, change: 'CREATED', editedBy: { id: lead.user.id } }),
    ]);
    // A draft is its authors' alone.
    expect(errorCode(await app.gql(ASSET, { id: created.id }, colleague.token))).toBe('NOT_FOUND');
  });

  it('refuses unknown taxonomy values, empty or long titles and bodies over 1 MB', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ industries: ['Underwater Basket Weaving'] }, 'industries'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(201) }, 'title'],
      [{ body: 'x'.repeat(1024 * 1024 + 1) }, 'body'],
      [{ visibility: 'TEAM', kind: 'ENABLEMENT' }, 'visibility'],
      [{ dealId: '00000000-0000-4000-8000-000000000000' }, 'dealId'],
    ];
    for (const [input, field] of cases) {
      const token = field === 'visibility' ? stranger.token : lead.token;
      const res = await app.gql(
        CREATE,
        { input: { kind: 'BEST_PRACTICE', title: 'Fine title', body: 'Fine body', visibility: 'ORG', ...input } },
        token,
      );
      expect({ field, code: errorCode(res), named: res.errors?.[0]?.extensions?.field }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        named: field,
      });
    }
  });

  it('sets co-authors with shares, keeping every change in the history', async () => {
    const asset = await createAsset(app, lead.token);
    const res = await app.gql(
      SET_AUTHORS,
      {
        id: asset.id,
        authors: [
          { userId: lead.user.id, role: 'LEAD_AUTHOR', share: 60 },
          { userId: colleague.user.id, role: 'CO_AUTHOR', share: 40 },
        ],
      },
      lead.token,
    );
    expect(res.errors).toBeUndefined();
    const after = await read(asset.id);
    expect(after?.authors).toEqual([
      { user: { id: lead.user.id }, role: 'LEAD_AUTHOR', share: 60 },
      { user: { id: colleague.user.id }, role: 'CO_AUTHOR', share: 40 },
    ]);
    expect(after?.version).toBe(2);
    expect(after?.versions.map((v) => [v.version, v.change, v.authors.length])).toEqual([
      [2, 'AUTHORS_CHANGED', 2],
      [1, 'CREATED', 1],
    ]);
  });

  it('refuses bad author lists with BAD_USER_INPUT and changes nothing', async () => {
    const asset = await createAsset(app, lead.token);
    const me = (share: number, role: AuthorRole = 'LEAD_AUTHOR') => ({ userId: lead.user.id, role, share });
    const them = (share: number, role: AuthorRole = 'CO_AUTHOR') => ({ userId: colleague.user.id, role, share });
    const cases = [
      [me(60), them(30)],
      [me(0), them(100)],
      [me(101)],
      [me(50), { ...me(50), role: 'CO_AUTHOR' as const }],
      [me(50, 'CO_AUTHOR'), them(50)],
      [me(50), { userId: '00000000-0000-4000-8000-000000000000', role: 'CO_AUTHOR' as const, share: 50 }],
      [],
    ];
    for (const authors of cases) {
      const res = await app.gql(SET_AUTHORS, { id: asset.id, authors }, lead.token);
      expect({ authors, code: errorCode(res) }).toEqual({ authors, code: 'BAD_USER_INPUT' });
    }
    const after = await read(asset.id);
    expect(after?.version).toBe(asset.version);
    expect(after?.authors).toEqual([{ user: { id: lead.user.id }, role: 'LEAD_AUTHOR', share: 100 }]);
  });

  it("lets authors, the team's managers and admins change authors; others get FORBIDDEN or NOT_FOUND", async () => {
    const asset = await createAsset(app, lead.token);
    const teamAsset = await createAsset(app, lead.token, { visibility: 'TEAM' });
    const authors: AuthorshipInput[] = [{ userId: colleague.user.id, role: 'LEAD_AUTHOR', share: 100 }];
    expect(errorCode(await app.gql(SET_AUTHORS, { id: asset.id, authors }, stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(SET_AUTHORS, { id: teamAsset.id, authors }, stranger.token))).toBe('NOT_FOUND');
    expect((await app.gql(SET_AUTHORS, { id: asset.id, authors }, manager.token)).errors).toBeUndefined();
    expect((await read(asset.id))?.authors[0].user.id).toBe(colleague.user.id);
  });

  it('refuses edits and publication by non-authors, and hides what they may not see', async () => {
    const asset = await createAsset(app, lead.token, {}, { publish: false });
    expect(errorCode(await app.gql(PUBLISH, { id: asset.id }, colleague.token))).toBe('NOT_FOUND');
    await publish(app, lead.token, asset.id);
    expect(
      errorCode(
        await app.gql(UPDATE, { id: asset.id, input: { expectedVersion: 1, title: 'Mine now' } }, colleague.token),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(ARCHIVE, { id: asset.id }, colleague.token))).toBe('FORBIDDEN');
    expect((await read(asset.id))?.title).toBe(asset.title);
  });

  it('makes every edit a new immutable version and gives the later of two concurrent edits a CONFLICT', async () => {
    const asset = await createAsset(app, lead.token);
    const [a, b] = await Promise.all([
      app.gql(UPDATE, { id: asset.id, input: { expectedVersion: 1, body: 'First editor wins.' } }, lead.token),
      app.gql(UPDATE, { id: asset.id, input: { expectedVersion: 1, body: 'Second editor loses.' } }, lead.token),
    ]);
    const codes = [a, b].map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = [a, b].find((r) => !r.errors);
    const after = await read(asset.id);
    expect(after?.version).toBe(2);
    expect(after?.body).toBe(winner?.data?.updateAsset.body);
    const old = await app.gql(VERSION_ONE, { id: asset.id }, colleague.token);
    expect(old.data?.assetVersion.body).toBe('Ask about the current process, the cost of doing nothing and who signs.');
    const long = await app.gql(
      UPDATE,
      { id: asset.id, input: { expectedVersion: 2, title: 'y'.repeat(201) } },
      lead.token,
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('adapts a published asset into a draft led by the adapter, listed on the parent once published', async () => {
    const parent = await createAsset(app, lead.token);
    const derived = await app.gql(
      DERIVE_WITH_AUTHORS,
      {
        from: parent.id,
        input: {
          kind: 'BEST_PRACTICE',
          title: 'Discovery checklist, retail edition',
          body: 'Adapted for retail.',
          visibility: 'ORG',
        },
      },
      stranger.token,
    );
    expect(derived.data?.deriveAsset).toMatchObject({
      derivedFrom: { id: parent.id },
      authors: [{ user: { id: stranger.user.id }, role: 'ADAPTER' }],
    });
    const childId = derived.data!.deriveAsset.id;
    const listed = async () =>
      (await app.gql(DERIVED_ASSETS, { id: parent.id }, colleague.token)).data?.asset?.derivedAssets;
    expect(await listed()).toEqual([]);
    await publish(app, stranger.token, childId);
    expect(await listed()).toEqual([{ id: childId }]);
    const grandchild = await app.gql(
      DERIVE,
      {
        from: childId,
        input: { kind: 'BEST_PRACTICE', title: 'Retail checklist for CFOs', body: 'Adapted again.', visibility: 'ORG' },
      },
      colleague.token,
    );
    const chain = await app.gql(ANCESTRY, { id: grandchild.data!.deriveAsset.id }, colleague.token);
    expect(chain.data?.asset?.ancestry).toEqual([{ id: childId }, { id: parent.id }]);
    const draft = await createAsset(app, lead.token, {}, { publish: false });
    const fromDraft = await app.gql(
      DERIVE,
      { from: draft.id, input: { kind: 'BEST_PRACTICE', title: 'Nope', body: 'Nope', visibility: 'ORG' } },
      colleague.token,
    );
    expect(errorCode(fromDraft)).toBe('NOT_FOUND');
  });
});
