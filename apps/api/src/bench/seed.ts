import argon2 from 'argon2';
import type pg from 'pg';

export const BENCH_PASSWORD = 'bench-password-1';

const WORDS = `pricing discount procurement renewal expansion upsell onboarding implementation security compliance
integration analytics dashboard forecast pipeline quota territory champion sponsor objection budget roi payback
migration cloud hybrid latency uptime support escalation contract negotiation legal redline pilot proof concept
workshop discovery demo evaluation shortlist competitor incumbent switching costs risk mitigation timeline
stakeholder executive cfo cio cto operations finance retail medical telecom software services employment
marketing entertainment technology hospital bank insurer manufacturer logistics warehouse fleet energy utility
gtx basic pro plus special advanced gtk playbook battlecard checklist template email sequence call script case
study testimonial reference value message one pager deck outline webinar whitepaper benchmark survey interview
lesson learned win loss reason churn retention adoption training certification enablement coaching feedback
cadence prospecting outbound inbound referral partner channel reseller marketplace bundle tier licence seat usage`
  .split(/\s+/)
  .filter(Boolean);

export const VOCABULARY = WORDS;
const INDUSTRIES = [
  'Technology',
  'Medical',
  'Retail',
  'Software',
  'Finance',
  'Marketing',
  'Entertainment',
  'Telecommunications',
  'Services',
  'Employment',
];
const PRODUCTS = ['GTX Basic', 'GTX Pro', 'MG Special', 'MG Advanced', 'GTX Plus Basic', 'GTX Plus Pro', 'GTK 500'];

/** `count` teams and `perTeam` people in each, all with BENCH_PASSWORD; returns the user ids. */
export async function seedPeople(sql: pg.Client, teams: number, perTeam: number): Promise<string[]> {
  const hash = await argon2.hash(BENCH_PASSWORD);
  await sql.query(`INSERT INTO teams (name) SELECT 'Bench team ' || t FROM generate_series(1, $1) t`, [teams]);
  await sql.query(
    `INSERT INTO users (email, name, role, team_id, password_hash)
     SELECT 'bench' || t.rn || '-' || p || '@bench.byline', 'Bench Person ' || t.rn || '-' || p, 'MEMBER', t.id, $2
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM teams WHERE name LIKE 'Bench team %') t, generate_series(1, $1) p`,
    [perTeam, hash],
  );
  // The first person administers, so reports can be read for anyone.
  await sql.query(`UPDATE users SET role = 'ADMIN' WHERE email = 'bench1-1@bench.byline'`);
  const rows = await sql.query<{ id: string }>(`SELECT id FROM users WHERE email LIKE 'bench%' ORDER BY email`);
  return rows.rows.map((r) => r.id);
}

/**
 * `count` published ORG assets with generated text and tags, each led by one of `users`; in batches. Bodies mix a
 * small sales vocabulary (every word is common) with customer and project names (each in a few dozen assets).
 */
export async function seedAssets(
  sql: pg.Client,
  users: string[],
  count: number,
  onBatch: (done: number) => void,
): Promise<void> {
  await sql.query(
    `INSERT INTO taxonomy_terms (kind, value) SELECT 'INDUSTRY'::taxonomy_kind, v FROM unnest($1::text[]) v
     UNION ALL SELECT 'PRODUCT'::taxonomy_kind, v FROM unnest($2::text[]) v ON CONFLICT DO NOTHING`,
    [INDUSTRIES, PRODUCTS],
  );
  const batch = 5000;
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done);
    // Each row draws its own words: the subqueries mention the row (g > -i) so they are evaluated per row.
    await sql.query('BEGIN');
    await sql.query(
      `WITH words AS (SELECT $2::text[] AS w), rows AS (
         SELECT i, gen_random_uuid() AS id, $1::uuid[] AS people FROM generate_series(1, $3) i
       ), inserted AS (
         INSERT INTO assets (id, kind, title, summary, body, visibility, status, team_id, created_by, published_at,
                             created_at, industries, products, tags)
         SELECT r.id, (ARRAY['ENABLEMENT','BEST_PRACTICE','WIN_LOSS','CLIENT_FACING'])[1 + i % 4]::asset_kind,
                initcap(array_to_string(ARRAY(SELECT w[1 + floor(random() * array_length(w, 1))::int] FROM words, generate_series(1, 6) g WHERE g > -i), ' ')),
                array_to_string(ARRAY(SELECT w[1 + floor(random() * array_length(w, 1))::int] FROM words, generate_series(1, 18) g WHERE g > -i), ' '),
                array_to_string(ARRAY(SELECT w[1 + floor(random() * array_length(w, 1))::int] FROM words, generate_series(1, 87) g WHERE g > -i), ' ')
                  || ' customer' || (i * 31) % 3000 || ' customer' || (i * 17) % 3000 || ' project' || i % 997,
                'ORG', 'PUBLISHED', u.team_id, u.id, now() - random() * interval '720 days', now() - interval '721 days',
                ARRAY[($4::text[])[1 + (i % 10)]], ARRAY[($5::text[])[1 + (i % 7)]],
                ARRAY['bench-' || (i % 30)]
           FROM rows r JOIN users u ON u.id = r.people[1 + (i * 7919) % array_length(r.people, 1)]
         RETURNING id, created_by
       )
       INSERT INTO authorships (asset_id, user_id, role, share) SELECT id, created_by, 'LEAD_AUTHOR', 100 FROM inserted`,
      [users, VOCABULARY, n, INDUSTRIES, PRODUCTS],
    );
    await sql.query('COMMIT');
    onBatch(done + n);
  }
  await sql.query('ANALYZE');
}
