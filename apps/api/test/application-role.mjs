// The restricted role tests run Byline as on a PostgreSQL server, as production does: a login role that is a member
// of the group role the migrations grant to (byline_app), while migrations run as the server's owner role.
import pg from 'pg';

export const APPLICATION_LOGIN = 'byline_app_login';

/** Creates the group and login roles when missing (roles are server-wide: parallel runs may race to create them). */
export async function ensureApplicationLogin(ownerUrl) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'byline_app') THEN CREATE ROLE byline_app NOLOGIN; END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APPLICATION_LOGIN}') THEN
          CREATE ROLE ${APPLICATION_LOGIN} LOGIN IN ROLE byline_app;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
  } finally {
    await client.end();
  }
}

/** The same database as `ownerUrl`, reached as the application's login role. */
export function applicationUrl(ownerUrl) {
  const url = new URL(ownerUrl);
  url.username = APPLICATION_LOGIN;
  url.password = '';
  return url.toString();
}
