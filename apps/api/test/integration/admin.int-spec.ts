import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { OperationPermissions } from '../../src/core/auth/operation-permissions.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createTeam, createUser, login, signedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import type { AdminCreateUserMutationVariables, Role as SchemaRole } from '../generated/graphql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { GqlResponse, TestApp, TestDocument } from '../support/test-app.js';

const CREATE_USER = graphql(`
  mutation AdminCreateUser(
    $email: String!
    $name: String!
    $password: String!
    $role: Role!
    $teamId: ID
    $title: String
  ) {
    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {
      id
      email
      name
      role
      status
      title
      canLogIn
      team {
        id
        name
      }
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation AdminCreateTeam($name: String!, $managerIds: [ID!]) {
    createTeam(name: $name, managerIds: $managerIds) {
      id
      name
      managers {
        id
      }
      memberCount
    }
  }
`);
const SET_STATUS = graphql(`
  mutation AdminSetUserStatus($userId: ID!, $status: UserStatus!) {
    setUserStatus(userId: $userId, status: $status) {
      id
      status
    }
  }
`);
const SET_MANAGERS = graphql(`
  mutation AdminSetTeamManagers($teamId: ID!, $userIds: [ID!]!) {
    setTeamManagers(teamId: $teamId, userIds: $userIds) {
      id
      managers {
        id
      }
    }
  }
`);
const TEAMS = graphql(`
  query AdminTeams {
    teams {
      id
      memberCount
    }
  }
`);
const UPDATE_SCORING_POLICY = graphql(`
  mutation AdminUpdateScoringPolicy($p: String!) {
    updateScoringPolicy(policy: $p)
  }
`);
const SET_CLIENT_SAFE_KINDS = graphql(`
  mutation AdminSetClientSafeKinds($kinds: [AssetKind!]!) {
    setClientSafeKinds(kinds: $kinds)
  }
`);
const SET_APPROVAL_REQUIRED = graphql(`
  mutation AdminSetApprovalRequired($required: Boolean!) {
    setApprovalRequired(required: $required)
  }
`);
const SET_REVIEW_INTERVAL = graphql(`
  mutation AdminSetReviewInterval($input: SetReviewIntervalInput!) {
    setReviewInterval(input: $input) {
      days
    }
  }
`);
const IMPORT_ACCOUNTS = graphql(`
  mutation AdminImportAccounts($csv: String!) {
    importAccounts(csv: $csv) {
      created
    }
  }
`);
const IMPORT_TEAMS = graphql(`
  mutation AdminImportTeams($csv: String!) {
    importTeams(csv: $csv) {
      created
    }
  }
`);
const CLOSE_2001_Q1 = graphql(`
  mutation AdminClose2001Q1 {
    closePeriod(period: { kind: QUARTER, at: "2001-02-01T00:00:00Z" }) {
      closed
    }
  }
`);
const CREDIT_RINGS = graphql(`
  query AdminCreditRings {
    creditRings(period: { kind: QUARTER }) {
      mutualPoints
    }
  }
`);
const CREDIT_SPIKES = graphql(`
  query AdminCreditSpikes {
    creditSpikes(period: { kind: QUARTER }) {
      medianPoints
    }
  }
`);
const DEAL_REVIEW_FLAGS = graphql(`
  query AdminDealReviewFlags {
    dealReviewFlags {
      outcomeChanges
    }
  }
`);
const SCORING_POLICY_HISTORY = graphql(`
  query AdminScoringPolicyHistory {
    scoringPolicyHistory {
      version
    }
  }
`);
const USERS_PAGE = graphql(`
  query AdminUsersPage($s: String, $after: String) {
    users(search: $s, first: 2, after: $after) {
      totalCount
      edges {
        node {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const USERS_AFTER_GARBAGE = graphql(`
  query AdminUsersAfterGarbage {
    users(after: "garbage") {
      totalCount
    }
  }
`);
const USERS_FIRST_1000 = graphql(`
  query AdminUsersFirst1000 {
    users(first: 1000) {
      totalCount
    }
  }
`);

describe('administration', () => {
  let app: TestApp;
  let admin: { token: string };
  // What the calls under test could have written, scoped to this test's own rows (other files run in parallel).
  let snapshot: (emails: string[], teamNames: string[]) => Promise<unknown>;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signedIn(app, Role.ADMIN);
    const db = app.byline.app.get(DataSource);
    snapshot = async (emails, teamNames) =>
      db.query(
        `SELECT (SELECT count(*) FROM users WHERE email = ANY($1))::int AS users,
                (SELECT count(*) FROM teams WHERE lower(name) = ANY($2))::int AS teams,
                (SELECT string_agg(u.email || ':' || u.status || ':' || coalesce(tm.team_id::text, '-'), ',' ORDER BY u.email)
                   FROM users u LEFT JOIN team_managers tm ON tm.user_id = u.id WHERE u.email = ANY($1)) AS rows`,
        [emails.map((e) => e.toLowerCase()), teamNames.map((n) => n.toLowerCase())],
      );
  });
  afterAll(() => app.close());

  it('lets an admin create a team with a manager and a user in it, who can then log in', async () => {
    const manager = await createUser(app, { role: Role.MANAGER });
    const team = await app.gql(CREATE_TEAM, { name: `Benelux ${Date.now()}`, managerIds: [manager.id] }, admin.token);
    expect(team.errors).toBeUndefined();
    expect(team.data?.createTeam.managers).toEqual([{ id: manager.id }]);
    const teamId = team.data!.createTeam.id;
    const email = `New.Hire.${Date.now()}@Test.Byline`;
    const created = await app.gql(
      CREATE_USER,
      {
        email,
        name: '  Noor Haddad ',
        password: 'a-long-password',
        role: 'MEMBER',
        teamId,
        title: 'Account Executive',
      },
      admin.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({
      email: email.toLowerCase(),
      name: 'Noor Haddad',
      role: 'MEMBER',
      status: 'ACTIVE',
      title: 'Account Executive',
      canLogIn: true,
      team: { id: teamId },
    });
    await login(app, { email, password: 'a-long-password' });
    const teams = await app.gql(TEAMS, {}, admin.token);
    expect(teams.data?.teams.find((t) => t.id === teamId)?.memberCount).toBe(1);
  });

  it('refuses every admin operation to members, managers and enablement, and writes nothing', async () => {
    const team = await createTeam(app);
    const target = await createUser(app);
    const newEmail = `x${Date.now()}@test.byline`;
    const newTeam = `Sneaky ${Date.now()}`;
    // One call per admin-only operation; the check below makes sure a new admin operation is added here.
    const call =
      <TData, TVariables>(document: TestDocument<TData, TVariables>, variables: TVariables) =>
      (token: string): Promise<GqlResponse<unknown>> =>
        app.gql(document, variables, token);
    const calls: Record<string, (token: string) => Promise<GqlResponse<unknown>>> = {
      'Mutation.createUser': call(CREATE_USER, {
        email: newEmail,
        name: 'X',
        password: 'long-enough-pw',
        role: 'ADMIN',
      }),
      'Mutation.createTeam': call(CREATE_TEAM, { name: newTeam }),
      'Mutation.setUserStatus': call(SET_STATUS, { userId: target.id, status: 'SUSPENDED' }),
      'Mutation.setTeamManagers': call(SET_MANAGERS, { teamId: team.id, userIds: [target.id] }),
      'Mutation.updateScoringPolicy': call(UPDATE_SCORING_POLICY, { p: '{"publication": 1000}' }),
      'Mutation.setClientSafeKinds': call(SET_CLIENT_SAFE_KINDS, { kinds: ['ENABLEMENT', 'WIN_LOSS'] }),
      // Harmless if wrongly allowed (other files share the database): approval stays off, the interval its default.
      'Mutation.setApprovalRequired': call(SET_APPROVAL_REQUIRED, { required: false }),
      'Mutation.setReviewInterval': call(SET_REVIEW_INTERVAL, { input: { kind: 'WIN_LOSS', days: 90 } }),
      'Mutation.importAccounts': call(IMPORT_ACCOUNTS, { csv: `account,sector\n${newTeam},retail\n` }),
      'Mutation.importTeams': call(IMPORT_TEAMS, {
        csv: `sales_agent,manager,regional_office\nSneaky Agent,Sneaky Boss,${newTeam}\n`,
      }),
      // A quarter no test closes, so a wrongly allowed call would show up as a closed quarter, not a CONFLICT.
      'Mutation.closePeriod': call(CLOSE_2001_Q1, {}),
      'Query.creditRings': call(CREDIT_RINGS, {}),
      'Query.creditSpikes': call(CREDIT_SPIKES, {}),
      'Query.dealReviewFlags': call(DEAL_REVIEW_FLAGS, {}),
      'Query.scoringPolicyHistory': call(SCORING_POLICY_HISTORY, {}),
    };
    const adminOnly = app.byline.app
      .get(OperationPermissions)
      .list()
      .filter(
        (p) =>
          p.permission?.kind === 'roles' && p.permission.roles.length === 1 && p.permission.roles[0] === Role.ADMIN,
      )
      .map((p) => p.operation);
    expect(Object.keys(calls).sort()).toEqual(adminOnly.sort());

    for (const role of [Role.MEMBER, Role.MANAGER, Role.ENABLEMENT]) {
      const { token } = await signedIn(app, role);
      const before = await snapshot([newEmail, target.email], [newTeam]);
      for (const [operation, send] of Object.entries(calls)) {
        const res = await send(token);
        expect({ operation, role, code: errorCode(res) }).toEqual({ operation, role, code: 'FORBIDDEN' });
      }
      expect(before).toEqual([{ users: 1, teams: 0, rows: `${target.email}:ACTIVE:-` }]);
      expect(await snapshot([newEmail, target.email], [newTeam])).toEqual(before);
    }
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const good: AdminCreateUserMutationVariables = {
      email: `ok${Date.now()}@test.byline`,
      name: 'Valid Name',
      password: 'long-enough-pw',
      role: 'MEMBER',
    };
    const cases: [AdminCreateUserMutationVariables, string][] = [
      [{ ...good, email: 'not-an-email' }, 'email'],
      [{ ...good, name: '' }, 'name'],
      [{ ...good, name: '   ' }, 'name'],
      [{ ...good, password: 'short' }, 'password'],
      [{ ...good, teamId: '00000000-0000-4000-8000-000000000000' }, 'teamId'],
      [{ ...good, teamId: 'nope' }, 'teamId'],
    ];
    const before = await snapshot([good.email], []);
    for (const [variables, field] of cases) {
      const res = await app.gql(CREATE_USER, variables, admin.token);
      expect({ field, code: errorCode(res), named: res.errors?.[0]?.extensions?.field }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        named: field,
      });
    }
    const unknownRole = await app.gql(
      CREATE_USER,
      // A role the schema does not have, sent past the generated type: GraphQL refuses the variable.
      { ...good, role: 'BOSS' as SchemaRole },
      admin.token,
    );
    expect(errorCode(unknownRole)).toBe('BAD_USER_INPUT');
    expect(unknownRole.errors?.[0]?.message).toMatch(/role/);
    expect((await app.gql(CREATE_TEAM, { name: ' ' }, admin.token)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(
      errorCode(
        await app.gql(
          CREATE_TEAM,
          { name: `T${Date.now()}`, managerIds: ['00000000-0000-4000-8000-000000000000'] },
          admin.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await snapshot([good.email], [])).toEqual(before);
    expect(before).toEqual([{ users: 0, teams: 0, rows: null }]);
  });

  it('answers a duplicate email or team name with CONFLICT, whatever the case', async () => {
    const existing = await createUser(app);
    const team = await createTeam(app);
    const before = await snapshot([existing.email], [team.name]);
    const dup = await app.gql(
      CREATE_USER,
      { email: existing.email.toUpperCase(), name: 'Twin', password: 'long-enough-pw', role: 'MEMBER' },
      admin.token,
    );
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(errorCode(await app.gql(CREATE_TEAM, { name: team.name.toLowerCase() }, admin.token))).toBe('CONFLICT');
    expect(await snapshot([existing.email], [team.name])).toEqual(before);
  });

  it('does not let an admin lock themselves out, and reports unknown users as NOT_FOUND', async () => {
    const me = await signedIn(app, Role.ADMIN);
    const self = await app.gql(SET_STATUS, { userId: me.user.id, status: 'SUSPENDED' }, me.token);
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const missing = await app.gql(
      SET_STATUS,
      { userId: '00000000-0000-4000-8000-000000000000', status: 'ACTIVE' },
      me.token,
    );
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('pages through the people directory with cursors and search', async () => {
    const tag = `Zed${Date.now()}`;
    for (const n of ['Alpha', 'Bravo', 'Charlie']) await createUser(app, { name: `${tag} ${n}` });
    const page = async (after?: string) =>
      (await app.gql(USERS_PAGE, { s: tag.toLowerCase(), after }, admin.token)).data!.users;
    const first = await page();
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.name)).toEqual([`${tag} Alpha`, `${tag} Bravo`]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor!);
    expect(second.edges.map((e) => e.node.name)).toEqual([`${tag} Charlie`]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await app.gql(USERS_AFTER_GARBAGE, {}, admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.gql(USERS_FIRST_1000, {}, admin.token))).toBe('BAD_USER_INPUT');
  });
});
