import pg from 'pg';

/**
 * Every statement of the bench. Seeding writes in bulk what only Byline's write path writes otherwise, and the
 * ingestion figures compare the API with the same writes as bare SQL, on purpose: these are kept here, in one file,
 * so that what the bench measures against is reviewed as SQL.
 */

/** A database created for one run on the server of `serverUrl`; `drop` removes it. */
export async function createThrowawayDatabase(
  serverUrl: string,
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const onServer = async (statement: (client: pg.Client) => string[]) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      for (const sql of statement(client)) await client.query(sql);
    } finally {
      await client.end();
    }
  };
  // Database names cannot be parameters; the name is quoted as an identifier.
  const dropSql = (client: pg.Client) => `DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`;
  await onServer((client) => [dropSql(client), `CREATE DATABASE ${client.escapeIdentifier(name)}`]);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer((client) => [dropSql(client)]) };
}

/** `count` teams named "Bench team N", and `perTeam` members in each with this password hash. */
export async function insertBenchPeople(
  sql: pg.ClientBase,
  teams: number,
  perTeam: number,
  passwordHash: string,
): Promise<void> {
  await sql.query(`INSERT INTO teams (name) SELECT 'Bench team ' || t FROM generate_series(1, $1) t`, [teams]);
  await sql.query(
    `INSERT INTO users (email, name, role, team_id, password_hash)
     SELECT 'bench' || t.rn || '-' || p || '@bench.byline', 'Bench Person ' || t.rn || '-' || p, 'MEMBER', t.id, $2
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM teams WHERE name LIKE 'Bench team %') t, generate_series(1, $1) p`,
    [perTeam, passwordHash],
  );
}

export async function makeAdmin(sql: pg.ClientBase, email: string): Promise<void> {
  await sql.query(`UPDATE users SET role = 'ADMIN' WHERE email = $1`, [email]);
}

/** The bench people's ids, by email. */
export async function benchPeopleIds(sql: pg.ClientBase): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(`SELECT id FROM users WHERE email LIKE 'bench%' ORDER BY email`);
  return rows.rows.map((r) => r.id);
}

export async function insertTaxonomy(sql: pg.ClientBase, industries: string[], products: string[]): Promise<void> {
  await sql.query(
    `INSERT INTO taxonomy_terms (kind, value) SELECT 'INDUSTRY'::taxonomy_kind, v FROM unnest($1::text[]) v
     UNION ALL SELECT 'PRODUCT'::taxonomy_kind, v FROM unnest($2::text[]) v ON CONFLICT DO NOTHING`,
    [industries, products],
  );
}

/**
 * `count` published ORG assets of generated text drawn from `words`, each led by one of `people`, in one
 * transaction. Bodies end with customer and project names (each in a few dozen assets).
 */
export async function insertGeneratedAssets(
  sql: pg.ClientBase,
  people: string[],
  words: string[],
  count: number,
  industries: string[],
  products: string[],
): Promise<void> {
  await sql.query('BEGIN');
  // Each row draws its own words: the subqueries mention the row (g > -i) so they are evaluated per row.
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
    [people, words, count, industries, products],
  );
  await sql.query('COMMIT');
}

/** `count` published assets, "Bench asset N" led by the Nth of `people`; returns them with their author. */
export async function insertAuthoredAssets(
  sql: pg.ClientBase,
  people: string[],
  count: number,
): Promise<{ id: string; author: string }[]> {
  const { rows } = await sql.query<{ id: string; author: string }>(
    `WITH a AS (INSERT INTO assets (kind, title, body, visibility, status, team_id, created_by, published_at)
                SELECT 'BEST_PRACTICE', 'Bench asset ' || i, 'Body', 'ORG', 'PUBLISHED', u.team_id, u.id, now()
                  FROM generate_series(1, $2) i JOIN users u ON u.id = ($1::uuid[])[i] RETURNING id, created_by)
     , au AS (INSERT INTO authorships (asset_id, user_id, role, share) SELECT id, created_by, 'LEAD_AUTHOR', 100 FROM a)
     SELECT id, created_by AS author FROM a`,
    [people, count],
  );
  return rows;
}

/**
 * `events` reuse events (COPY, 40 points) by random `people` over two years, each with ten ledger entries of 4
 * points to random people; the database chains the entries and keeps the rollups.
 */
export async function insertLedger(sql: pg.ClientBase, people: string[], events: number): Promise<void> {
  await sql.query(
    `WITH ev AS (
       INSERT INTO credit_events (type, actor_id, occurred_at, booked_at, fiscal_year_start_month, payload,
                                  policy_version, nominal_points, awarded_points)
       SELECT 'REUSE', t.actor, t.at, t.at, 1, '{"reuseKind":"COPY"}', 1, 40, 40
         FROM (SELECT ($1::uuid[])[1 + floor(random() * array_length($1::uuid[], 1))::int] AS actor,
                      now() - random() * interval '730 days' AS at
                 FROM generate_series(1, $2)) t
       RETURNING id, actor_id, occurred_at)
     INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, generation, actor_id,
                                 policy_version, occurred_at, booked_at)
     SELECT ev.id, ($1::uuid[])[1 + floor(random() * array_length($1::uuid[], 1))::int], 4, 'REUSED_COPY', 'REUSED_COPY',
            'reuse.COPY', 0, ev.actor_id, 1, ev.occurred_at, ev.occurred_at
       FROM ev, generate_series(1, 10) g WHERE g > 0`,
    [people, events],
  );
}

/** Fresh planner statistics after seeding. */
export async function analyze(sql: pg.ClientBase): Promise<void> {
  await sql.query('ANALYZE');
}

/** What a run wrote: events, ledger entries, rollup points, reuse records and counted reuses. */
export async function creditTally(sql: pg.ClientBase): Promise<number[]> {
  const { rows } = await sql.query<{ n: (number | string)[] }>(
    // One row, so the figures keep their order (the rows of a UNION ALL come in no promised order).
    `SELECT json_build_array((SELECT count(*) FROM credit_events), (SELECT count(*) FROM credit_entries),
              (SELECT coalesce(sum(value), 0) FROM credit_rollups), (SELECT count(*) FROM reuse_events),
              (SELECT coalesce(sum(reuse_count), 0) FROM assets)) AS n`,
  );
  return rows[0].n.map(Number);
}

export interface BareReuse {
  eventId: string;
  clientEventId: string;
  readerId: string;
  assetId: string;
  authorId: string;
  kind: string;
  /** The ledger reason and rule of the kind. */
  reason: string;
  points: number;
  at: Date;
}

/**
 * What recordReuse writes for one credited reuse, as bare SQL in one transaction: the event with its facts, the
 * author's ledger entry, the reuse record and the asset's counter.
 */
export async function recordReuseBare(client: pg.ClientBase, r: BareReuse): Promise<void> {
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO credit_events (id, type, actor_id, asset_id, occurred_at, booked_at, fiscal_year_start_month, payload, facts, policy_version, nominal_points, awarded_points, notes)
     VALUES ($1, 'REUSE', $2, $3, $4, $4, 1, $5, $6, 1, $7, $7, '[]')`,
    [
      r.eventId,
      r.readerId,
      r.assetId,
      r.at,
      JSON.stringify({ reuseKind: r.kind }),
      JSON.stringify([{ assetId: r.assetId, parentAssetId: null, authors: [{ userId: r.authorId, share: 100 }] }]),
      r.points,
    ],
  );
  await client.query(
    `INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id, generation, actor_id, policy_version, occurred_at, booked_at)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $6, 0, $7, 1, $8, $8)`,
    [r.eventId, r.authorId, r.points, r.reason, `reuse.${r.kind}`, r.assetId, r.readerId, r.at],
  );
  await client.query(
    `INSERT INTO reuse_events (asset_id, actor_id, kind, client_event_id, occurred_at, points_awarded, credit_event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [r.assetId, r.readerId, r.kind, r.clientEventId, r.at, r.points, r.eventId],
  );
  await client.query('UPDATE assets SET reuse_count = reuse_count + 1 WHERE id = $1', [r.assetId]);
  await client.query('COMMIT');
}

/**
 * What recordReuses writes for a batch of one reader's credited reuses, as bare SQL in one transaction: the events
 * with their facts, the authors' ledger entries, the reuse records (one multi-row statement each) and the assets'
 * counters.
 */
export async function recordReusesBare(client: pg.ClientBase, batch: readonly BareReuse[]): Promise<void> {
  const rows = JSON.stringify(
    batch.map((r, n) => ({
      n,
      id: r.eventId,
      client_event_id: r.clientEventId,
      reader_id: r.readerId,
      asset_id: r.assetId,
      author_id: r.authorId,
      kind: r.kind,
      reason: r.reason,
      rule: `reuse.${r.kind}`,
      points: r.points,
      at: r.at,
      payload: { reuseKind: r.kind },
      facts: [{ assetId: r.assetId, parentAssetId: null, authors: [{ userId: r.authorId, share: 100 }] }],
    })),
  );
  const recordset = `json_to_recordset($1::json) AS r(n int, id uuid, client_event_id text, reader_id uuid, asset_id uuid,
    author_id uuid, kind text, reason text, rule text, points int, at timestamptz, payload jsonb, facts jsonb)`;
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO credit_events (id, type, actor_id, asset_id, occurred_at, booked_at, fiscal_year_start_month, payload, facts, policy_version, nominal_points, awarded_points, notes)
     SELECT id, 'REUSE', reader_id, asset_id, at, at, 1, payload, facts, 1, points, points, '[]' FROM ${recordset} ORDER BY n`,
    [rows],
  );
  await client.query(
    `INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id, generation, actor_id, policy_version, occurred_at, booked_at)
     SELECT id, author_id, points, reason, reason, rule, asset_id, asset_id, 0, reader_id, 1, at, at FROM ${recordset} ORDER BY n`,
    [rows],
  );
  await client.query(
    `INSERT INTO reuse_events (asset_id, actor_id, kind, client_event_id, occurred_at, points_awarded, credit_event_id)
     SELECT asset_id, reader_id, kind::reuse_kind, client_event_id, at, points, id FROM ${recordset} ORDER BY n`,
    [rows],
  );
  await client.query(
    `UPDATE assets a SET reuse_count = a.reuse_count + c.reuses
       FROM (SELECT asset_id, count(*)::int AS reuses FROM ${recordset} GROUP BY asset_id) c WHERE a.id = c.asset_id`,
    [rows],
  );
  await client.query('COMMIT');
}

/** Published client-facing ORG assets other than templates: the ones a salesperson may share with buyers by default. */
export async function clientFacingAssetIds(sql: pg.ClientBase): Promise<string[]> {
  const { rows } = await sql.query<{ id: string }>(
    `SELECT id FROM assets
      WHERE kind = 'CLIENT_FACING' AND status = 'PUBLISHED' AND visibility = 'ORG' AND NOT is_template
      ORDER BY title`,
  );
  return rows.map((r) => r.id);
}

/**
 * A year of a team's work for the report bench: `perPerson` published assets led by each of `authors`; `reuses`
 * reuse events by random `readers` (each a credit event with the lead author's ledger entry for the asset, the
 * database chaining it and moving the rollups); `endorsements` with comments; `deals` won, each used with one asset.
 * Times are spread over the last 365 days.
 */
export async function insertReportYear(
  sql: pg.ClientBase,
  authors: string[],
  readers: string[],
  counts: { perPerson: number; reuses: number; endorsements: number; deals: number },
): Promise<void> {
  await sql.query(
    `WITH a AS (INSERT INTO assets (kind, title, body, visibility, status, team_id, created_by, published_at)
                SELECT 'BEST_PRACTICE', 'Report asset ' || u.n || '-' || i, 'Body', 'ORG', 'PUBLISHED', u.team_id, u.id,
                       now() - random() * interval '365 days'
                  FROM (SELECT id, team_id, row_number() OVER (ORDER BY id) AS n FROM users WHERE id = ANY($1::uuid[])) u,
                       generate_series(1, $2) i
                RETURNING id, created_by)
     INSERT INTO authorships (asset_id, user_id, role, share) SELECT id, created_by, 'LEAD_AUTHOR', 100 FROM a`,
    [authors, counts.perPerson],
  );
  await sql.query(
    `CREATE TEMP TABLE bench_report_assets AS
       SELECT row_number() OVER (ORDER BY a.id) AS n, a.id, au.user_id AS author
         FROM assets a JOIN authorships au ON au.asset_id = a.id WHERE au.user_id = ANY($1::uuid[])`,
    [authors],
  );
  await sql.query(
    `CREATE TEMP TABLE bench_report_reuses AS
       SELECT gen_random_uuid() AS event_id, x.id AS asset_id, x.author, t.reader, t.kind, t.at
         FROM (SELECT 1 + floor(random() * (SELECT count(*) FROM bench_report_assets))::int AS pick,
                      ($1::uuid[])[1 + floor(random() * array_length($1::uuid[], 1))::int] AS reader,
                      (ARRAY['VIEW', 'COPY', 'COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL'])[1 + floor(random() * 5)::int] AS kind,
                      now() - random() * interval '365 days' AS at
                 FROM generate_series(1, $2)) t
         JOIN bench_report_assets x ON x.n = t.pick`,
    [readers, counts.reuses],
  );
  await sql.query(
    `INSERT INTO credit_events (id, type, actor_id, asset_id, occurred_at, booked_at, fiscal_year_start_month, payload,
                                policy_version, nominal_points, awarded_points)
     SELECT event_id, 'REUSE', reader, asset_id, at, at, 1, jsonb_build_object('reuseKind', kind), 1, 4, 4
       FROM bench_report_reuses WHERE kind <> 'VIEW'`,
  );
  await sql.query(
    `INSERT INTO credit_entries (event_id, beneficiary_id, points, reason, source_reason, rule, asset_id, source_asset_id,
                                 generation, actor_id, policy_version, occurred_at, booked_at)
     SELECT event_id, author, 4, 'REUSED_COPY', 'REUSED_COPY', 'reuse.' || kind, asset_id, asset_id, 0, reader, 1, at, at
       FROM bench_report_reuses WHERE kind <> 'VIEW' ORDER BY at`,
  );
  await sql.query(
    `INSERT INTO reuse_events (asset_id, actor_id, kind, client_event_id, occurred_at, points_awarded, credit_event_id)
     SELECT asset_id, reader, kind::reuse_kind, event_id::text, at, CASE WHEN kind = 'VIEW' THEN 0 ELSE 4 END,
            CASE WHEN kind = 'VIEW' THEN NULL ELSE event_id END
       FROM bench_report_reuses`,
  );
  await sql.query(
    `INSERT INTO endorsements (asset_id, endorser_id, kind, comment, created_at)
     SELECT DISTINCT ON (asset_id, reader, kind) asset_id, reader, kind, 'Helped me with a renewal call.', at
       FROM (SELECT x.id AS asset_id, t.reader, t.kind, t.at
               FROM (SELECT 1 + floor(random() * (SELECT count(*) FROM bench_report_assets))::int AS pick,
                            ($1::uuid[])[1 + floor(random() * array_length($1::uuid[], 1))::int] AS reader,
                            (ARRAY['HELPFUL', 'HELPED_WIN', 'VERIFIED'])[1 + floor(random() * 3)::int]::endorsement_kind AS kind,
                            now() - random() * interval '365 days' AS at
                       FROM generate_series(1, $2)) t
               JOIN bench_report_assets x ON x.n = t.pick) e`,
    [readers, counts.endorsements],
  );
  await sql.query(
    `WITH d AS (INSERT INTO deals (external_id, name, outcome, amount, closed_at)
                SELECT 'bench-report-' || g, 'Bench deal ' || g, 'WON', 1000 + g * 10, now() - random() * interval '365 days'
                  FROM generate_series(1, $1) g RETURNING id, closed_at),
          picked AS (SELECT d.id, d.closed_at, 1 + floor(random() * (SELECT count(*) FROM bench_report_assets))::int AS pick
                       FROM d)
     INSERT INTO reuse_events (asset_id, actor_id, kind, deal_id, client_event_id, occurred_at, points_awarded)
     SELECT x.id, ($2::uuid[])[1], 'USED_IN_DEAL', p.id, 'deal-' || p.id, p.closed_at - interval '1 day', 0
       FROM picked p JOIN bench_report_assets x ON x.n = p.pick`,
    [counts.deals, readers],
  );
  await sql.query('DROP TABLE bench_report_assets, bench_report_reuses');
}

/** The bench people whose email starts with `prefix` (one bench team), with their team, by email. */
export async function benchTeamMembers(sql: pg.ClientBase, prefix: string): Promise<{ id: string; team_id: string }[]> {
  const { rows } = await sql.query<{ id: string; team_id: string }>(
    `SELECT id, team_id FROM users WHERE email LIKE $1 || '%' ORDER BY email`,
    [prefix],
  );
  return rows;
}
