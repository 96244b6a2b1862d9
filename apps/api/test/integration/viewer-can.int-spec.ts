import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TeamService } from '../../src/modules/team/team.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset } from '../factories/asset.factory.js';
import { createTeam, createUser, login } from '../factories/user.factory.js';
import type { TestUser } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const ROLE_FIELDS = [
  'administer',
  'readEveryTeamReport',
  'importAccounts',
  'importTeams',
  'importDeals',
  'addTaxonomyTerms',
  'verifyAssets',
  'readDealAuditTrails',
  'reviewAttributions',
  'readKnowledgeFlow',
] as const;

type RoleField = (typeof ROLE_FIELDS)[number];

// Every field of ROLE_FIELDS.
const ROLE_WIDE = graphql(`
  query ViewerCanRoleWide {
    viewer {
      viewerCan {
        administer
        readEveryTeamReport
        importAccounts
        importTeams
        importDeals
        addTaxonomyTerms
        verifyAssets
        readDealAuditTrails
        reviewAttributions
        readKnowledgeFlow
      }
    }
  }
`);
const READ_CREDIT = graphql(`
  query ViewerCanReadCredit($id: ID!) {
    user(id: $id) {
      viewerCan {
        readCredit
      }
    }
  }
`);
const CREDIT_HISTORY = graphql(`
  query ViewerCanCreditHistory($id: ID!) {
    creditHistory(userId: $id) {
      value
    }
  }
`);
const READ_REPORT = graphql(`
  query ViewerCanReadReport {
    teams {
      id
      viewerCan {
        readReport
      }
    }
  }
`);
const AUTHORSHIP_REPORT = graphql(`
  query ViewerCanAuthorshipReport($t: ID, $p: PeriodInput!) {
    authorshipReport(teamId: $t, period: $p) {
      credit
    }
  }
`);
const ENDORSE = graphql(`
  query ViewerCanEndorse($id: ID!) {
    asset(id: $id) {
      viewerCan {
        endorse
      }
    }
  }
`);
const ATTRIBUTION_REVIEWS = graphql(`
  query ViewerCanAttributionReviews {
    attributionReviews(first: 1) {
      id
    }
  }
`);
const ENDORSE_OWN = graphql(`
  mutation ViewerCanEndorseOwn($a: ID!) {
    endorseAsset(assetId: $a, kind: HELPFUL) {
      id
    }
  }
`);

// What each role may do in Byline at large; `true` lists the fields that are true.
const EXPECTED: Record<Role, readonly RoleField[]> = {
  [Role.MEMBER]: [],
  [Role.MANAGER]: ['importDeals', 'readKnowledgeFlow'],
  [Role.ENABLEMENT]: ['addTaxonomyTerms', 'verifyAssets', 'reviewAttributions', 'readKnowledgeFlow'],
  [Role.ADMIN]: ROLE_FIELDS,
};

interface Person extends TestUser {
  token: string;
}

describe('viewerCan: what the viewer may do, as the API enforces it', () => {
  let app: TestApp;
  let north: { id: string };
  let south: { id: string };
  const people: Record<string, Person> = {};

  beforeAll(async () => {
    app = await startTestApp();
    north = await createTeam(app);
    south = await createTeam(app);
    const make = async (key: string, role: Role, teamId: string) => {
      const user = await createUser(app, { role, teamId });
      people[key] = { ...user, token: await login(app, user) };
    };
    await make('member', Role.MEMBER, north.id);
    await make('colleague', Role.MEMBER, north.id);
    await make('southMember', Role.MEMBER, south.id);
    await make('northManager', Role.MANAGER, north.id);
    await make('otherManager', Role.MANAGER, south.id);
    await make('enablement', Role.ENABLEMENT, north.id);
    await make('admin', Role.ADMIN, south.id);
    // Managing is a team's list, whatever the role: the enablement lead also manages the south team.
    await app.byline.app.get(TeamService).setManagers(north.id, [people.northManager.id]);
    await app.byline.app.get(TeamService).setManagers(south.id, [people.enablement.id]);
  });
  afterAll(() => app.close());

  it('answers the role-wide questions for each role', async () => {
    for (const key of ['member', 'northManager', 'enablement', 'admin']) {
      const person = people[key];
      const res = await app.gql(ROLE_WIDE, {}, person.token);
      const expected = Object.fromEntries(ROLE_FIELDS.map((f) => [f, EXPECTED[person.role].includes(f)]));
      expect({ key, ...res.data?.viewer?.viewerCan }).toEqual({ key, ...expected });
    }
  });

  it('says who reviews near-copies, exactly where attributionReviews answers instead of FORBIDDEN', async () => {
    for (const key of ['member', 'northManager', 'enablement', 'admin']) {
      const person = people[key];
      const can = (await app.gql(ROLE_WIDE, {}, person.token)).data?.viewer?.viewerCan.reviewAttributions;
      const reviews = await app.gql(ATTRIBUTION_REVIEWS, {}, person.token);
      expect({ key, can, refused: errorCode(reviews) === 'FORBIDDEN' }).toEqual({ key, can, refused: !can });
    }
  });

  it('says whose credit the viewer may read, exactly where creditHistory answers instead of FORBIDDEN', async () => {
    const expected: Record<string, string[]> = {
      member: ['member'],
      northManager: ['member', 'colleague', 'northManager', 'enablement'],
      otherManager: ['otherManager'],
      enablement: ['enablement', 'southMember', 'otherManager', 'admin'],
      admin: Object.keys(people),
    };
    for (const [viewerKey, readable] of Object.entries(expected)) {
      const viewer = people[viewerKey];
      for (const [targetKey, target] of Object.entries(people)) {
        const can = await app.gql(READ_CREDIT, { id: target.id }, viewer.token);
        const history = await app.gql(CREDIT_HISTORY, { id: target.id }, viewer.token);
        const answer = { viewer: viewerKey, target: targetKey, readCredit: can.data?.user?.viewerCan.readCredit };
        expect(answer).toEqual({ viewer: viewerKey, target: targetKey, readCredit: readable.includes(targetKey) });
        expect(errorCode(history) === 'FORBIDDEN').toBe(!readable.includes(targetKey));
      }
    }
  });

  it('says whose team reports the viewer may read, exactly where authorshipReport answers', async () => {
    const expected: Record<string, string[]> = {
      member: [],
      northManager: ['north'],
      otherManager: [],
      enablement: ['south'],
      admin: ['north', 'south'],
    };
    const teams = { north, south };
    for (const [viewerKey, readable] of Object.entries(expected)) {
      const viewer = people[viewerKey];
      const res = await app.gql(READ_REPORT, {}, viewer.token);
      for (const [teamKey, team] of Object.entries(teams)) {
        const readReport = res.data?.teams.find((t) => t.id === team.id)?.viewerCan.readReport;
        expect({ viewer: viewerKey, team: teamKey, readReport }).toEqual({
          viewer: viewerKey,
          team: teamKey,
          readReport: readable.includes(teamKey),
        });
        const report = await app.gql(AUTHORSHIP_REPORT, { t: team.id, p: { kind: 'QUARTER' } }, viewer.token);
        expect(errorCode(report) === 'FORBIDDEN').toBe(!readable.includes(teamKey));
      }
    }
  });

  it('lets everyone but the authors endorse an asset', async () => {
    const asset = await createAsset(app, people.member.token);
    for (const [key, person] of Object.entries(people)) {
      const res = await app.gql(ENDORSE, { id: asset.id }, person.token);
      expect({ key, endorse: res.data?.asset?.viewerCan.endorse }).toEqual({ key, endorse: key !== 'member' });
    }
    const own = await app.gql(ENDORSE_OWN, { a: asset.id }, people.member.token);
    expect(errorCode(own)).toBe('BAD_USER_INPUT');
  });
});
