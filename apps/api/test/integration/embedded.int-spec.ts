import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { startByline } from '../../src/bootstrap.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../../src/modules/setup/demo-organisation.js';
import { graphql, testConfig } from '../support/test-app.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { name role } } }';

/** A Byline on its own embedded database in `dataDir`, as `npm start` runs it. */
const startEmbedded = (dataDir: string, env: Record<string, string> = {}) =>
  startByline(testConfig({ DATABASE_URL: '', BYLINE_DATA_DIR: dataDir, ...env }), { host: '127.0.0.1' });

// Always the embedded database, whatever the suite runs on: it runs once, in the embedded run (`npm test` without
// DATABASE_URL, and CI's second run), not again beside PostgreSQL.
const describeEmbedded = process.env.DATABASE_URL ? describe.skip : describe;

describeEmbedded('the embedded database', () => {
  it('loads the demo and first admin into an empty database, keeps data across a restart and never re-seeds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'byline-embedded-'));
    const env = {
      BYLINE_DEMO: '1',
      BYLINE_ADMIN_EMAIL: 'Owner@Example.com',
      BYLINE_ADMIN_PASSWORD: 'owner-password-1',
    };

    const first = await startEmbedded(dataDir, env);
    let createdTeam: string;
    try {
      expect(first.embedded).toBe(true);
      expect(first.setup).toMatchObject({ demoLoaded: true, adminCreated: true });
      expect(first.setup?.logins.map((l) => l.role).sort()).toEqual(['ADMIN', 'ENABLEMENT', 'MANAGER', 'MEMBER']);
      const owner = await graphql<{ login: { token: string; user: { role: string } } }>(first.url, LOGIN, {
        e: 'owner@example.com',
        p: 'owner-password-1',
      });
      expect(owner.data?.login.user.role).toBe('ADMIN');
      const demoAdmin = DEMO_PEOPLE.find((p) => p.role === Role.ADMIN)!;
      const demo = await graphql<{ login: { token: string } }>(first.url, LOGIN, {
        e: demoAdmin.email,
        p: DEMO_PASSWORD,
      });
      createdTeam = `Kept ${Date.now()}`;
      const created = await graphql(
        first.url,
        'mutation($n: String!) { createTeam(name: $n) { id } }',
        { n: createdTeam },
        demo.data?.login.token,
      );
      expect(created.errors).toBeUndefined();
    } finally {
      await first.close();
    }

    const second = await startEmbedded(dataDir, env);
    try {
      expect(second.setup).toEqual({ demoLoaded: false, adminCreated: false, logins: [] });
      const owner = await graphql<{ login: { token: string } }>(second.url, LOGIN, {
        e: 'owner@example.com',
        p: 'owner-password-1',
      });
      const teams = await graphql<{ teams: { name: string }[] }>(
        second.url,
        '{ teams { name } }',
        {},
        owner.data?.login.token,
      );
      expect(teams.data?.teams.map((t) => t.name)).toContain(createdTeam);
      const people = await graphql<{ users: { totalCount: number } }>(
        second.url,
        '{ users { totalCount } }',
        {},
        owner.data?.login.token,
      );
      expect(people.data?.users.totalCount).toBe(DEMO_PEOPLE.length + 1);
    } finally {
      await second.close();
    }
  }, 600_000); // two first starts on a new embedded database, one of them loading the whole demo year (minutes on a busy machine)

  it('starts with no demo when BYLINE_DEMO=0, and with no users at all unless a first admin is configured', async () => {
    const byline = await startEmbedded(mkdtempSync(join(tmpdir(), 'byline-empty-')), { BYLINE_DEMO: '0' });
    try {
      expect(byline.setup).toEqual({ demoLoaded: false, adminCreated: false, logins: [] });
      const res = await graphql(byline.url, LOGIN, { e: DEMO_PEOPLE[0].email, p: DEMO_PASSWORD });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await byline.close();
    }
  }, 300_000); // a first start: every migration on a new embedded database
});
