import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenService } from '../../src/core/auth/token.service.js';
import { TeamService } from '../../src/modules/team/team.service.js';
import { Role, UserEntity, UserStatus } from '../../src/modules/user/user.entity.js';
import { UserService, normaliseEmail } from '../../src/modules/user/user.service.js';
import { graphql } from '../generated/gql.js';
import type { TestApp } from '../support/test-app.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
  teamId: string | null;
}

/** A user and a token of theirs, as a client holds them after logging in. */
export interface SignedIn extends TestUser {
  token: string;
}

const unique = () => randomUUID().slice(0, 8);

/** Every factory user's password. */
export const FACTORY_PASSWORD = 'factory-password-long-enough';
// Its argon2id hash (64 MiB, 3 passes, one lane, as PasswordService makes them), computed once: a hash costs about a
// second of a busy core, and `login` still checks the password against it.
const FACTORY_PASSWORD_HASH =
  '$argon2id$v=19$m=65536,p=1,t=3$TPiNPIByxTZ0PUszf1/pQQ$gHyjABODTJkUXeuQg8ndE++YDgUpawTihjr6MK8UPsA';

/** A team, with these users as its managers. */
export async function createTeam(app: TestApp, name = `Team ${unique()}`, managerIds: string[] = []) {
  const team = await app.byline.app.get(TeamService).create(name);
  if (managerIds.length) await app.byline.app.get(TeamService).setManagers(team.id, managerIds);
  return team;
}

/** Makes these users the team's managers (replacing any). */
export async function setManagers(app: TestApp, teamId: string, managerIds: string[]) {
  await app.byline.app.get(TeamService).setManagers(teamId, managerIds);
}

/** A user written straight to the database, with the factory password (log in with `login`). */
export async function createUser(
  app: TestApp,
  overrides: Partial<{ role: Role; teamId: string | null; status: UserStatus; name: string; email: string }> = {},
): Promise<TestUser> {
  const name = overrides.name ?? `Test Person ${unique()}`;
  const email = normaliseEmail(overrides.email ?? `person-${unique()}@test.byline`);
  const role = overrides.role ?? Role.MEMBER;
  const teamId = overrides.teamId ?? null;
  const manager = app.byline.app.get(DataSource).manager;
  const user = await manager.save(
    manager.create(UserEntity, { email, name, title: null, role, teamId, passwordHash: FACTORY_PASSWORD_HASH }),
  );
  if (overrides.status && overrides.status !== UserStatus.ACTIVE) {
    await app.byline.app
      .get(UserService)
      .setStatus({ id: 'factory', role: Role.ADMIN, teamId: null }, user.id, overrides.status);
  }
  return { id: user.id, email, password: FACTORY_PASSWORD, name, role, teamId };
}

const LOGIN = graphql(`
  mutation FactoryLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

/** Logs in through the API, password check included. */
export async function login(app: TestApp, user: Pick<TestUser, 'email' | 'password'>): Promise<string> {
  const res = await app.gql(LOGIN, { email: user.email, password: user.password });
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** A token for the user as login issues it, without the password check (for tests that are not about logging in). */
export async function tokenFor(app: TestApp, user: Pick<TestUser, 'id'>): Promise<string> {
  return app.byline.app.get(TokenService).issue(user.id);
}

/** A user of the given role, logged in. */
export async function signedIn(app: TestApp, role: Role = Role.MEMBER, teamId: string | null = null) {
  const user = await createUser(app, { role, teamId });
  return { user, token: await tokenFor(app, user) };
}

/** A user with a token, in one object: `const ann = await person(app, { teamId })`. */
export async function person(app: TestApp, overrides: Parameters<typeof createUser>[1] = {}): Promise<SignedIn> {
  const user = await createUser(app, overrides);
  return { ...user, token: await tokenFor(app, user) };
}
