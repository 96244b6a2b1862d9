import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, ensureTaxonomy } from '../factories/asset.factory.js';
import { createTeam, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const TAGS = graphql(`
  query ReadVisibilityTags($s: String) {
    tagSuggestions(search: $s) {
      value
      assetCount
    }
  }
`);
const INDUSTRIES = graphql(`
  query ReadVisibilityIndustries($s: String) {
    taxonomy(kind: INDUSTRY, search: $s) {
      value
      assetCount
    }
  }
`);
const VERSIONS = graphql(`
  query ReadVisibilityVersions($id: ID!) {
    asset(id: $id) {
      versions {
        version
        visibility
        body
      }
    }
  }
`);
const VERSION = graphql(`
  query ReadVisibilityVersion($id: ID!, $v: Int!) {
    assetVersion(assetId: $id, version: $v) {
      version
      body
    }
  }
`);
const UPDATE = graphql(`
  mutation ReadVisibilityUpdate($id: ID!, $input: UpdateAssetInput!) {
    updateAsset(id: $id, input: $input) {
      version
    }
  }
`);

/** Reads that count or show assets, checked from the side of someone who may not see them. */
describe('read paths that count or show assets only as far as the viewer may see them', () => {
  let app: TestApp;
  let teamId: string;
  let author: { token: string };
  let teammate: { token: string };
  let outsider: { token: string };
  let admin: { token: string };

  beforeAll(async () => {
    app = await startTestApp();
    teamId = (await createTeam(app)).id;
    const otherTeamId = (await createTeam(app)).id;
    author = await signedIn(app, Role.MEMBER, teamId);
    teammate = await signedIn(app, Role.MEMBER, teamId);
    outsider = await signedIn(app, Role.MEMBER, otherTeamId);
    admin = await signedIn(app, Role.ADMIN, otherTeamId);
  });
  afterAll(() => app.close());

  it('suggests free tags and counts them only over assets the viewer may see', async () => {
    const tag = `t${randomUUID().slice(0, 8)}`;
    await createAsset(app, author.token, { visibility: 'PRIVATE', tags: [`${tag}-private`] });
    await createAsset(app, author.token, { visibility: 'TEAM', tags: [`${tag}-team`, `${tag}-shared`] });
    await createAsset(app, author.token, { visibility: 'ORG', tags: [`${tag}-shared`] });
    const suggestions = async (token: string) => (await app.gql(TAGS, { s: tag }, token)).data!.tagSuggestions;
    expect(await suggestions(outsider.token)).toEqual([{ value: `${tag}-shared`, assetCount: 1 }]);
    expect(await suggestions(teammate.token)).toEqual([
      { value: `${tag}-shared`, assetCount: 2 },
      { value: `${tag}-team`, assetCount: 1 },
    ]);
    expect(await suggestions(author.token)).toEqual([
      { value: `${tag}-shared`, assetCount: 2 },
      { value: `${tag}-private`, assetCount: 1 },
      { value: `${tag}-team`, assetCount: 1 },
    ]);
  });

  it('counts the assets of a taxonomy term only over assets the viewer may see', async () => {
    const industry = `Industry ${randomUUID().slice(0, 8)}`;
    await ensureTaxonomy(app, { INDUSTRY: [industry] });
    await createAsset(app, author.token, { visibility: 'PRIVATE', industries: [industry] });
    await createAsset(app, author.token, { visibility: 'TEAM', industries: [industry] });
    const count = async (token: string) => (await app.gql(INDUSTRIES, { s: industry }, token)).data!.taxonomy;
    expect(await count(outsider.token)).toEqual([{ value: industry, assetCount: 0 }]);
    expect(await count(teammate.token)).toEqual([{ value: industry, assetCount: 1 }]);
    expect(await count(admin.token)).toEqual([{ value: industry, assetCount: 1 }]);
    expect(await count(author.token)).toEqual([{ value: industry, assetCount: 2 }]);
  });

  it('keeps the versions of an asset written while it was private to its authors after it is shared', async () => {
    const asset = await createAsset(app, author.token, {
      visibility: 'PRIVATE',
      body: 'Private notes: the buyer told us their budget.',
    });
    const shared = await app.gql(
      UPDATE,
      { id: asset.id, input: { expectedVersion: 1, visibility: 'ORG', body: 'Discovery questions that work.' } },
      author.token,
    );
    expect(shared.errors).toBeUndefined();
    const versions = async (token: string) => (await app.gql(VERSIONS, { id: asset.id }, token)).data!.asset!.versions;
    for (const viewer of [outsider, teammate, admin]) {
      expect(await versions(viewer.token)).toEqual([
        { version: 2, visibility: 'ORG', body: 'Discovery questions that work.' },
      ]);
      expect(errorCode(await app.gql(VERSION, { id: asset.id, v: 1 }, viewer.token))).toBe('NOT_FOUND');
      expect((await app.gql(VERSION, { id: asset.id, v: 2 }, viewer.token)).data).toEqual({
        assetVersion: { version: 2, body: 'Discovery questions that work.' },
      });
    }
    expect((await versions(author.token)).map((v) => [v.version, v.visibility])).toEqual([
      [2, 'ORG'],
      [1, 'PRIVATE'],
    ]);
    expect((await app.gql(VERSION, { id: asset.id, v: 1 }, author.token)).data).toEqual({
      assetVersion: { version: 1, body: 'Private notes: the buyer told us their budget.' },
    });
  });

  it('keeps the versions of a team asset to the team after it is shared with everyone', async () => {
    const asset = await createAsset(app, author.token, { visibility: 'TEAM' });
    await app.gql(UPDATE, { id: asset.id, input: { expectedVersion: 1, visibility: 'ORG' } }, author.token);
    const numbers = async (token: string) =>
      (await app.gql(VERSIONS, { id: asset.id }, token)).data!.asset!.versions.map((v) => v.version);
    expect(await numbers(outsider.token)).toEqual([2]);
    expect(await numbers(teammate.token)).toEqual([2, 1]);
    expect(await numbers(admin.token)).toEqual([2, 1]);
  });
});
