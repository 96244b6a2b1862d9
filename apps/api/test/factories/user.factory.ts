import { randomUUID } from 'node:crypto';
import { TeamService } from '../../src/modules/team/team.service.js';
import { Role, UserStatus } from '../../src/modules/user/user.entity.js';
import { UserService } from '../../src/modules/user/user.service.js';
import type { TestApp } from '../support/test-app.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
  teamId: string | null;
}

const unique = () => randomUUID().slice(0, 8);

export async function createTeam(app: TestApp, name = `Team ${unique()}`) {
  return app.byline.app.get(TeamService).create(name);
}

export async function createUser(
  app: TestApp,
  overrides: Partial<{ role: Role; teamId: string | null; status: UserStatus; name: string; email: string }> = {},
): Promise<TestUser> {
  const password = `pw-${unique()}-long-enough`;
  const name = overrides.name ?? `Test Person ${unique()}`;
  const email = overrides.email ?? `person-${unique()}@test.byline`;
  const role = overrides.role ?? Role.MEMBER;
  const user = await app.byline.app
    .get(UserService)
    .create({ email, name, password, role, teamId: overrides.teamId ?? undefined });
  if (overrides.status && overrides.status !== UserStatus.ACTIVE) {
    await app.byline.app
      .get(UserService)
      .setStatus({ id: 'factory', role: Role.ADMIN, teamId: null }, user.id, overrides.status);
  }
  return { id: user.id, email, password, name, role, teamId: overrides.teamId ?? null };
}

export async function login(app: TestApp, user: Pick<TestUser, 'email' | 'password'>): Promise<string> {
  const res = await app.gql<{ login: { token: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: user.email, password: user.password },
  );
  if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/** A user of the given role, logged in. */
export async function signedIn(app: TestApp, role: Role = Role.MEMBER, teamId: string | null = null) {
  const user = await createUser(app, { role, teamId });
  return { user, token: await login(app, user) };
}
